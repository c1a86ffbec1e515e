using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction;

/// <summary>Text between paired double quote marks (straight or curly), within one paragraph.</summary>
internal static class QuoteSpans
{
    public static IEnumerable<TextSpan> Find(string text)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                open = -1; // An unclosed quote ends with its paragraph.
                continue;
            }

            if (c == '\u201C' || (c == '"' && open < 0))
            {
                open = i + 1;
            }
            else if ((c == '\u201D' || c == '"') && open >= 0)
            {
                if (i > open)
                    yield return new TextSpan(open, i);
                open = -1;
            }
        }
    }
}
