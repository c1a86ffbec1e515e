using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Extraction.Quoting;
using QuoteIndex.Core.Extraction.Text;
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
        var paragraphs = TextLayout.Of(text).Paragraphs;
        var quotations = QuoteMarkScanner.Scan(text, paragraphs);
        var layout = TextLayout.Of(text, quotations.SelectMany(q => q.Parts).ToList());
        var source = ArticleReference.Of(article);
        var quotes = new List<Quote>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quotation in quotations)
        {
            var content = string.Join(' ', quotation.Parts.Select(p => p.Of(text).Trim()));
            if (content.Length == 0)
                continue;
            var sentence = layout.Sentences[Math.Max(0, layout.SentenceIndexAt(quotation.Start))];
            var quote = new Quote(source, content, quotation.Parts, QuoteKind.Direct)
            {
                Context = sentence.Of(text),
                Confidence = 0.5,
            };
            if (seen.Add(quote.Id))
                quotes.Add(quote);
        }

        return quotes;
    }
}
