using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Quotes;

/// <summary>How many stored quotes repeat each hit's statement: one look-up for a whole page of results.</summary>
internal static class ClusterSizes
{
    /// <summary>The size of each hit's cluster, by cluster id; a cluster the store no longer knows counts as the hit alone.</summary>
    public static async Task<Func<QuoteHit, long>> OfAsync(IQuoteStore store, IReadOnlyList<QuoteHit> hits, CancellationToken cancellationToken)
    {
        var sizes = await store.GetClusterSizesAsync(hits.Select(h => h.Quote.ClusterId).ToHashSet(StringComparer.Ordinal), cancellationToken);
        return hit => sizes.GetValueOrDefault(hit.Quote.ClusterId, 1);
    }
}
