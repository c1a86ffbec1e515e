using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace QuoteIndex.Store.Lucene.Search;

/// <summary>
/// One segment reader's facet and day counts over all its live documents, counted once per reader: a query that
/// matches most of the segment is counted as these minus its non-matches, which are fewer. Kept per reader, not per
/// segment, because deletions change the live documents and make a new reader; an unchanged segment keeps its reader
/// across index refreshes, and with it these counts.
/// </summary>
internal sealed class LiveCounts
{
    private static readonly ConditionalWeakTable<AtomicReader, LiveCounts> Cache = new();

    private LiveCounts(AtomicReader reader, SegmentColumns columns, int maxDenseDays)
    {
        var live = reader.LiveDocs;
        var rows = columns.Rows;
        Facets = new int[ReaderFacets.Fields.Length][];
        for (var f = 0; f < Facets.Length; f++)
            Facets[f] = new int[columns.ValueCounts[f] + 1];
        StatementDays = Dense(columns.StatementRange, maxDenseDays);
        PublishedDays = Dense(columns.PublishedRange, maxDenseDays);
        var statementFirst = columns.StatementRange?.First ?? 0;
        var publishedFirst = columns.PublishedRange?.First ?? 0;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
                continue;
            var row = doc * SegmentColumns.Stride;
            for (var f = 0; f < Facets.Length; f++)
                Facets[f][rows[row + f]]++;
            if (StatementDays is not null && rows[row + SegmentColumns.StatementDayColumn] is var statement and not SegmentColumns.NoDay)
                StatementDays[statement - statementFirst]++;
            if (PublishedDays is not null && rows[row + SegmentColumns.PublishedDayColumn] is var published and not SegmentColumns.NoDay)
                PublishedDays[published - publishedFirst]++;
        }
    }

    /// <summary>Per facet field (<see cref="ReaderFacets.Fields"/>), live documents per segment ordinal plus one (0: without a value).</summary>
    public int[][] Facets { get; }

    /// <summary>Live documents per statement day from the segment's first; null when none has one or the span is too long to count densely.</summary>
    public int[]? StatementDays { get; }

    /// <summary>Live documents per publication day from the segment's first, as <see cref="StatementDays"/>.</summary>
    public int[]? PublishedDays { get; }

    public static LiveCounts For(AtomicReader reader, SegmentColumns columns, int maxDenseDays) =>
        Cache.GetValue(reader, r => new LiveCounts(r, columns, maxDenseDays));

    private static int[]? Dense((int First, int Last)? range, int maxDenseDays) =>
        range is { } r && r.Last - r.First + 1 <= maxDenseDays ? new int[r.Last - r.First + 1] : null;
}
