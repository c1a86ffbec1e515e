using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Storage;

/// <summary>
/// Where quotes live and are searched. Two implementations: embedded Lucene.NET (default) and Elasticsearch;
/// both pass the same conformance suite. Implementations are thread-safe and shared for the app's life.
/// </summary>
public interface IQuoteStore : IAsyncDisposable
{
    /// <summary>Adds the quotes, replacing any stored quote with the same id. Visible to searches and durable once this returns.</summary>
    Task UpsertAsync(IReadOnlyCollection<Quote> quotes, CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="quotes"/> the article's only stored quotes, in one atomic commit.</summary>
    Task ReplaceArticleAsync(string articleId, IReadOnlyCollection<Quote> quotes, CancellationToken cancellationToken);

    /// <summary>
    /// Makes each article's quotes its only stored quotes, all articles in one atomic commit, durable once this returns;
    /// the ingestion pipeline's write. When an article is listed twice, the later entry wins.
    /// </summary>
    Task ReplaceArticlesAsync(IReadOnlyList<ArticleQuotes> articles, CancellationToken cancellationToken);

    Task<Quote?> GetAsync(string id, CancellationToken cancellationToken);

    Task<QuoteSearchResult> SearchAsync(QuoteQuery query, CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);
}
