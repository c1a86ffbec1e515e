using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Text;

/// <summary>
/// Paragraphs and sentences of an article, as spans of its text. Sentences never break inside a protected span
/// (a quotation), so `"We won. We will win again," she said.` is one sentence for attribution.
/// </summary>
public sealed class TextLayout
{
    private TextLayout(string text, TextSpan[] paragraphs, TextSpan[] sentences)
    {
        Text = text;
        _paragraphs = paragraphs;
        _sentences = sentences;
    }

    // Arrays, not the interfaces the properties show: the index look-ups run for many tokens of every article.
    private readonly TextSpan[] _paragraphs;
    private readonly TextSpan[] _sentences;

    public string Text { get; }

    /// <summary>Non-blank lines, trimmed; a paragraph is what a line break ends.</summary>
    public IReadOnlyList<TextSpan> Paragraphs => _paragraphs;

    public IReadOnlyList<TextSpan> Sentences => _sentences;

    public static TextLayout Of(string text, IReadOnlyList<TextSpan>? protectedSpans = null) =>
        Of(text, FindParagraphs(text), protectedSpans);

    /// <summary>Paragraphs only: what quotation scanning needs before sentences can be split around quotations.</summary>
    public static IReadOnlyList<TextSpan> ParagraphsOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindParagraphs(text);
    }

    public static TextLayout Of(string text, IReadOnlyList<TextSpan> paragraphList, IReadOnlyList<TextSpan>? protectedSpans)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = paragraphList as TextSpan[] ?? [.. paragraphList];
        var sentences = new List<TextSpan>(paragraphs.Length * 3);
        var guard = new ProtectedSpans(protectedSpans ?? []);
        foreach (var paragraph in paragraphs)
            SplitSentences(text, paragraph, guard, sentences);
        return new TextLayout(text, paragraphs, [.. sentences]);
    }

    public int ParagraphIndexAt(int offset) => IndexAt(_paragraphs, offset);

    public int SentenceIndexAt(int offset) => IndexAt(_sentences, offset);

    /// <summary>The index of the span that contains <paramref name="offset"/>, else of the last span before it (-1 if none).</summary>
    private static int IndexAt(TextSpan[] spans, int offset)
    {
        int lo = 0, hi = spans.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private static TextSpan[] FindParagraphs(string text)
    {
        var paragraphs = new List<TextSpan>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
                s++;
            while (e > s && char.IsWhiteSpace(text[e - 1]))
                e--;
            if (e > s)
                paragraphs.Add(new TextSpan(s, e));
            start = end + 1;
        }

        return [.. paragraphs];
    }

    private static void SplitSentences(string text, TextSpan paragraph, ProtectedSpans guard, List<TextSpan> sentences)
    {
        var start = paragraph.Start;
        var i = paragraph.Start;
        while (i < paragraph.End)
        {
            // Only these marks end a sentence: skip straight to the next one.
            var skip = text.AsSpan(i, paragraph.End - i).IndexOfAny('.', '!', '?');
            if (skip < 0)
                break;
            i += skip;
            var c = text[i];
            if (!guard.Covers(i))
            {
                var end = i + 1;
                // Closing quote marks and brackets belong to the sentence they end.
                while (end < paragraph.End && text[end] is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']' or '\u00BB' or '.' or '!' or '?')
                    end++;
                if (end < paragraph.End && char.IsWhiteSpace(text[end]) && StartsSentence(text, end, paragraph.End)
                    && !(c == '.' && Abbreviations.EndsAbbreviation(text, i) && !AbbreviationEndsSentence(text, i, end, paragraph.End)))
                {
                    sentences.Add(new TextSpan(start, end));
                    while (end < paragraph.End && char.IsWhiteSpace(text[end]))
                        end++;
                    start = end;
                    i = end;
                    continue;
                }

                i = end;
                continue;
            }

            i++;
        }

        if (paragraph.End > start)
            sentences.Add(new TextSpan(start, paragraph.End));
    }

    /// <summary>After whitespace: a capital letter, a digit or an opening quote mark starts a new sentence.</summary>
    private static bool StartsSentence(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from]))
            from++;
        if (from >= end)
            return false;
        var c = text[from];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '\u00AB' or '(' or '\u2014';
    }

    /// <summary>"... in the U.S. The next day" ends a sentence: a dotted abbreviation followed by a sentence-opening word.</summary>
    private static bool AbbreviationEndsSentence(string text, int period, int end, int paragraphEnd)
    {
        if (period < 2 || text[period - 2] != '.')
            return false; // Only dotted forms like U.S. can also end a sentence; "Mr." never does.
        var from = end;
        while (from < paragraphEnd && char.IsWhiteSpace(text[from]))
            from++;
        var wordEnd = from;
        while (wordEnd < paragraphEnd && char.IsLetter(text[wordEnd]))
            wordEnd++;
        return SentenceOpeners.Has(text.AsSpan(from, wordEnd - from));
    }

    private static readonly WordSet SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "This", "That", "There", "His", "Her", "Their",
    };

    /// <summary>Sorted, non-overlapping spans with a moving cursor: sentences are split left to right.</summary>
    private sealed class ProtectedSpans(IReadOnlyList<TextSpan> spans)
    {
        private int _next;

        public bool Covers(int offset)
        {
            while (_next < spans.Count && spans[_next].End <= offset)
                _next++;
            return _next < spans.Count && spans[_next].Start <= offset && offset < spans[_next].End - 1;
        }
    }
}
