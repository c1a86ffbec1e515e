using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace QuoteIndex.Store.Lucene.Search;

/// <summary>
/// One segment's facet ordinals and days copied out of doc values into plain arrays, once per segment (a segment
/// never changes, so the arrays outlive index refreshes). Counting then costs an array read per document and facet
/// instead of a decode of packed doc values: the difference between a broad search taking tens of milliseconds or a few.
/// </summary>
internal sealed class SegmentColumns
{
    /// <summary>The day of a document without the date.</summary>
    public const int NoDay = int.MinValue;

    /// <summary>The publication time of a document without one.</summary>
    public const long NoValue = long.MinValue;

    private const long MillisecondsPerDay = 86_400_000;
    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;
    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = new();

    private SegmentColumns(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        Rows = new int[maxDoc * Stride];
        ValueCounts = new int[ReaderFacets.Fields.Length];
        for (var f = 0; f < ReaderFacets.Fields.Length; f++)
        {
            var values = reader.GetSortedDocValues(ReaderFacets.Fields[f]);
            if (values is null)
                continue;
            for (var doc = 0; doc < maxDoc; doc++)
                Rows[(doc * Stride) + f] = values.GetOrd(doc) + 1;
            ValueCounts[f] = values.ValueCount;
        }

        IdOrds = new int[maxDoc];
        if (reader.GetSortedDocValues(QuoteDocument.Id) is { } ids)
        {
            for (var doc = 0; doc < maxDoc; doc++)
                IdOrds[doc] = ids.GetOrd(doc);
            (_idBytes, _idStarts) = IdTerms(ids);
        }

        StatementRange = Days(reader, QuoteDocument.StatementDay, StatementDayColumn, static v => (int)v);
        PublishedRange = Days(reader, QuoteDocument.Published, PublishedDayColumn,
            static ms => UnixEpochDay + (int)Math.Floor(ms / (double)MillisecondsPerDay));
        NarrowRows = Narrow(Rows, ValueCounts, StatementRange, PublishedRange);
        PublishedMillis = new long[maxDoc];
        Array.Fill(PublishedMillis, NoValue);
        if (reader.GetNumericDocValues(QuoteDocument.Published) is { } published && reader.GetDocsWithField(QuoteDocument.Published) is { } present)
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                if (present.Get(doc))
                    PublishedMillis[doc] = published.Get(doc);
            }
        }
    }

    /// <summary>Values per document in <see cref="Rows"/>: the four facet ordinals, then the statement and publication days.</summary>
    public const int Stride = 6;

    public const int StatementDayColumn = 4;
    public const int PublishedDayColumn = 5;

    /// <summary>
    /// Row by row (<see cref="Stride"/> ints a document, so that a matching document costs one cache line, not six):
    /// per facet field (<see cref="ReaderFacets.Fields"/>) the document's segment ordinal plus one, 0 when it has none;
    /// then its statement day and publication day (<see cref="DateOnly.DayNumber"/>), or <see cref="NoDay"/>.
    /// </summary>
    public int[] Rows { get; }

    /// <summary>
    /// <see cref="Rows"/> in half the memory, when every value fits 16 bits (the usual case): facet ordinals plus one as
    /// there, days as the day minus the segment's first day of that date, plus one (0: none). Null when some value does
    /// not fit. Counting is bound by reading rows from memory, so half the bytes is most of the gain.
    /// </summary>
    public ushort[]? NarrowRows { get; }

    /// <summary>Per facet field, how many values the segment has.</summary>
    public int[] ValueCounts { get; }

    /// <summary>The first and last statement day in the segment; null when none has one.</summary>
    public (int First, int Last)? StatementRange { get; }

    public (int First, int Last)? PublishedRange { get; }

    /// <summary>
    /// Each document's quote id ordinal in the segment (the order of the ids): the tie-break of equal sort keys, which
    /// for one-word queries (few distinct scores) is asked of most matches, too often to read doc values from disk.
    /// </summary>
    public int[] IdOrds { get; }

    /// <summary>Each document's publication time in Unix milliseconds (the sort key of newest and oldest), or <see cref="NoValue"/>.</summary>
    public long[] PublishedMillis { get; }

    /// <summary>
    /// The quote id of ordinal <paramref name="ord"/> (<see cref="IdOrds"/>), a view of the segment's ids in memory:
    /// every kept hit of every segment needs its id to order ties across segments, and reading it from doc values
    /// costs a read of the index file or two, a system call each since doc values are not mapped (see SearchDirectory).
    /// </summary>
    public BytesRef Id(int ord) => new(_idBytes, _idStarts[ord], _idStarts[ord + 1] - _idStarts[ord]);

    private readonly byte[] _idBytes = [];
    private readonly int[] _idStarts = [0];

    public static SegmentColumns For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentColumns(reader));

    private static ushort[]? Narrow(int[] rows, int[] valueCounts, (int First, int Last)? statement, (int First, int Last)? published)
    {
        if (valueCounts.Any(count => count >= ushort.MaxValue) || Span(statement) >= ushort.MaxValue || Span(published) >= ushort.MaxValue)
            return null;
        var narrow = new ushort[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var column = i % Stride;
            var first = column == StatementDayColumn ? statement?.First : column == PublishedDayColumn ? published?.First : null;
            narrow[i] = (ushort)(first is not { } day ? rows[i] : rows[i] == NoDay ? 0 : rows[i] - day + 1);
        }

        return narrow;

        static int Span((int First, int Last)? range) => range is { } r ? r.Last - r.First + 1 : 0;
    }

    // All of a segment's ids back to back in ordinal order, and where each starts (one more entry: the end).
    private static (byte[] Bytes, int[] Starts) IdTerms(SortedDocValues ids)
    {
        var starts = new int[ids.ValueCount + 1];
        using var bytes = new MemoryStream();
        var terms = ids.GetTermsEnum();
        var ord = 0;
        while (terms.MoveNext())
        {
            var term = terms.Term;
            bytes.Write(term.Bytes, term.Offset, term.Length);
            starts[++ord] = (int)bytes.Length;
        }

        return (bytes.ToArray(), starts);
    }

    private (int, int)? Days(AtomicReader reader, string field, int column, Func<long, int> toDay)
    {
        var maxDoc = reader.MaxDoc;
        for (var doc = 0; doc < maxDoc; doc++)
            Rows[(doc * Stride) + column] = NoDay;
        var values = reader.GetNumericDocValues(field);
        var present = reader.GetDocsWithField(field);
        if (values is null || present is null)
            return null;
        int first = int.MaxValue, last = int.MinValue;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (!present.Get(doc))
                continue;
            var day = toDay(values.Get(doc));
            Rows[(doc * Stride) + column] = day;
            first = Math.Min(first, day);
            last = Math.Max(last, day);
        }

        return first > last ? null : (first, last);
    }
}
