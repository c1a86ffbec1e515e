namespace QuoteIndex.Core.Storage;

/// <summary>The names of the facets a search counts.</summary>
public static class FacetNames
{
    public const string Speaker = "speaker";
    public const string Outlet = "outlet";
    public const string VenueType = "venueType";
    public const string Kind = "kind";

    public static readonly IReadOnlyList<string> All = [Speaker, Outlet, VenueType, Kind];
}

/// <summary>The most frequent values of one facet among the matches, most frequent first (ties by value).</summary>
/// <param name="Name">One of <see cref="FacetNames"/>.</param>
/// <param name="Values">At most the facet size asked for.</param>
public sealed record QuoteFacet(string Name, IReadOnlyList<FacetValue> Values);

/// <param name="Value">The value to filter by (a speaker key, an outlet name, a venue type or kind term).</param>
/// <param name="Count">Matching quotes with this value, the facet's own filter left out.</param>
/// <param name="Label">What to show: the speaker's name for a speaker key; otherwise the value.</param>
public sealed record FacetValue(string Value, long Count, string Label);

public enum HistogramInterval { Day, Week, Month, Year }

/// <summary>Matches per interval, from the first to the last non-empty one (or the filter's date range), empty ones included.</summary>
public sealed record DateHistogram(HistogramInterval Interval, QuoteDateField Field, IReadOnlyList<HistogramBucket> Buckets);

/// <param name="Start">The first day of the bucket: the day, the Monday, the first of the month or of the year.</param>
/// <param name="Count">Matches dated in the bucket.</param>
public sealed record HistogramBucket(DateOnly Start, long Count);
