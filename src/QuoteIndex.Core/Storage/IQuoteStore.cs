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

    /// <summary>
    /// Stored quotes indexed under any of <paramref name="clusterKeys"/> (one quote's <c>QuoteSignature.Keys</c>,
    /// which the store indexes for every quote it holds), those sharing the most keys first, then by id; at most
    /// <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<ClusterCandidate>> FindClusterCandidatesAsync(
        IReadOnlyCollection<string> clusterKeys, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The cluster's size and its first <paramref name="limit"/> appearances, earliest published first (undated
    /// last, then by quote id); null when no stored quote has the cluster id.
    /// </summary>
    Task<QuoteCluster?> GetClusterAsync(string clusterId, int limit, CancellationToken cancellationToken);

    /// <summary>How many stored quotes each cluster has; an unknown cluster id counts 0.</summary>
    Task<IReadOnlyDictionary<string, long>> GetClusterSizesAsync(IReadOnlyCollection<string> clusterIds, CancellationToken cancellationToken);
}
