namespace QuoteIndex.Core.Search;

/// <summary>Text normalisation shared by the query parser and the stores' analysers.</summary>
public static class SearchText
{
    /// <summary>
    /// Curly and typographic double quote marks as <c>"</c>, and curly apostrophes and single quotes as <c>'</c>, so
    /// that “this” finds "this" and don’t finds don't, whichever an article or a user typed.
    /// </summary>
    public static string NormaliseQuoteMarks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = Straight(source[i]);
        });
    }

    /// <summary>The straight form of a quote mark or apostrophe; any other character unchanged.</summary>
    public static char Straight(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' or '\uFF02' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '\u0060' or '\uFF07' => '\'',
        _ => c,
    };
}
