using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Core.Clustering;

/// <summary>
/// Groups quotes that repeat one statement across articles (the same words, or nearly), so each quote knows where
/// else it appeared and which appearance came first. Runs in the store stage of ingestion, one batch at a time.
/// </summary>
/// <remarks>Placeholder seam: clusters are not assigned yet; the quotes pass through unchanged.</remarks>
public sealed class QuoteClusterer(IQuoteStore store)
{
    /// <summary>The quotes of a batch, each with its cluster set; matches are looked for in the batch and in the store.</summary>
    public Task<IReadOnlyList<Quote>> AssignAsync(IReadOnlyList<Quote> quotes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        _ = store;
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(quotes);
    }
}
