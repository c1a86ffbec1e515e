using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;

namespace QuoteIndex.Ingestion.Sources.Web;

/// <summary>
/// Feed dates as real feeds write them. The syndication formatters accept strict RFC 822 (RSS) or RFC 3339 (Atom)
/// only and throw on anything else, losing the whole feed; here an odd date is read when it can be and dropped when it
/// cannot, and the item is still fetched.
/// </summary>
public static partial class FeedDates
{
    // Obsolete RFC 822 zone names that feeds still use; military one-letter zones are too rare to bother with.
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    /// <summary>For <see cref="SyndicationFeedFormatter.DateTimeParser"/>: never fails; an unreadable date becomes "none".</summary>
    public static bool Lenient(XmlDateTimeData data, out DateTimeOffset date)
    {
        date = Parse(data.DateTimeString) ?? default;
        return true;
    }

    /// <summary>An RFC 822, RFC 3339 or other invariant-culture date; null when none can be read.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = DayName().Replace(value.Trim(), "");
        text = Zone().Replace(text, m => Zones.TryGetValue(m.Groups["zone"].Value, out var offset) ? " " + offset : m.Value);
        text = CompactOffset().Replace(text, "${sign}${hours}:${minutes}");
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    [GeneratedRegex(@"^[A-Za-z]{3,9},\s*")]
    private static partial Regex DayName();

    [GeneratedRegex(@"\s+(?<zone>[A-Za-z]{1,3})$")]
    private static partial Regex Zone();

    [GeneratedRegex(@"(?<sign>[+-])(?<hours>\d{2})(?<minutes>\d{2})$")]
    private static partial Regex CompactOffset();
}
