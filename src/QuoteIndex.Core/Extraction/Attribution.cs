using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction;

/// <summary>The cue ("said") next to a quote and the speaker mention beside it, when the text has them.</summary>
internal sealed record Attribution(TextSpan Cue, TextSpan? Speaker)
{
    private static readonly string[] SpeechVerbs =
        ["said", "says", "told", "added", "stated", "warned", "insisted", "argued", "explained", "declared", "wrote", "asked"];

    private static readonly string[] Pronouns = ["he", "she", "they", "it", "we", "i"];

    /// <summary>Looks right of the quote (", she said" / ", said Ann Lee") and then left of it ("Ann Lee said: ").</summary>
    public static Attribution? Around(string text, TextSpan quote)
    {
        var after = quote.End + 1;
        var lineEnd = text.IndexOf('\n', Math.Min(after, text.Length));
        if (lineEnd < 0)
            lineEnd = text.Length;
        var right = Words(text, after, Math.Min(lineEnd, after + 80)).Take(6).ToList();
        if (right.Count > 0 && right[0].Start - after <= 3)
        {
            var cueIndex = right.FindIndex(w => IsCue(text, w));
            if (cueIndex == 0)
                return new Attribution(right[0], NameFrom(text, right.Skip(1)));
            if (cueIndex > 0)
                return new Attribution(right[cueIndex], NameFrom(text, right.Take(cueIndex)));
        }

        var before = quote.Start - 1;
        var lineStart = before <= 0 ? 0 : text.LastIndexOf('\n', before - 1) + 1;
        var left = Words(text, Math.Max(lineStart, before - 80), before).TakeLast(6).ToList();
        if (left.Count > 0 && before - left[^1].End <= 3)
        {
            var cueIndex = left.FindLastIndex(w => IsCue(text, w));
            if (cueIndex > 0)
                return new Attribution(left[cueIndex], NameFrom(text, left.Take(cueIndex).Reverse(), reversed: true));
        }

        return null;
    }

    private static bool IsCue(string text, TextSpan word) =>
        SpeechVerbs.Any(v => text.AsSpan(word.Start, word.Length).Equals(v, StringComparison.OrdinalIgnoreCase));

    /// <summary>Consecutive capitalised words, or a pronoun, nearest the cue.</summary>
    private static TextSpan? NameFrom(string text, IEnumerable<TextSpan> words, bool reversed = false)
    {
        TextSpan? first = null;
        TextSpan? last = null;
        foreach (var word in words)
        {
            var token = word.Of(text);
            if (first is null && Pronouns.Contains(token, StringComparer.OrdinalIgnoreCase))
                return word;
            if (!char.IsUpper(token[0]))
                break;
            first ??= word;
            last = word;
        }

        if (first is null || last is null)
            return null;
        return reversed ? new TextSpan(last.Value.Start, first.Value.End) : new TextSpan(first.Value.Start, last.Value.End);
    }

    private static IEnumerable<TextSpan> Words(string text, int from, int to)
    {
        var i = Math.Max(from, 0);
        to = Math.Min(to, text.Length);
        while (i < to)
        {
            while (i < to && !IsWordChar(text[i]))
                i++;
            var start = i;
            while (i < to && IsWordChar(text[i]))
                i++;
            if (i > start)
                yield return new TextSpan(start, i);
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '\u2019';
}
