using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QuoteIndex.Store.Lucene.Search;

/// <summary>
/// One pass over the documents a query matches: counts them, counts the asked-for facets and days, and feeds the
/// hits to a per-segment top-N collector. Segments are counted in parallel when the index is large enough to gain.
/// </summary>
internal sealed class CountingPass
{
    // Below this many expected matches, a parallel loop costs more in scheduling than it saves: most searches are
    // narrow, and a shared server's cores are better spent on other requests.
    // Settable for tests only: results must be the same either way, which is what they check.
    internal static long ParallelFromMatches { get; set; } = 100_000;

    // Segments are counted in parallel only while fewer searches than cores are counting: when every core has a search
    // of its own, splitting one adds scheduling and hand-over between threads and takes nothing from the others' wait.
    private static readonly int ParallelWhileRunning = Math.Max(1, Environment.ProcessorCount / 2);
    private static int _running;

    // Day spans longer than this (odd dates centuries apart) are counted sparsely rather than in one long array.
    private const int MaxDenseDays = 1 << 18;

    // Matches gathered before their facets are counted: the batch's rows fit in the first-level cache.
    private const int BatchSize = 256;

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

    /// <summary>Matches per day (<see cref="DateOnly.DayNumber"/>) of the histogram's date, in no particular order.</summary>
    public IEnumerable<(int Day, long Count)> DayCounts()
    {
        for (var i = 0; i < _denseDays.Length; i++)
        {
            if (_denseDays[i] > 0)
                yield return (_firstDay + i, _denseDays[i]);
        }

        foreach (var (day, count) in _sparseDays)
            yield return (day, count);
    }

    // Days counted in one array from the index's first to its last day of the field, when that span is not absurd.
    private long[] _denseDays = [];
    private int _firstDay;
    private readonly Dictionary<int, long> _sparseDays = [];

    /// <summary>Runs <paramref name="weight"/> over every segment; keeps the best hits in <paramref name="order"/> (none when null), best first.</summary>
    public List<TopHit> Run(Weight weight, HitOrder? order, CancellationToken cancellationToken)
    {
        var leaves = _facets.Leaves;
        var results = new LeafResult[leaves.Count];
        var scorers = leaves.Select(leaf => weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs)).ToArray();
        var expected = scorers.Sum(s => s?.GetCost() ?? 0);
        var running = Interlocked.Increment(ref _running);
        try
        {
            if (leaves.Count > 1 && expected >= ParallelFromMatches && running <= ParallelWhileRunning)
            {
                // Segment readers hand out doc values (and norms) per thread: a worker makes its own scorer.
                Parallel.For(0, leaves.Count, new ParallelOptions { CancellationToken = cancellationToken },
                    i => results[i] = CountLeaf(i, weight.GetScorer(leaves[i], leaves[i].AtomicReader.LiveDocs), order));
            }
            else
            {
                for (var i = 0; i < leaves.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results[i] = CountLeaf(i, scorers[i], order);
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }

        var hits = new List<TopHit>();
        for (var i = 0; i < results.Length; i++)
        {
            Merge(i, results[i]);
            if (results[i].Hits is { } top)
                hits.AddRange(top.Hits(_facets.Columns[i], leaves[i].DocBase));
        }

        hits.Sort(TopHits.Compare);
        if (order is not null && hits.Count > order.Size)
            hits.RemoveRange(order.Size, hits.Count - order.Size);
        return hits;
    }

    private LeafResult CountLeaf(int leafIndex, Scorer? scorer, HitOrder? order)
    {
        var context = _facets.Leaves[leafIndex];
        var columns = _facets.Columns[leafIndex];
        var result = new LeafResult();
        if (scorer is null)
            return result;

        TopHits? hits = null;
        var hasAfter = false;
        var afterKey = 0L;
        var firstOrdAfter = 0;
        if (order is not null)
        {
            hits = new TopHits(order.Size);
            hasAfter = order.AfterKey.HasValue;
            afterKey = order.AfterKey.GetValueOrDefault();
            firstOrdAfter = order.FirstOrdAfter(context.AtomicReader.GetSortedDocValues(QuoteDocument.Id));
        }

        // Counted facets' columns and their count arrays, side by side so the loop indexes both alike.
        var counted = Enumerable.Range(0, _countFacet.Length).Where(f => _countFacet[f]).ToArray();
        result.Counts = new int[counted.Length][];
        for (var c = 0; c < counted.Length; c++)
        {
            var length = columns.ValueCounts[counted[c]] + 1;
            result.Counts[c] = ArrayPool<int>.Shared.Rent(length);
            Array.Clear(result.Counts[c], 0, length);
        }

        result.Counted = counted;
        var dayColumn = -1;
        var firstDay = 0;
        if (_statementDays is { } statement && (statement ? columns.StatementRange : columns.PublishedRange) is { } range)
        {
            dayColumn = statement ? SegmentColumns.StatementDayColumn : SegmentColumns.PublishedDayColumn;
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

        // A query expected to match most of the segment has its matches marked in a bitset instead of counted; then the
        // fewer of matches and live non-matches are counted (exact either way). Marking and scanning the bits has a cost
        // of its own: a query in little more than half of the documents would gain nothing, so two thirds is asked.
        var reader = context.AtomicReader;
        long[]? matched = null;
        if ((counted.Length > 0 || dayColumn >= 0) && result.SparseDays is null && scorer.GetCost() * 3 > reader.NumDocs * 2L)
        {
            matched = ArrayPool<long>.Shared.Rent(Words(reader.MaxDoc));
            Array.Clear(matched, 0, Words(reader.MaxDoc));
        }

        // Matches are gathered a batch at a time, then counted facet by facet in tight loops: no virtual calls between
        // the increments, and the batch's rows stay in the first-level cache while each column is read.
        long total = 0;
        var batch = ArrayPool<int>.Shared.Rent(BatchSize);
        var idOrds = columns.IdOrds;
        int doc;
        do
        {
            var n = 0;
            while (n < BatchSize && (doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                batch[n++] = doc;
                if (hits is null)
                    continue;
                var key = order!.Relevance ? HitOrder.ScoreKey(scorer.GetScore()) : order.DateKey(columns, doc);
                // Hits at or before the cursor were on earlier pages; a hit worse than the worst kept cannot make this one.
                if (hasAfter && (key > afterKey || (key == afterKey && idOrds[doc] < firstOrdAfter)))
                    continue;
                if (!hits.IsFull || key > hits.WorstKey || (key == hits.WorstKey && idOrds[doc] < hits.WorstOrd))
                    hits.Add(key, idOrds[doc], doc);
            }

            total += n;
            if (matched is null)
            {
                CountDocs(batch.AsSpan(0, n), columns, counted, result, dayColumn, firstDay);
            }
            else
            {
                foreach (var d in batch.AsSpan(0, n))
                    matched[d >> 6] |= 1L << d;
            }

            if (n < BatchSize)
                break;
        }
        while (true);

        if (matched is not null)
        {
            var complement = total * 2 > reader.NumDocs;
            CountBits(matched, complement, reader, batch, columns, counted, result, dayColumn, firstDay);
            if (complement)
                SubtractFromLive(LiveCounts.For(reader, columns, MaxDenseDays), counted, result, dayColumn);
            ArrayPool<long>.Shared.Return(matched);
        }

        ArrayPool<int>.Shared.Return(batch);
        result.Total = total;
        result.Hits = hits;
        return result;
    }

    private static int Words(int maxDoc) => (maxDoc + 63) >> 6;

    private static void CountDocs(ReadOnlySpan<int> docs, SegmentColumns columns, int[] counted, LeafResult result, int dayColumn, int firstDay)
    {
        if (columns.NarrowRows is { } narrow)
            CountBatch(docs, narrow, counted, result, dayColumn, noDay: 0, dayOrigin: 1);
        else
            CountBatch(docs, columns.Rows, counted, result, dayColumn, SegmentColumns.NoDay, firstDay);
    }

    // Counts the documents marked in matched, or with complement the live documents not marked, a batch at a time.
    private static void CountBits(long[] matched, bool complement, AtomicReader reader, int[] batch,
        SegmentColumns columns, int[] counted, LeafResult result, int dayColumn, int firstDay)
    {
        var maxDoc = reader.MaxDoc;
        var live = complement ? reader.LiveDocs : null;
        var words = Words(maxDoc);
        var n = 0;
        for (var w = 0; w < words; w++)
        {
            var bits = complement ? ~matched[w] : matched[w];
            // Bits past the last document are not documents.
            if (w == words - 1 && (maxDoc & 63) != 0)
                bits &= (1L << maxDoc) - 1;
            while (bits != 0)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (live is not null && !live.Get(doc))
                    continue;
                batch[n++] = doc;
                if (n < BatchSize)
                    continue;
                CountDocs(batch.AsSpan(0, n), columns, counted, result, dayColumn, firstDay);
                n = 0;
            }
        }

        CountDocs(batch.AsSpan(0, n), columns, counted, result, dayColumn, firstDay);
    }

    // The counts so far are of the live non-matches: the matches' counts are the live documents' minus those.
    private static void SubtractFromLive(LiveCounts live, int[] counted, LeafResult result, int dayColumn)
    {
        for (var c = 0; c < counted.Length; c++)
        {
            var all = live.Facets[counted[c]];
            var counts = result.Counts![c];
            for (var i = 0; i < all.Length; i++)
                counts[i] = all[i] - counts[i];
        }

        if (result.DayCounts is { } days)
        {
            var allDays = (dayColumn == SegmentColumns.StatementDayColumn ? live.StatementDays : live.PublishedDays)!;
            for (var i = 0; i < result.DaySpan; i++)
                days[i] = allDays[i] - days[i];
        }
    }

    // noDay: a day column's value for a document without the date; dayOrigin: its value for the segment's first day.
    private static void CountBatch<T>(ReadOnlySpan<int> docs, T[] rows, int[] counted, LeafResult result, int dayColumn, int noDay, int dayOrigin)
        where T : unmanaged, IBinaryInteger<T>
    {
        for (var c = 0; c < counted.Length; c++)
        {
            var counts = result.Counts![c];
            var column = counted[c];
            foreach (var doc in docs)
                counts[int.CreateTruncating(rows[(doc * SegmentColumns.Stride) + column])]++;
        }

        if (dayColumn < 0)
            return;
        if (result.DayCounts is { } dayCounts)
        {
            foreach (var doc in docs)
            {
                var day = int.CreateTruncating(rows[(doc * SegmentColumns.Stride) + dayColumn]);
                if (day != noDay)
                    dayCounts[day - dayOrigin]++;
            }
        }
        else
        {
            foreach (var doc in docs)
            {
                // Only wide rows: a span too long to count densely does not fit narrow rows either.
                var day = int.CreateTruncating(rows[(doc * SegmentColumns.Stride) + dayColumn]);
                if (day != noDay)
                    result.SparseDays![day] = result.SparseDays.GetValueOrDefault(day) + 1;
            }
        }
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
                // Index 0 holds documents without a value: not a facet value. A segment without matches adds nothing.
                for (var ord = 0; leaf.Total > 0 && ord < toGlobal.Length; ord++)
                {
                    if (counts[c][ord + 1] is var n and > 0)
                        global[toGlobal[ord]] += n;
                }

                ArrayPool<int>.Shared.Return(counts[c]);
            }
        }

        if (leaf.DayCounts is { } days)
        {
            if (leaf.Total > 0)
                AddDays(leaf.FirstDay, days.AsSpan(0, leaf.DaySpan));
            ArrayPool<int>.Shared.Return(days);
        }

        foreach (var (day, n) in leaf.SparseDays ?? [])
            _sparseDays[day] = _sparseDays.GetValueOrDefault(day) + n;
    }

    private void AddDays(int firstDay, ReadOnlySpan<int> days)
    {
        if (_denseDays.Length == 0)
        {
            _denseDays = new long[days.Length];
            _firstDay = firstDay;
        }
        else if (firstDay < _firstDay || firstDay + days.Length > _firstDay + _denseDays.Length)
        {
            var start = Math.Min(firstDay, _firstDay);
            var end = Math.Max(firstDay + days.Length, _firstDay + _denseDays.Length);
            var wider = new long[end - start];
            _denseDays.CopyTo(wider.AsSpan(_firstDay - start));
            (_denseDays, _firstDay) = (wider, start);
        }

        var into = _denseDays.AsSpan(firstDay - _firstDay, days.Length);
        for (var i = 0; i < days.Length; i++)
            into[i] += days[i];
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
    }
}
