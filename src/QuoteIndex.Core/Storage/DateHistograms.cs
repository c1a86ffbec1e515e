namespace QuoteIndex.Core.Storage;

/// <summary>Day counts gathered into intervals, with the empty intervals in between filled in.</summary>
public static class DateHistograms
{
    /// <summary>More buckets than this is a request for a chart nobody can read; a longer interval is needed.</summary>
    public const int MaxBuckets = 5000;

    /// <summary>The first day of the interval that holds <paramref name="day"/>; weeks start on Monday (ISO 8601).</summary>
    public static DateOnly BucketStart(DateOnly day, HistogramInterval interval) => interval switch
    {
        HistogramInterval.Day => day,
        HistogramInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        HistogramInterval.Month => new DateOnly(day.Year, day.Month, 1),
        HistogramInterval.Year => new DateOnly(day.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
    };

    public static DateOnly NextBucket(DateOnly start, HistogramInterval interval) => interval switch
    {
        HistogramInterval.Day => start.AddDays(1),
        HistogramInterval.Week => start.AddDays(7),
        HistogramInterval.Month => start.AddMonths(1),
        HistogramInterval.Year => start.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
    };

    /// <summary>
    /// The histogram of <paramref name="dayCounts"/> (day, count; any order): from <paramref name="bounds"/>' ends where
    /// given, otherwise from the first to the last day counted; every interval in between present, empty ones at 0.
    /// </summary>
    /// <exception cref="InvalidQueryException">The histogram would have more than <see cref="MaxBuckets"/> buckets.</exception>
    public static DateHistogram Build(
        IEnumerable<(DateOnly Day, long Count)> dayCounts, HistogramInterval interval, QuoteDateField field, DateRange? bounds)
    {
        ArgumentNullException.ThrowIfNull(dayCounts);
        // A search's days come in by the thousand: a hash and the two ends, not a sorted tree.
        var counts = new Dictionary<DateOnly, long>();
        DateOnly? firstCounted = null, lastCounted = null;
        foreach (var (day, count) in dayCounts)
        {
            if (count == 0)
                continue;
            var start = BucketStart(day, interval);
            counts[start] = counts.GetValueOrDefault(start) + count;
            if (firstCounted is not { } f || start < f)
                firstCounted = start;
            if (lastCounted is not { } l || start > l)
                lastCounted = start;
        }

        var first = bounds?.From is { } from ? BucketStart(from, interval) : firstCounted;
        var last = bounds?.To is { } to ? BucketStart(to, interval) : lastCounted;
        if (first is null || last is null)
            return new DateHistogram(interval, field, []);

        var buckets = new List<HistogramBucket>();
        for (var start = first.Value; start <= last.Value; start = NextBucket(start, interval))
        {
            if (buckets.Count == MaxBuckets)
            {
                throw new InvalidQueryException(
                    $"A {interval.ToString().ToLowerInvariant()} histogram from {first:yyyy-MM-dd} to {last:yyyy-MM-dd} has more than {MaxBuckets} buckets; use a longer interval or a shorter date range.")
                { Input = "interval" };
            }

            buckets.Add(new HistogramBucket(start, counts.GetValueOrDefault(start)));
        }

        return new DateHistogram(interval, field, buckets);
    }
}
