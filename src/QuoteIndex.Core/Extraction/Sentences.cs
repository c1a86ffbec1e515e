namespace QuoteIndex.Core.Extraction;

/// <summary>Sentence bounds good enough for context display.</summary>
internal static class Sentences
{
    public static string Around(string text, Quotes.TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && !IsBoundary(text, start - 1))
            start--;
        var end = span.End;
        while (end < text.Length && text[end] != '\n' && !(IsBoundary(text, end) && end > span.End))
            end++;
        if (end < text.Length && text[end] != '\n')
            end++;
        return text[start..end].Trim();
    }

    private static bool IsBoundary(string text, int i) =>
        text[i] == '\n' || ((text[i] is '.' or '!' or '?') && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));
}
