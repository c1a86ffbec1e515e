using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Quotes;

/// <summary>
/// The filter parameters every quote listing takes (search, export, speaker pages), bound with <c>[AsParameters]</c>.
/// Values arrive as text and are checked here, so a bad value gets an error that names the parameter and the value.
/// </summary>
public sealed class QuoteFilterParameters
{
    [Description("Speaker key(s) to keep, e.g. `antony-blinken` (a name is turned into its key); repeat for several.")]
    [FromQuery(Name = "speaker")]
    public string[]? Speaker { get; init; }

    [Description("Outlet name(s) to keep, exactly as stored; repeat for several.")]
    [FromQuery(Name = "outlet")]
    public string[]? Outlet { get; init; }

    [Description("Venue type(s) to keep: event, interview, pressconference, statement, socialmedia, broadcast, hearing, debate, other.")]
    [FromQuery(Name = "venueType")]
    public string[]? VenueType { get; init; }

    [Description("Kind(s) of statement to keep: direct, partial, indirect, headline.")]
    [FromQuery(Name = "kind")]
    public string[]? Kind { get; init; }

    [Description("Article language tag(s) to keep, e.g. `en`.")]
    [FromQuery(Name = "language")]
    public string[]? Language { get; init; }

    [Description("First day of the statement date range, `YYYY-MM-DD`, included.")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Last day of the statement date range, `YYYY-MM-DD`, included.")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("First day of the publication date range (UTC), `YYYY-MM-DD`, included.")]
    [FromQuery(Name = "publishedFrom")]
    public string? PublishedFrom { get; init; }

    [Description("Last day of the publication date range (UTC), `YYYY-MM-DD`, included.")]
    [FromQuery(Name = "publishedTo")]
    public string? PublishedTo { get; init; }

    [Description("Only quotes at least this confident, from 0 to 1.")]
    [FromQuery(Name = "minConfidence")]
    public double? MinConfidence { get; init; }

    /// <summary>The filter these parameters describe; each invalid parameter adds its message to <paramref name="errors"/>.</summary>
    public QuoteFilter ToFilter(IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var statementDates = Range("from", From, "to", To, errors);
        var publishedDates = Range("publishedFrom", PublishedFrom, "publishedTo", PublishedTo, errors);
        if (MinConfidence is < 0 or > 1 || MinConfidence is { } c && double.IsNaN(c))
            errors["minConfidence"] = [$"minConfidence must be between 0 and 1; '{MinConfidence}' is not."];

        return new QuoteFilter
        {
            SpeakerKeys = Values(Speaker).Select(Core.Quotes.Speaker.KeyFor).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
            Outlets = Values(Outlet).Distinct(StringComparer.Ordinal).ToArray(),
            VenueTypes = Enums<VenueType>("venueType", VenueType, errors),
            Kinds = Enums<QuoteKind>("kind", Kind, errors),
            Languages = Values(Language).Select(l => l.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray(),
            StatementDates = statementDates,
            PublishedDates = publishedDates,
            MinConfidence = errors.ContainsKey("minConfidence") ? null : MinConfidence,
        };
    }

    private static IEnumerable<string> Values(string[]? values) =>
        (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0);

    private static T[] Enums<T>(string name, string[]? values, IDictionary<string, string[]> errors)
        where T : struct, Enum
    {
        var parsed = new List<T>();
        foreach (var value in Values(values))
        {
            // Enum.TryParse also takes numbers ("3"); only the names are part of the contract.
            if (!char.IsAsciiDigit(value[0]) && value[0] != '-' && Enum.TryParse<T>(value.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var one))
            {
                parsed.Add(one);
                continue;
            }

            var allowed = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
            errors[name] = [$"'{value}' is not a {name}; use one of: {allowed}."];
        }

        return [.. parsed.Distinct()];
    }

    private static DateRange? Range(string fromName, string? from, string toName, string? to, IDictionary<string, string[]> errors)
    {
        var first = Day(fromName, from, errors);
        var last = Day(toName, to, errors);
        if (first is null && last is null)
            return null;
        if (first > last)
        {
            errors[fromName] = [$"{fromName} ({first:yyyy-MM-dd}) is after {toName} ({last:yyyy-MM-dd})."];
            return null;
        }

        return new DateRange(first, last);
    }

    private static DateOnly? Day(string name, string? value, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        errors[name] = [$"{name} must be a date written YYYY-MM-DD; '{value}' is not."];
        return null;
    }
}
