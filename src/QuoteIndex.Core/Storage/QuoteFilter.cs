using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Storage;

/// <summary>
/// Conditions a quote must meet, shared by search, facets, exports and speaker pages. Every condition given must hold;
/// within one list, any value matches ("speaker A or speaker B"). An empty filter keeps every quote.
/// </summary>
public sealed record QuoteFilter
{
    public static readonly QuoteFilter None = new();

    /// <summary>Speaker keys (<see cref="Speaker.KeyFor"/>).</summary>
    public IReadOnlyList<string> SpeakerKeys { get; init; } = [];

    /// <summary>Outlet names, exactly as stored.</summary>
    public IReadOnlyList<string> Outlets { get; init; } = [];

    public IReadOnlyList<VenueType> VenueTypes { get; init; } = [];

    public IReadOnlyList<QuoteKind> Kinds { get; init; } = [];

    /// <summary>Article language tags ("en"), compared without regard to case.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The statement's own date (<see cref="Quote.Date"/>); quotes whose year is unknown never match a range.</summary>
    public DateRange? StatementDates { get; init; }

    /// <summary>The article's publication day, in UTC.</summary>
    public DateRange? PublishedDates { get; init; }

    /// <summary>Only quotes at least this confident, from 0 to 1.</summary>
    public double? MinConfidence
    {
        get;
        init
        {
            if (value is { } confidence)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(confidence);
                ArgumentOutOfRangeException.ThrowIfGreaterThan(confidence, 1.0);
            }

            field = value;
        }
    }

    public bool IsEmpty =>
        SpeakerKeys.Count == 0 && Outlets.Count == 0 && VenueTypes.Count == 0 && Kinds.Count == 0 && Languages.Count == 0
        && StatementDates is null && PublishedDates is null && MinConfidence is null;
}

/// <summary>Days from <see cref="From"/> to <see cref="To"/>, both included; either end may be open.</summary>
public sealed record DateRange
{
    public DateRange(DateOnly? from, DateOnly? to)
    {
        if (from > to)
            throw new ArgumentException($"The range starts on {from:yyyy-MM-dd}, after its end on {to:yyyy-MM-dd}.", nameof(from));
        From = from;
        To = to;
    }

    public DateOnly? From { get; }
    public DateOnly? To { get; }

    public bool Contains(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);
}
