using System.Text.RegularExpressions;
using QuoteIndex.Core.Extraction.Occasions;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>The venue and date rules of shared/eval/score.py (venue_ok, date_ok), for gold spans paired with themselves.</summary>
internal sealed partial class OccasionScore
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "in", "at", "on", "to", "with", "for", "and", "his", "her", "their", "during",
    };

    public int Statements { get; private set; }
    public int VenuesRight { get; private set; }
    public int DatesRight { get; private set; }
    public int StatedVenues { get; private set; }
    public int StatedVenuesFound { get; private set; }
    public int StatedDates { get; private set; }
    public int StatedDatesFound { get; private set; }

    public double VenueAccuracy => Statements == 0 ? 0 : 100.0 * VenuesRight / Statements;
    public double DateAccuracy => Statements == 0 ? 0 : 100.0 * DatesRight / Statements;

    public (bool Venue, bool Date) Add(GoldStatement gold, Occasion predicted)
    {
        Statements++;
        var venueOk = VenueOk(gold.Venue, predicted.Venue?.Name);
        VenuesRight += venueOk ? 1 : 0;
        if (!string.IsNullOrEmpty(gold.Venue))
        {
            StatedVenues++;
            StatedVenuesFound += venueOk ? 1 : 0;
        }

        // A date that only repeats the publication date is no claim about when it was said.
        var date = predicted.Date is { } d && (!string.IsNullOrEmpty(gold.Date) || d.Source != DateSource.Published) ? d.ToString() : null;
        var dateOk = DateOk(gold.Date, date);
        DatesRight += dateOk ? 1 : 0;
        if (!string.IsNullOrEmpty(gold.Date))
        {
            StatedDates++;
            StatedDatesFound += dateOk ? 1 : 0;
        }

        return (venueOk, dateOk);
    }

    public static bool VenueOk(string? gold, string? predicted)
    {
        if (string.IsNullOrEmpty(gold) || string.IsNullOrEmpty(predicted))
            return string.IsNullOrEmpty(gold) && string.IsNullOrEmpty(predicted);
        var want = ContentWords(gold);
        var got = ContentWords(predicted);
        return want.Count > 0 && (double)want.Count(got.Contains) / want.Count >= 0.5;
    }

    public static bool DateOk(string? gold, string? predicted)
    {
        if (string.IsNullOrEmpty(gold) || string.IsNullOrEmpty(predicted))
            return string.IsNullOrEmpty(gold) && string.IsNullOrEmpty(predicted);
        predicted = predicted[..Math.Min(10, predicted.Length)];
        return gold.StartsWith("--", StringComparison.Ordinal) ? predicted.EndsWith(gold[1..], StringComparison.Ordinal) : predicted == gold[..Math.Min(10, gold.Length)];
    }

    private static HashSet<string> ContentWords(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => !Stop.Contains(w))];

    [GeneratedRegex("[a-z0-9]+", RegexOptions.NonBacktracking)]
    private static partial Regex WordPattern();

    public override string ToString() =>
        $"venue accuracy {VenueAccuracy:F1}% ({VenuesRight}/{Statements}), stated venues found {StatedVenuesFound}/{StatedVenues}; " +
        $"date accuracy {DateAccuracy:F1}% ({DatesRight}/{Statements}), stated dates found {StatedDatesFound}/{StatedDates}";
}
