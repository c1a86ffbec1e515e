using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Lucene;

/// <summary>
/// Counts a speaker's matching quotes from doc values alone: outlets and venues by ordinal in one array per segment,
/// the date bounds and a month histogram from the statement day and publication time. No stored field is read.
/// </summary>
internal sealed class SpeakerStatisticsCollector : ICollector
{
    private readonly Dictionary<string, long> _outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _venues = new(StringComparer.Ordinal);

    // Months as year * 12 + month - 1, so they sort in calendar order.
    private readonly Dictionary<int, long> _months = [];

    private long _count;
    private long _undated;
    private int _firstDay = int.MaxValue;
    private int _lastDay = int.MinValue;
    private long _firstPublished = long.MaxValue;
    private long _lastPublished = long.MinValue;

    private Segment? _segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _segment = new Segment(
            Facet.Of(reader, QuoteDocument.Outlet),
            Facet.Of(reader, QuoteDocument.Venue),
            reader.GetNumericDocValues(QuoteDocument.StatementDay),
            reader.GetDocsWithField(QuoteDocument.StatementDay),
            reader.GetNumericDocValues(QuoteDocument.Published),
            reader.GetDocsWithField(QuoteDocument.Published));
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        _count++;
        segment.Outlets?.Collect(doc);
        segment.Venues?.Collect(doc);

        DateOnly? monthDay = null;
        if (segment.StatementDays is { } days && segment.HasStatementDay!.Get(doc))
        {
            var day = (int)days.Get(doc);
            _firstDay = Math.Min(_firstDay, day);
            _lastDay = Math.Max(_lastDay, day);
            monthDay = DateOnly.FromDayNumber(day);
        }

        if (segment.Published is { } published && segment.HasPublished!.Get(doc))
        {
            var milliseconds = published.Get(doc);
            _firstPublished = Math.Min(_firstPublished, milliseconds);
            _lastPublished = Math.Max(_lastPublished, milliseconds);
            monthDay ??= DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime);
        }

        if (monthDay is { } d)
        {
            var month = (d.Year * 12) + d.Month - 1;
            _months[month] = _months.GetValueOrDefault(month) + 1;
        }
        else
        {
            _undated++;
        }
    }

    public SpeakerStatistics ToStatistics(string speakerKey, IReadOnlyList<ValueCount> names, IReadOnlyList<Quote> recent)
    {
        Flush();
        return new SpeakerStatistics(
            speakerKey,
            names,
            _count,
            _firstDay == int.MaxValue ? null : DateOnly.FromDayNumber(_firstDay),
            _lastDay == int.MinValue ? null : DateOnly.FromDayNumber(_lastDay),
            _firstPublished == long.MaxValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(_firstPublished),
            _lastPublished == long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(_lastPublished),
            ValueCount.Ranked(_outlets),
            ValueCount.Ranked(_venues),
            [.. _months.OrderBy(m => m.Key).Select(m => new MonthCount(m.Key / 12, (m.Key % 12) + 1, m.Value))],
            _undated,
            recent);
    }

    private void Flush()
    {
        _segment?.Outlets?.AddTo(_outlets);
        _segment?.Venues?.AddTo(_venues);
        _segment = null;
    }

    private sealed record Segment(
        Facet? Outlets, Facet? Venues, NumericDocValues? StatementDays, IBits? HasStatementDay, NumericDocValues? Published, IBits? HasPublished);

    /// <summary>One segment's counts of a sorted doc values field, by ordinal; turned into values once, at the segment's end.</summary>
    private sealed class Facet(SortedDocValues values)
    {
        private readonly int[] _counts = new int[values.ValueCount];

        public static Facet? Of(AtomicReader reader, string field) =>
            reader.GetSortedDocValues(field) is { ValueCount: > 0 } values ? new Facet(values) : null;

        public void Collect(int doc)
        {
            // -1: the quote has no value for the field.
            var ordinal = values.GetOrd(doc);
            if (ordinal >= 0)
                _counts[ordinal]++;
        }

        public void AddTo(Dictionary<string, long> totals)
        {
            var term = new BytesRef();
            for (var ordinal = 0; ordinal < _counts.Length; ordinal++)
            {
                if (_counts[ordinal] == 0)
                    continue;
                values.LookupOrd(ordinal, term);
                var value = term.Utf8ToString();
                totals[value] = totals.GetValueOrDefault(value) + _counts[ordinal];
            }
        }
    }
}
