using System.Globalization;
using System.Text.RegularExpressions;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

/// <summary>
/// Elasticsearch date formats ("strict_date||epoch_millis", "yyyy-MM-dd", ...) for parsing and printing, as UTC
/// milliseconds since the epoch. Formats the emulator cannot read fail the request by name.
/// </summary>
internal sealed partial class DateFormats
{
    public const string Default = "strict_date_optional_time||epoch_millis";

    private readonly string[] _formats;

    public DateFormats(string? formats)
    {
        Text = formats ?? Default;
        _formats = Text.Split("||");
        foreach (var format in _formats)
        {
            if (!IsNamed(format) && DotNetPattern(format) is null)
                throw EmulatorError.NotEmulated($"date format [{format}]");
        }
    }

    public string Text { get; }

    /// <summary>
    /// A bound of a range query: a date in these formats or date math ("now-1d/d", "2024-01-01||+1M"). An upper
    /// bound (gt, lte) rounds up as Elasticsearch does: missing time components become their largest value, and
    /// "/unit" rounds to the last millisecond of the unit.
    /// </summary>
    public long ParseBound(string value, bool roundUp, TimeProvider clock)
    {
        string anchor, math;
        long millis;
        if (value.StartsWith("now", StringComparison.Ordinal))
        {
            (anchor, math) = ("now", value[3..]);
            millis = clock.GetUtcNow().ToUnixTimeMilliseconds();
        }
        else
        {
            var at = value.IndexOf("||", StringComparison.Ordinal);
            (anchor, math) = at < 0 ? (value, "") : (value[..at], value[(at + 2)..]);
            millis = TryParse(anchor) ?? throw new EmulatorError(400, "parse_exception", $"failed to parse date field [{anchor}] with format [{Text}]");
            if (roundUp && math.Length == 0)
                millis += MissingComponents(anchor);
        }

        var time = DateTimeOffset.FromUnixTimeMilliseconds(millis);
        var i = 0;
        while (i < math.Length)
        {
            var op = math[i++];
            var start = i;
            while (i < math.Length && char.IsAsciiDigit(math[i]))
                i++;
            var amount = i > start ? int.Parse(math[start..i], CultureInfo.InvariantCulture) : 1;
            if (i >= math.Length)
                throw new EmulatorError(400, "parse_exception", $"truncated date math [{value}]");
            var unit = math[i++];
            if (op == '/')
                time = Round(time, unit, roundUp);
            else if (op is '+' or '-')
                time = Add(time, unit, op == '+' ? amount : -amount);
            else
                throw new EmulatorError(400, "parse_exception", $"operator not supported for date math [{value}]");
        }

        return time.ToUnixTimeMilliseconds();
    }

    private static DateTimeOffset Add(DateTimeOffset time, char unit, int amount) => unit switch
    {
        'y' => time.AddYears(amount),
        'M' => time.AddMonths(amount),
        'w' => time.AddDays(7 * amount),
        'd' => time.AddDays(amount),
        'h' or 'H' => time.AddHours(amount),
        'm' => time.AddMinutes(amount),
        's' => time.AddSeconds(amount),
        _ => throw new EmulatorError(400, "parse_exception", $"unit [{unit}] not supported for date math"),
    };

    private static DateTimeOffset Round(DateTimeOffset time, char unit, bool up)
    {
        var floor = unit switch
        {
            'y' => new DateTimeOffset(time.Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
            'M' => new DateTimeOffset(time.Year, time.Month, 1, 0, 0, 0, TimeSpan.Zero),
            'w' => new DateTimeOffset(time.Date, TimeSpan.Zero).AddDays(-(((int)time.DayOfWeek + 6) % 7)),
            'd' => new DateTimeOffset(time.Date, TimeSpan.Zero),
            'h' or 'H' => new DateTimeOffset(time.Year, time.Month, time.Day, time.Hour, 0, 0, TimeSpan.Zero),
            'm' => new DateTimeOffset(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, TimeSpan.Zero),
            's' => new DateTimeOffset(time.Year, time.Month, time.Day, time.Hour, time.Minute, time.Second, TimeSpan.Zero),
            _ => throw new EmulatorError(400, "parse_exception", $"unit [{unit}] not supported for date math"),
        };
        return up ? Add(floor, unit, 1).AddMilliseconds(-1) : floor;
    }

    // Elasticsearch's upper bounds fill missing hours, minutes, seconds and milliseconds with their largest values.
    private static long MissingComponents(string value)
    {
        var match = IsoDate().Match(value);
        if (!match.Success || value.All(char.IsAsciiDigit))
            return 0;
        if (!match.Groups["hour"].Success)
            return 86_399_999;
        if (!match.Groups["minute"].Success)
            return 3_599_999;
        if (!match.Groups["second"].Success)
            return 59_999;
        return match.Groups["fraction"].Success ? 0 : 999;
    }

    public long? TryParse(string value)
    {
        foreach (var format in _formats)
        {
            if (TryParse(format, value) is { } millis)
                return millis;
        }

        return null;
    }

    /// <summary>The value in the first format, as "key_as_string" and date hits print it.</summary>
    public string Format(long millis)
    {
        var time = DateTimeOffset.FromUnixTimeMilliseconds(millis);
        return _formats[0] switch
        {
            "epoch_millis" => millis.ToString(CultureInfo.InvariantCulture),
            "epoch_second" => (millis / 1000).ToString(CultureInfo.InvariantCulture),
            "strict_date" or "date" or "strict_year_month_day" or "year_month_day" => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "strict_year_month" or "year_month" => time.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            "strict_year" or "year" => time.ToString("yyyy", CultureInfo.InvariantCulture),
            var f when IsNamed(f) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            var f => time.ToString(DotNetPattern(f)!, CultureInfo.InvariantCulture),
        };
    }

    private static bool IsNamed(string format) => format is "epoch_millis" or "epoch_second" or "strict_date" or "date"
        or "strict_date_optional_time" or "date_optional_time" or "strict_date_optional_time_nanos" or "strict_date_time" or "date_time"
        or "strict_year_month_day" or "year_month_day" or "strict_year_month" or "year_month" or "strict_year" or "year";

    private static long? TryParse(string format, string value)
    {
        switch (format)
        {
            case "epoch_millis":
                return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms) ? ms
                    : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var msd) ? (long)msd : null;
            case "epoch_second":
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? (long)(s * 1000) : null;
            case "strict_date" or "date" or "strict_year_month_day" or "year_month_day":
                return Exact(value, "yyyy-MM-dd");
            case "strict_year_month" or "year_month":
                return Exact(value, "yyyy-MM");
            case "strict_year" or "year":
                return Exact(value, "yyyy");
            case "strict_date_time" or "date_time":
                return IsoDateTime().IsMatch(value) ? Iso(value) : null;
            case var f when IsNamed(f):
                return Iso(value);
            default:
                return Exact(value, DotNetPattern(format)!);
        }
    }

    private static long? Exact(string value, string pattern) =>
        DateTimeOffset.TryParseExact(value, pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time.ToUnixTimeMilliseconds() : null;

    private static long? Iso(string value)
    {
        var match = IsoDate().Match(value);
        if (!match.Success)
            return null;
        static int Part(Group g, int fallback) => g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : fallback;
        try
        {
            var fraction = match.Groups["fraction"].Success ? match.Groups["fraction"].Value.PadRight(7, '0')[..7] : "0";
            var offset = match.Groups["zone"].Value switch
            {
                "" or "Z" or "z" => TimeSpan.Zero,
                var zone => TimeSpan.ParseExact(zone.Replace(":", "", StringComparison.Ordinal)[1..], "hhmm", CultureInfo.InvariantCulture) * (zone[0] == '-' ? -1 : 1),
            };
            var time = new DateTimeOffset(
                Part(match.Groups["year"], 1970), Part(match.Groups["month"], 1), Part(match.Groups["day"], 1),
                Part(match.Groups["hour"], 0), Part(match.Groups["minute"], 0), Part(match.Groups["second"], 0), offset)
                .AddTicks(long.Parse(fraction, CultureInfo.InvariantCulture));
            return time.ToUnixTimeMilliseconds();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A Java date pattern made of the common letters, in .NET's spelling; null for anything else.</summary>
    private static string? DotNetPattern(string java) =>
        JavaPattern().IsMatch(java)
            ? java.Replace("uuuu", "yyyy", StringComparison.Ordinal).Replace("SSS", "fff", StringComparison.Ordinal).Replace("XXX", "zzz", StringComparison.Ordinal)
            : null;

    [GeneratedRegex(@"^(?<year>\d{4})(-(?<month>\d{2})(-(?<day>\d{2})([T ](?<hour>\d{2})(:(?<minute>\d{2})(:(?<second>\d{2})([.,](?<fraction>\d{1,9}))?)?)?(?<zone>Z|z|[+-]\d{2}:?\d{2})?)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^(yyyy|uuuu|MM|dd|HH|mm|ss|SSS|XXX|'T'|[-/:. T])+$", RegexOptions.CultureInvariant)]
    private static partial Regex JavaPattern();
}
