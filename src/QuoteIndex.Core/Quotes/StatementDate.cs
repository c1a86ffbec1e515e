using System.Globalization;
using System.Text.Json.Serialization;

namespace QuoteIndex.Core.Quotes;

/// <summary>
/// The day a statement was made, and what that rests on. The year may be unknown: an article without a
/// publication date that says "on September 24" gives a month and day, and guessing a year would invent a fact.
/// </summary>
public sealed record StatementDate
{
    [JsonConstructor]
    public StatementDate(int? year, int month, int day, DateSource source, string? basis = null)
    {
        // Day 29 of February is valid in some year; with the year known it must be valid in that year.
        var daysInMonth = DateTime.DaysInMonth(year ?? 2000, month is >= 1 and <= 12 ? month : throw new ArgumentOutOfRangeException(nameof(month)));
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, daysInMonth);
        if (year is < 1 or > 9999)
            throw new ArgumentOutOfRangeException(nameof(year));
        Year = year;
        Month = month;
        Day = day;
        Source = source;
        Basis = basis;
    }

    public StatementDate(DateOnly date, DateSource source, string? basis = null)
        : this(date.Year, date.Month, date.Day, source, basis)
    {
    }

    /// <summary>Null when the text gives a month and day but nothing fixes the year.</summary>
    public int? Year { get; }
    public int Month { get; }
    public int Day { get; }
    public DateSource Source { get; }

    /// <summary>The words the date rests on ("on Tuesday", "Sept. 24"), when the text states it.</summary>
    public string? Basis { get; }

    [JsonIgnore]
    public DateOnly? Date => Year is { } year ? new DateOnly(year, Month, Day) : null;

    /// <summary>ISO 8601: "2024-09-24", or "--09-24" when the year is unknown.</summary>
    public override string ToString() =>
        Year is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{Month:D2}-{Day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"--{Month:D2}-{Day:D2}");
}

public enum DateSource
{
    /// <summary>The text states or implies the day ("on Tuesday", "Sept. 24").</summary>
    Stated,

    /// <summary>No day in the text; the article's publication date stands in.</summary>
    Published,
}
