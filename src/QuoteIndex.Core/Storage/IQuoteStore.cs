using QuoteIndex.Core.Clustering;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;

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
    /// which the store indexes for every quote it holds), those sharing the most keys first; at most
    /// <paramref name="limit"/>. A store may read only the first few dozen quotes of each key, so that a statement
    /// repeated thousands of times costs no more to look up than a rare one.
    /// </summary>
    Task<IReadOnlyList<ClusterCandidate>> FindClusterCandidatesAsync(
        IReadOnlyCollection<string> clusterKeys, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="FindClusterCandidatesAsync(IReadOnlyCollection{string}, int, CancellationToken)"/> for every quote of
    /// a batch: element i answers <paramref name="keysPerQuote"/>[i]. A store that can look a batch up in one pass
    /// over its index overrides this; the default asks quote by quote.
    /// </summary>
    async Task<IReadOnlyList<IReadOnlyList<ClusterCandidate>>> FindClusterCandidatesForEachAsync(
        IReadOnlyList<IReadOnlyCollection<string>> keysPerQuote, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keysPerQuote);
        var found = new IReadOnlyList<ClusterCandidate>[keysPerQuote.Count];
        for (var i = 0; i < found.Length; i++)
            found[i] = keysPerQuote[i].Count == 0 ? [] : await FindClusterCandidatesAsync(keysPerQuote[i], limit, cancellationToken);
        return found;
    }

    /// <summary>
    /// <see cref="FindClusterCandidatesForEachAsync(IReadOnlyList{IReadOnlyCollection{string}}, int, CancellationToken)"/>
    /// for a batch given its quotes' signatures: element i answers <paramref name="signatures"/>[i]'s
    /// <see cref="QuoteSignature.Keys"/>. A store that looks keys up by their <see cref="QuoteSignature.KeyHashes"/>
    /// overrides this, so that a batch's keys are never made into strings: a batch of a corpus ingested again made
    /// about 8 MB of them, live for the whole look-up.
    /// </summary>
    Task<IReadOnlyList<IReadOnlyList<ClusterCandidate>>> FindClusterCandidatesForEachAsync(
        IReadOnlyList<QuoteSignature> signatures, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        return FindClusterCandidatesForEachAsync([.. signatures.Select(s => s.Keys)], limit, cancellationToken);
    }

    /// <summary>
    /// The cluster's size and its first <paramref name="limit"/> appearances, earliest published first (undated
    /// last, then by quote id); null when no stored quote has the cluster id.
    /// </summary>
    Task<QuoteCluster?> GetClusterAsync(string clusterId, int limit, CancellationToken cancellationToken);

    /// <summary>How many stored quotes each cluster has; an unknown cluster id counts 0.</summary>
    Task<IReadOnlyDictionary<string, long>> GetClusterSizesAsync(IReadOnlyCollection<string> clusterIds, CancellationToken cancellationToken);

    /// <summary>
    /// Speakers with a name that starts with <paramref name="prefix"/>, or with a word of it that does ("blin" finds
    /// "Antony Blinken", "antony bl" too), compared as speaker keys (<see cref="Speaker.KeyFor"/>: case and accents
    /// fold); most quotes first, ties by key; at most <paramref name="limit"/>. Empty when the prefix has no letter or digit.
    /// </summary>
    Task<IReadOnlyList<SpeakerSuggestion>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Counts of the quotes of the speaker with <paramref name="speakerKey"/> that meet <paramref name="filter"/> (whose own
    /// speaker keys are ignored), and the <paramref name="recent"/> newest of them; null when no stored quote has the key.
    /// </summary>
    Task<SpeakerStatistics?> GetSpeakerStatisticsAsync(string speakerKey, QuoteFilter filter, int recent, CancellationToken cancellationToken);

    /// <summary>
    /// Stored quotes that may state <paramref name="statement"/>, for verification to weigh: those with the same normalised
    /// words (<see cref="QuoteText.ExactKey"/>) first, then those sharing the most (and rarest) words, at most
    /// <paramref name="limit"/>. Recall matters more than precision here; the caller scores each candidate.
    /// </summary>
    Task<IReadOnlyList<Quote>> FindSimilarAsync(string statement, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Every quote that matches <paramref name="query"/>'s text and filter, however many (its offset and limit are
    /// ignored), earliest published first (undated last), then by id. The quotes are read in bounded chunks from one
    /// snapshot of the index, taken when enumeration starts: writes made meanwhile neither duplicate nor skip a quote.
    /// </summary>
    /// <exception cref="InvalidQueryException">The text cannot be parsed; thrown by this call or, at the latest, by the first MoveNextAsync.</exception>
    IAsyncEnumerable<Quote> ExportAsync(QuoteQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="review"/>, replacing a stored review with the same id (the same quote and review URL);
    /// durable once this returns. Reviews are kept apart from quotes: never counted, searched or clustered as quotes,
    /// and kept when the quote's article is ingested again. The store does not check that the quote exists.
    /// </summary>
    Task AddReviewAsync(QuoteReview review, CancellationToken cancellationToken);

    /// <summary>The reviews of the quote, earliest received first, then by id; empty when it has none.</summary>
    Task<IReadOnlyList<QuoteReview>> GetReviewsAsync(string quoteId, CancellationToken cancellationToken);
}
