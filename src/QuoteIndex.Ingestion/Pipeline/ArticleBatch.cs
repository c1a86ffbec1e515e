using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>An article read and extracted, on its way to the store; <see cref="Quotes"/> is null when extraction failed.</summary>
internal sealed record ExtractedArticle(string Source, string ArticleId, string ContentHash, int TextLength, IReadOnlyList<Quote>? Quotes)
{
    /// <summary>About what the quotes hold in memory: their words and context, two bytes a character.</summary>
    public long QuoteBytes { get; } = Quotes?.Sum(q => (long)(q.Text.Length + (q.Context?.Length ?? 0)) * sizeof(char)) ?? 0;
}

/// <summary>Articles committed together, in the order they were read; an article read twice keeps its later version.</summary>
internal sealed class ArticleBatch
{
    private readonly List<ExtractedArticle> _articles = [];
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);

    public IReadOnlyList<ExtractedArticle> Articles => _articles;

    public int QuoteCount { get; private set; }

    public long QuoteBytes { get; private set; }

    public bool IsEmpty => _articles.Count == 0;

    public void Add(ExtractedArticle article)
    {
        if (_indexById.TryGetValue(article.ArticleId, out var earlier))
        {
            Forget(_articles[earlier]);
            _articles[earlier] = article;
        }
        else
        {
            _indexById.Add(article.ArticleId, _articles.Count);
            _articles.Add(article);
        }

        QuoteCount += article.Quotes!.Count;
        QuoteBytes += article.QuoteBytes;
    }

    /// <summary>Whether the batch has reached <paramref name="scale"/> (0 to 1) of any of the options' limits.</summary>
    public bool IsFull(IngestionOptions options, double scale) =>
        _articles.Count >= options.BatchArticles * scale || QuoteCount >= options.BatchQuotes * scale
        || QuoteBytes >= options.BatchQuoteBytes * scale;

    private void Forget(ExtractedArticle article)
    {
        QuoteCount -= article.Quotes!.Count;
        QuoteBytes -= article.QuoteBytes;
    }
}
