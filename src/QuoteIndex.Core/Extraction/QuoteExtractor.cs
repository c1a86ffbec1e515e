using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction;

/// <summary>
/// Finds attributed quotes in an article. A pure function of the article: no I/O, no state,
/// safe to call from many threads at once.
/// </summary>
public static class QuoteExtractor
{
    public static IReadOnlyList<Quote> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var source = ArticleReference.Of(article);
        var quotes = new List<Quote>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in QuoteSpans.Find(text))
        {
            var content = span.Of(text).Trim();
            var attribution = Attribution.Around(text, span);
            var words = CountWords(content);
            // A few quoted words with nothing that says who spoke are scare quotes or titles, not statements.
            if (attribution is null && words < 4)
                continue;
            var quote = new Quote(source, content, [Trimmed(text, span)], QuoteKind.Direct)
            {
                Speaker = attribution?.Speaker is { } name ? new Speaker(name.Of(text), name) : null,
                Cue = attribution is null ? null : new Cue(attribution.Cue.Of(text), attribution.Cue),
                Context = Sentences.Around(text, span),
                Confidence = attribution?.Speaker is not null ? 0.9 : attribution is not null ? 0.7 : 0.5,
            };
            if (seen.Add(quote.Id))
                quotes.Add(quote);
        }

        return quotes;
    }

    private static TextSpan Trimmed(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return new TextSpan(start, end);
    }

    private static int CountWords(string content)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in content)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }

        return count;
    }
}
