using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Storage;

/// <summary>
/// What a store counts of one speaker's quotes for the speaker page, from its index alone: counts come from indexed
/// values, never from reading quotes, so they stay exact and cheap for a speaker with a million quotes. Only
/// <see cref="Recent"/> holds whole quotes.
/// </summary>
/// <param name="Key">The speaker key.</param>
/// <param name="Names">Every display name stored under the key with its number of quotes, most quotes first; over all the
/// speaker's quotes, whatever the filter.</param>
/// <param name="QuoteCount">How many of the speaker's quotes meet the filter.</param>
/// <param name="FirstStatementDay">The earliest statement date among them; null when none has a full date.</param>
/// <param name="LastStatementDay">The latest statement date among them.</param>
/// <param name="FirstPublished">The earliest publication time of their articles (UTC); null when none is dated.</param>
/// <param name="LastPublished">The latest publication time of their articles (UTC).</param>
/// <param name="Outlets">Outlets with their numbers of quotes, most first (ties by name).</param>
/// <param name="Venues">Venue names with their numbers of quotes, most first (ties by name).</param>
/// <param name="Months">Quotes per month of the statement date, or of the publication date when the statement's year is
/// unknown; only months with quotes, in order.</param>
/// <param name="Undated">Quotes with neither a full statement date nor a publication date, in no month.</param>
/// <param name="Recent">The newest quotes that meet the filter (by publication time, undated last), at most the number asked.</param>
public sealed record SpeakerStatistics(
    string Key,
    IReadOnlyList<ValueCount> Names,
    long QuoteCount,
    DateOnly? FirstStatementDay,
    DateOnly? LastStatementDay,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished,
    IReadOnlyList<ValueCount> Outlets,
    IReadOnlyList<ValueCount> Venues,
    IReadOnlyList<MonthCount> Months,
    long Undated,
    IReadOnlyList<Quote> Recent);

/// <summary>A value and how many quotes carry it.</summary>
public sealed record ValueCount(string Value, long Count)
{
    /// <summary>Most quotes first, ties by value (ordinal), so equal counts list the same way every time.</summary>
    public static IReadOnlyList<ValueCount> Ranked(IEnumerable<KeyValuePair<string, long>> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new ValueCount(c.Key, c.Value)).ToList();
}

/// <summary>How many quotes fall in one calendar month.</summary>
public sealed record MonthCount(int Year, int Month, long Count);
