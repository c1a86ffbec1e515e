using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace QuoteIndex.Store.Lucene.Search;

/// <summary>
/// The best hit of each cluster, for a search collapsed to one hit per statement: the first pass of Lucene's
/// grouping collector over <see cref="HitOrder"/>'s keys. Each segment keeps its best <c>size</c> clusters with
/// their best hit; a match worse than the worst of them costs one comparison, since it can neither improve a kept
/// cluster nor displace one. The segments' kept clusters are then merged by cluster id: a cluster among the best
/// overall is among the best of the segment that holds its best hit, so nothing is lost.
/// </summary>
internal static class TopClusters
{
    /// <summary>The best hit of each of the best <see cref="HitOrder.Size"/> clusters, best first (as <see cref="TopHits.Compare"/>).</summary>
    public static List<TopHit> Run(ReaderFacets facets, Weight weight, HitOrder order, CancellationToken cancellationToken)
    {
        var best = new Dictionary<string, TopHit>(StringComparer.Ordinal);
        for (var i = 0; i < facets.Leaves.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var leaf = facets.Leaves[i];
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
                continue;
            var ids = leaf.AtomicReader.GetSortedDocValues(QuoteDocument.Id);
            foreach (var (cluster, hit) in Leaf(leaf, facets.Columns[i], scorer, order))
            {
                var id = new BytesRef();
                ids.LookupOrd(hit.Ord, id);
                var top = new TopHit(hit.Key, id, leaf.DocBase + hit.Doc);
                if (!best.TryGetValue(cluster, out var known) || TopHits.Compare(top, known) < 0)
                    best[cluster] = top;
            }
        }

        var hits = best.Values.ToList();
        hits.Sort(TopHits.Compare);
        if (hits.Count > order.Size)
            hits.RemoveRange(order.Size, hits.Count - order.Size);
        return hits;
    }

    private static Dictionary<string, Kept> Leaf(AtomicReaderContext leaf, SegmentColumns columns, Scorer scorer, HitOrder order)
    {
        var reader = leaf.AtomicReader;
        var clusterIds = reader.GetBinaryDocValues(QuoteDocument.CandidateClusterId);
        var bytes = new BytesRef();
        var kept = new Dictionary<string, Kept>(StringComparer.Ordinal);
        // Worst first, so the root is the one a better cluster displaces; an entry's key changes only out of the set.
        var ranked = new SortedSet<Kept>(Comparer<Kept>.Create(static (a, b) => Better(b.Key, b.Ord, a) ? -1 : Better(a.Key, a.Ord, b) ? 1 : 0));
        int doc;
        while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            var key = order.Relevance ? HitOrder.ScoreKey(scorer.GetScore()) : order.DateKey(columns, doc);
            var ord = columns.IdOrds[doc];
            if (ranked.Count == order.Size && !Better(key, ord, ranked.Min!))
                continue;
            var cluster = ClusterId(reader, clusterIds, bytes, doc);
            if (kept.TryGetValue(cluster, out var known))
            {
                if (!Better(key, ord, known))
                    continue;
                ranked.Remove(known);
            }
            else if (ranked.Count == order.Size)
            {
                var worst = ranked.Min!;
                ranked.Remove(worst);
                kept.Remove(worst.Cluster);
            }

            var hit = new Kept(cluster, key, ord, doc);
            kept[cluster] = hit;
            ranked.Add(hit);
        }

        return kept;
    }

    // Larger key first, then the smaller id ordinal (the smaller id within a segment).
    private static bool Better(long key, int ord, Kept than) => key > than.Key || (key == than.Key && ord < than.Ord);

    // A quote written before its cluster id was kept as doc values has it as a stored field only.
    private static string ClusterId(AtomicReader reader, BinaryDocValues? clusterIds, BytesRef bytes, int doc)
    {
        if (clusterIds is not null)
        {
            clusterIds.Get(doc, bytes);
            if (bytes.Length > 0)
                return bytes.Utf8ToString();
        }

        return reader.Document(doc, QuoteDocument.CandidateFields).Get(QuoteDocument.ClusterId) ?? string.Empty;
    }

    private sealed record Kept(string Cluster, long Key, int Ord, int Doc);
}
