using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

/// <summary>Term-level queries (no analysis; a keyword field's normaliser applies) by field type.</summary>
internal static class TermLevel
{
    public static Query Term(FieldMapping field, string value, double boost, bool caseInsensitive = false, TimeProvider? clock = null)
    {
        switch (field.Kind)
        {
            case FieldKind.Date:
                // A date term is the range from the value to the value rounded up (the whole day for "2024-05-01").
                var clockOrSystem = clock ?? TimeProvider.System;
                var low = field.Dates!.ParseBound(value, roundUp: false, clockOrSystem);
                var high = field.Dates.ParseBound(value, roundUp: true, clockOrSystem);
                return FieldTestQuery.Numbers(field, n => n >= low && n <= high, boost);
            case FieldKind.Number:
                var number = IndexMapping.ParseNumber(field, value) ?? throw new EmulatorError(400, "query_shard_exception", $"failed to create query: For input string: \"{value}\"");
                return FieldTestQuery.Numbers(field, n => n == number, boost);
            case FieldKind.Boolean:
                return FieldTestQuery.Terms(field, t => t == value, boost);
            default:
                var term = field.Kind == FieldKind.Keyword ? field.NormalizeTerm(value) : value;
                return caseInsensitive
                    ? FieldTestQuery.Terms(field, t => string.Equals(t, term, StringComparison.OrdinalIgnoreCase), boost)
                    : new TermQuery(field, term, boost);
        }
    }

    public static Query Terms(FieldMapping field, IReadOnlyList<string> values, double boost, TimeProvider clock)
    {
        if (field.Kind is FieldKind.Keyword or FieldKind.Text or FieldKind.Boolean)
        {
            var set = values.Select(v => field.Kind == FieldKind.Keyword ? field.NormalizeTerm(v) : v).ToHashSet(StringComparer.Ordinal);
            return FieldTestQuery.Terms(field, set.Contains, boost);
        }

        return new ConstantScoreQuery(new BoolQuery([], values.Select(v => Term(field, v, 1, clock: clock)).ToList(), [], [], 1, 1), boost);
    }

    public static Query Range(FieldMapping field, string? gt, string? gte, string? lt, string? lte, string? format, double boost, TimeProvider clock)
    {
        if (field.Kind is FieldKind.Date or FieldKind.Number)
        {
            var dates = format is null ? field.Dates : new DateFormats(format);
            double? Bound(string? value, bool up) => value is null ? null
                : field.Kind == FieldKind.Date ? dates!.ParseBound(value, up, clock)
                : IndexMapping.ParseNumber(field, value) ?? throw new EmulatorError(400, "query_shard_exception", $"failed to create query: For input string: \"{value}\"");
            var (lowEx, lowIn, highEx, highIn) = (Bound(gt, true), Bound(gte, false), Bound(lt, false), Bound(lte, true));
            return FieldTestQuery.Numbers(field, n =>
                (lowEx is null || n > lowEx) && (lowIn is null || n >= lowIn) && (highEx is null || n < highEx) && (highIn is null || n <= highIn), boost);
        }

        if (field.Kind == FieldKind.Keyword || field.Kind == FieldKind.Text)
        {
            return FieldTestQuery.Terms(field, t =>
                (gt is null || string.CompareOrdinal(t, gt) > 0) && (gte is null || string.CompareOrdinal(t, gte) >= 0)
                && (lt is null || string.CompareOrdinal(t, lt) < 0) && (lte is null || string.CompareOrdinal(t, lte) <= 0), boost);
        }

        throw EmulatorError.NotEmulated($"range query on a [{field.Type}] field");
    }

    public static Query Prefix(FieldMapping field, string value, bool caseInsensitive, double boost)
    {
        RequireTerms(field, "prefix");
        var prefix = field.Kind == FieldKind.Keyword ? field.NormalizeTerm(value) : value;
        var comparison = caseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return FieldTestQuery.Terms(field, t => t.StartsWith(prefix, comparison), boost);
    }

    public static Query Wildcard(FieldMapping field, string pattern, bool caseInsensitive, double boost)
    {
        RequireTerms(field, "wildcard");
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
                regex.Append(Regex.Escape(pattern[++i].ToString()));
            else if (c == '*')
                regex.Append(".*");
            else if (c == '?')
                regex.Append('.');
            else
                regex.Append(Regex.Escape(field.Kind == FieldKind.Keyword ? field.NormalizeTerm(c.ToString()) : c.ToString()));
        }

        var compiled = new Regex(regex.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant | (caseInsensitive ? RegexOptions.IgnoreCase : RegexOptions.None));
        return FieldTestQuery.Terms(field, compiled.IsMatch, boost);
    }

    private static void RequireTerms(FieldMapping field, string query)
    {
        if (field.Kind is not (FieldKind.Keyword or FieldKind.Text))
            throw new EmulatorError(400, "query_shard_exception", $"failed to create query: Can only use {query} queries on keyword and text fields - not on [{field.Path}] which is of type [{field.Type}]");
    }

    public static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
