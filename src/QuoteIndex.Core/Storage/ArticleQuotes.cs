using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Storage;

/// <summary>Everything an article says, as extracted: written to a store, these become the article's only quotes.</summary>
public sealed record ArticleQuotes
{
    /// <exception cref="ArgumentException">A quote belongs to another article.</exception>
    public ArticleQuotes(string articleId, IReadOnlyList<Quote> quotes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        ArgumentNullException.ThrowIfNull(quotes);
        foreach (var quote in quotes)
        {
            if (!string.Equals(quote.Article.Id, articleId, StringComparison.Ordinal))
                throw new ArgumentException($"Quote {quote.Id} belongs to article '{quote.Article.Id}', not '{articleId}'.", nameof(quotes));
        }

        ArticleId = articleId;
        Quotes = quotes;
    }

    public string ArticleId { get; }

    public IReadOnlyList<Quote> Quotes { get; }
}
