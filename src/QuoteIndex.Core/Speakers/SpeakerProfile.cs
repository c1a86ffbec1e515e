using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Core.Speakers;

/// <summary>What the index knows of one speaker: names, roles, how much and when they were quoted, where, and lately what.</summary>
/// <param name="Key">The speaker key.</param>
/// <param name="Name">The display name their quotes give most often.</param>
/// <param name="Aliases">Other names seen: other spellings of the name, and the aliases of the sampled quotes.</param>
/// <param name="Roles">Roles seen in the sampled quotes, with counts, most first.</param>
/// <param name="Organisations">Organisations seen in the sampled quotes, with counts, most first.</param>
/// <param name="QuoteCount">How many of their quotes meet the filter.</param>
/// <param name="FirstStatementDate">The earliest statement date among them.</param>
/// <param name="LastStatementDate">The latest statement date among them.</param>
/// <param name="FirstPublished">The earliest publication time of their articles (UTC).</param>
/// <param name="LastPublished">The latest publication time of their articles (UTC).</param>
/// <param name="TopOutlets">The <see cref="TopCount"/> outlets that quote them most, with counts.</param>
/// <param name="TopVenues">The <see cref="TopCount"/> venues they spoke at most, with counts.</param>
/// <param name="QuotesByMonth">Quotes per month (statement date, else publication date), every month from the first to the last, empty months included.</param>
/// <param name="UndatedQuotes">Quotes in no month: neither a full statement date nor a publication date.</param>
/// <param name="SampledQuotes">How many of the newest quotes roles, organisations and aliases were read from (at most <see cref="SampleSize"/>).</param>
/// <param name="LatestQuotes">The newest quotes, at most <see cref="LatestCount"/>.</param>
public sealed record SpeakerProfile(
    string Key,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ValueCount> Roles,
    IReadOnlyList<ValueCount> Organisations,
    long QuoteCount,
    DateOnly? FirstStatementDate,
    DateOnly? LastStatementDate,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished,
    IReadOnlyList<ValueCount> TopOutlets,
    IReadOnlyList<ValueCount> TopVenues,
    IReadOnlyList<MonthCount> QuotesByMonth,
    long UndatedQuotes,
    int SampledQuotes,
    IReadOnlyList<Quote> LatestQuotes)
{
    /// <summary>Outlets and venues listed.</summary>
    public const int TopCount = 10;

    /// <summary>Latest quotes listed.</summary>
    public const int LatestCount = 10;

    /// <summary>
    /// Roles, organisations and aliases live only in the stored quotes, so they are read from this many of the newest
    /// quotes: a speaker page costs the same for a speaker quoted a million times, and shows their current roles.
    /// </summary>
    public const int SampleSize = 100;

    /// <summary>The profile of the speaker whose statistics (with <see cref="SampleSize"/> recent quotes) are given.</summary>
    public static SpeakerProfile From(SpeakerStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var name = statistics.Names.Count > 0 ? statistics.Names[0].Value : statistics.Key;
        var speakers = statistics.Recent.Select(q => q.Speaker).OfType<Speaker>().ToList();
        var aliases = statistics.Names.Select(n => n.Value)
            .Concat(speakers.SelectMany(s => s.Aliases))
            .Select(a => a.Trim())
            .Where(a => a.Length > 0 && !string.Equals(a, name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new SpeakerProfile(
            statistics.Key,
            name,
            aliases,
            Counted(speakers.Select(s => s.Role)),
            Counted(speakers.Select(s => s.Organisation)),
            statistics.QuoteCount,
            statistics.FirstStatementDay,
            statistics.LastStatementDay,
            statistics.FirstPublished,
            statistics.LastPublished,
            [.. statistics.Outlets.Take(TopCount)],
            [.. statistics.Venues.Take(TopCount)],
            WithEmptyMonths(statistics.Months),
            statistics.Undated,
            statistics.Recent.Count,
            [.. statistics.Recent.Take(LatestCount)]);
    }

    /// <summary>Every month from the first to the last of <paramref name="months"/> (which are in order), 0 where none is given.</summary>
    public static IReadOnlyList<MonthCount> WithEmptyMonths(IReadOnlyList<MonthCount> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (months.Count == 0)
            return [];
        var counts = months.ToDictionary(m => (m.Year * 12) + m.Month - 1, m => m.Count);
        var first = counts.Keys.Min();
        var last = counts.Keys.Max();
        return [.. Enumerable.Range(first, last - first + 1).Select(m => new MonthCount(m / 12, (m % 12) + 1, counts.GetValueOrDefault(m)))];
    }

    private static IReadOnlyList<ValueCount> Counted(IEnumerable<string?> values) =>
        ValueCount.Ranked(values
            .Select(v => v?.Trim())
            .Where(v => !string.IsNullOrEmpty(v))
            .GroupBy(v => v!, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, (long)g.Count())));
}
