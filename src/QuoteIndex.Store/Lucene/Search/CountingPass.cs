using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QuoteIndex.Store.Lucene.Search;

/// <summary>
/// One pass over the documents a query matches: counts them, counts the asked-for facets and days, and feeds the
/// hits to a per-segment top-N collector. Segments are counted in parallel when the index is large enough to gain.
/// </summary>
internal sealed class CountingPass
{
    // Below this many documents, a parallel loop costs more in scheduling than it saves.
    private const int ParallelFromDocs = 200_000;

    // Day spans longer than this (odd dates centuries apart) are counted sparsely rather than in one long array.
    private const int MaxDenseDays = 1 << 18;

    private readonly ReaderFacets _facets;
    private readonly bool[] _countFacet;
    private readonly bool? _statementDays;

    /// <param name="facets">The snapshot's facet data.</param>
    /// <param name="countFacet">Per facet field (<see cref="ReaderFacets.Fields"/>), whether to count it.</param>
    /// <param name="statementDays">Count days of the statement date (true), of the publication (false), or none (null).</param>
    public CountingPass(ReaderFacets facets, bool[] countFacet, bool? statementDays)
    {
        _facets = facets;
        _countFacet = countFacet;
        _statementDays = statementDays;
        FacetCounts = new long[countFacet.Length][];
        for (var f = 0; f < countFacet.Length; f++)
            FacetCounts[f] = countFacet[f] ? new long[facets.Facets[f].ValueCount] : [];
    }

    /// <summary>How many documents matched.</summary>
    public long Total { get; private set; }

    /// <summary>Per facet field, matches per global ordinal (empty for facets not counted).</summary>
    public long[][] FacetCounts { get; }

    /// <summary>Matches per day (<see cref="DateOnly.DayNumber"/>) of the histogram's date.</summary>
    public Dictionary<int, long> DayCounts { get; } = [];

    /// <summary>Runs <paramref name="weight"/> over every segment; keeps the best hits in <paramref name="order"/> (none when null), best first.</summary>
    public List<TopHit> Run(Weight weight, HitOrder? order, CancellationToken cancellationToken)
    {
        var leaves = _facets.Leaves;
        var results = new LeafResult[leaves.Count];
        if (leaves.Count > 1 && _facets.Reader.MaxDoc >= ParallelFromDocs)
        {
            Parallel.For(0, leaves.Count, new ParallelOptions { CancellationToken = cancellationToken },
                i => results[i] = CountLeaf(i, weight, order));
        }
        else
        {
            for (var i = 0; i < leaves.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = CountLeaf(i, weight, order);
            }
        }

        var hits = new List<TopHit>();
        for (var i = 0; i < results.Length; i++)
        {
            Merge(i, results[i]);
            if (results[i].Hits is { } top)
                hits.AddRange(top.Hits(results[i].Ids!, leaves[i].DocBase));
        }

        hits.Sort(TopHits.Compare);
        if (order is not null && hits.Count > order.Size)
            hits.RemoveRange(order.Size, hits.Count - order.Size);
        return hits;
    }

    private LeafResult CountLeaf(int leafIndex, Weight weight, HitOrder? order)
    {
        var context = _facets.Leaves[leafIndex];
        var columns = _facets.Columns[leafIndex];
        var scorer = weight.GetScorer(context, context.AtomicReader.LiveDocs);
        var result = new LeafResult();
        if (scorer is null)
            return result;

        TopHits? hits = null;
        SortedDocValues? ids = null;
        long? afterKey = null;
        var firstOrdAfter = 0;
        if (order is not null)
        {
            hits = new TopHits(order.Size);
            ids = context.AtomicReader.GetSortedDocValues(QuoteDocument.Id);
            afterKey = order.AfterKey;
            firstOrdAfter = order.FirstOrdAfter(ids);
        }

        // Counted facets' ordinal columns and their count arrays, side by side so the loop indexes both alike.
        var counted = Enumerable.Range(0, _countFacet.Length).Where(f => _countFacet[f]).ToArray();
        var ordinals = new int[counted.Length][];
        result.Counts = new int[counted.Length][];
        for (var c = 0; c < counted.Length; c++)
        {
            ordinals[c] = columns.Ordinals[counted[c]];
            var length = columns.ValueCounts[counted[c]] + 1;
            result.Counts[c] = ArrayPool<int>.Shared.Rent(length);
            Array.Clear(result.Counts[c], 0, length);
        }

        result.Counted = counted;
        int[]? days = null;
        var firstDay = 0;
        if (_statementDays is { } statement && (statement ? columns.StatementRange : columns.PublishedRange) is { } range)
        {
            days = statement ? columns.StatementDays : columns.PublishedDays;
            firstDay = range.First;
            var span = range.Last - range.First + 1;
            if (span <= MaxDenseDays)
            {
                result.DayCounts = ArrayPool<int>.Shared.Rent(span);
                Array.Clear(result.DayCounts, 0, span);
                result.FirstDay = firstDay;
                result.DaySpan = span;
            }
            else
            {
                result.SparseDays = [];
            }
        }

        long total = 0;
        var dayCounts = result.DayCounts;
        int doc;
        while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            total++;
            for (var c = 0; c < ordinals.Length; c++)
                result.Counts[c][ordinals[c][doc]]++;
            if (days is not null)
            {
                var day = days[doc];
                if (day != SegmentColumns.NoDay)
                {
                    if (dayCounts is not null)
                        dayCounts[day - firstDay]++;
                    else
                        result.SparseDays![day] = result.SparseDays.GetValueOrDefault(day) + 1;
                }
            }

            if (hits is null)
                continue;
            var key = order!.Relevance ? HitOrder.ScoreKey(scorer.GetScore()) : order.DateKey(columns, doc);
            // Hits at or before the cursor were on earlier pages; a hit worse than the worst kept cannot make this one.
            if (key > afterKey || (key == afterKey && ids!.GetOrd(doc) < firstOrdAfter))
                continue;
            if (!hits.IsFull)
            {
                hits.Add(key, ids!.GetOrd(doc), doc);
            }
            else if (key >= hits.WorstKey)
            {
                var ord = ids!.GetOrd(doc);
                if (key > hits.WorstKey || ord < hits.WorstOrd)
                    hits.Add(key, ord, doc);
            }
        }

        result.Total = total;
        result.Hits = hits;
        result.Ids = ids;
        return result;
    }

    private void Merge(int leafIndex, LeafResult leaf)
    {
        Total += leaf.Total;
        if (leaf.Counts is { } counts)
        {
            for (var c = 0; c < counts.Length; c++)
            {
                var f = leaf.Counted![c];
                var toGlobal = _facets.Facets[f].SegmentToGlobal[leafIndex];
                var global = FacetCounts[f];
                // Index 0 holds documents without a value: not a facet value.
                for (var ord = 0; ord < toGlobal.Length; ord++)
                {
                    if (counts[c][ord + 1] is var n and > 0)
                        global[toGlobal[ord]] += n;
                }

                ArrayPool<int>.Shared.Return(counts[c]);
            }
        }

        if (leaf.DayCounts is { } days)
        {
            for (var i = 0; i < leaf.DaySpan; i++)
            {
                if (days[i] > 0)
                    DayCounts[leaf.FirstDay + i] = DayCounts.GetValueOrDefault(leaf.FirstDay + i) + days[i];
            }

            ArrayPool<int>.Shared.Return(days);
        }

        foreach (var (day, n) in leaf.SparseDays ?? [])
            DayCounts[day] = DayCounts.GetValueOrDefault(day) + n;
    }

    private sealed class LeafResult
    {
        public long Total;
        public int[]? Counted;
        public int[][]? Counts;
        public int[]? DayCounts;
        public int FirstDay;
        public int DaySpan;
        public Dictionary<int, int>? SparseDays;
        public TopHits? Hits;
        public SortedDocValues? Ids;
    }
}
