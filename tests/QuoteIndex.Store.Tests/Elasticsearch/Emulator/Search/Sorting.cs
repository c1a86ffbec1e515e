using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Search;

/// <summary>
/// One sort criterion: _score, _doc, _shard_doc or a field with its order, "missing" and "unmapped_type". Each
/// hit's sort value is written as Elasticsearch writes it (a long for dates, a string for keywords, null for a
/// missing keyword) and search_after values are read back the same way.
/// </summary>
internal sealed class SortSpec
{
    private SortSpec(string field, bool descending)
    {
        Field = field;
        Descending = descending;
    }

    public string Field { get; }

    public bool Descending { get; }

    public bool MissingFirst { get; private init; }

    public JsonNode? MissingValue { get; private init; }

    public string? UnmappedType { get; private init; }

    public string? Mode { get; private init; }

    public string? Format { get; private init; }

    public bool IsScore => Field == "_score";

    public static List<SortSpec> Parse(JsonNode? node)
    {
        var specs = new List<SortSpec>();
        foreach (var item in Json.Many(node))
        {
            if (item is JsonObject o)
            {
                foreach (var (field, value) in o)
                    specs.Add(value is JsonObject options ? FromOptions(field, options) : Create(field, Json.String(value)));
            }
            else
            {
                specs.Add(Create(Json.String(item) ?? throw EmulatorError.Parsing("[sort] malformed"), null));
            }
        }

        return specs;
    }

    /// <summary>Compares two hits' sort keys criterion by criterion.</summary>
    public static int CompareKeys(IReadOnlyList<SortSpec> sorts, object?[] a, object?[] b)
    {
        for (var i = 0; i < sorts.Count; i++)
        {
            var c = sorts[i].Compare(a[i], b[i]);
            if (c != 0)
                return c;
        }

        return 0;
    }

    /// <summary>The hits with their sort keys in sort order; ties in shard then document order, as Lucene breaks them.</summary>
    /// <param name="sorts">The criteria.</param>
    /// <param name="hits">The hits to order.</param>
    /// <param name="field">The mapped field of criterion i for a hit's index (null for _score, _doc and unmapped fields).</param>
    public static List<(Hit Hit, object?[] Key)> Order(IReadOnlyList<SortSpec> sorts, IEnumerable<Hit> hits, Func<Hit, int, FieldMapping?> field)
    {
        var keyed = hits.Select(h => (Hit: h, Key: sorts.Select((s, i) => s.Value(h, field(h, i))).ToArray())).ToList();
        keyed.Sort((a, b) =>
        {
            var c = CompareKeys(sorts, a.Key, b.Key);
            return c != 0 ? c : a.Hit.Shard != b.Hit.Shard ? a.Hit.Shard.CompareTo(b.Hit.Shard) : a.Hit.Doc.CompareTo(b.Hit.Doc);
        });
        return keyed;
    }

    public static SortSpec ShardDocSpec() => new("_shard_doc", false);

    private static SortSpec Create(string field, string? order) => new(field, IsDescending(field, order));

    private static bool IsDescending(string field, string? order) => order switch
    {
        null => field == "_score",
        "asc" => false,
        "desc" => true,
        _ => throw EmulatorError.BadRequest($"Unknown SortOrder [{order}]"),
    };

    private static SortSpec FromOptions(string field, JsonObject o)
    {
        Json.OnlyKeys(o, "sort", "order", "missing", "unmapped_type", "mode", "format", "numeric_type");
        if (Json.String(o["numeric_type"]) is { } numericType && field != "_score")
            throw EmulatorError.NotEmulated($"sort numeric_type [{numericType}]");
        var missing = o["missing"];
        return new SortSpec(field, IsDescending(field, Json.String(o["order"])))
        {
            MissingFirst = Json.String(missing) == "_first",
            MissingValue = Json.String(missing) is null or "_first" or "_last" ? null : missing!.DeepClone(),
            UnmappedType = Json.String(o["unmapped_type"]),
            Mode = Json.String(o["mode"]),
            Format = Json.String(o["format"]),
        };
    }

    /// <summary>Checks the field can be sorted on in this index (doc values, not text); null for an unmapped field.</summary>
    public FieldMapping? Check(IndexMapping mapping, string index)
    {
        if (Field is "_score" or "_doc" or "_shard_doc")
            return null;
        if (mapping.Field(Field) is not { } field)
        {
            return UnmappedType is not null ? null
                : throw new EmulatorError(400, "query_shard_exception", $"No mapping found for [{Field}] in order to sort on", index).AsShardFailure(index);
        }

        if (field.Kind == FieldKind.Text)
        {
            throw new EmulatorError(400, "illegal_argument_exception",
                $"Fielddata is disabled on [{Field}] in [{index}]. Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [{Field}] in order to load field data by uninverting the inverted index. Note that this can use significant memory.").AsShardFailure(index);
        }

        if (!field.DocValues)
        {
            throw new EmulatorError(400, "illegal_argument_exception",
                $"Can't load fielddata on [{Field}] because fielddata is unsupported on fields of type [{field.Type}]. Use doc values instead.").AsShardFailure(index);
        }

        return field;
    }

    /// <summary>The hit's value for this criterion: a double, a string, or null for a missing keyword.</summary>
    public object? Value(Hit hit, FieldMapping? field)
    {
        switch (Field)
        {
            case "_score":
                return (double)(float)hit.Score;
            case "_doc":
                return (double)hit.Doc;
            case "_shard_doc":
                return (double)hit.ShardDoc;
        }

        if (field is null || hit.Document.Field(field.Path) is not { } data)
            return Missing(field);
        var descendingMode = Mode is "max" || (Mode is null && Descending);
        if (field.Kind is FieldKind.Keyword or FieldKind.Boolean)
        {
            if (data.Terms.Count == 0)
                return Missing(field);
            return descendingMode ? data.Terms.Max(StringComparer.Ordinal) : data.Terms.Min(StringComparer.Ordinal);
        }

        if (data.Numbers.Count == 0)
            return Missing(field);
        return Mode switch
        {
            "avg" => data.Numbers.Average(),
            "sum" => data.Numbers.Sum(),
            "median" => data.Numbers.Order().ElementAt(data.Numbers.Count / 2),
            _ => descendingMode ? data.Numbers.Max() : data.Numbers.Min(),
        };
    }

    private object? Missing(FieldMapping? field)
    {
        var keyword = field is null ? UnmappedType is "keyword" or "text" : field.Kind is FieldKind.Keyword or FieldKind.Boolean;
        if (MissingValue is not null)
            return keyword ? Json.String(MissingValue) : ParseNumber(field, Json.String(MissingValue)!);
        if (keyword)
            return null;
        // Numbers: Elasticsearch substitutes the extreme that puts missing values where asked.
        return MissingFirst == Descending ? double.PositiveInfinity : double.NegativeInfinity;
    }

    /// <summary>Compares two values in this criterion's order; null (a missing keyword) goes where "missing" says.</summary>
    public int Compare(object? a, object? b)
    {
        if (a is null || b is null)
        {
            if (a is null && b is null)
                return 0;
            var missingA = a is null ? -1 : 1;
            return MissingFirst ? missingA : -missingA;
        }

        var order = a is string sa ? string.CompareOrdinal(sa, (string)b) : ((double)a).CompareTo((double)b);
        return Descending ? -order : order;
    }

    /// <summary>The value as a hit's "sort" array shows it.</summary>
    public JsonNode? ToJson(object? value, FieldMapping? field)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                return s;
        }

        var number = (double)value;
        if (Field == "_score")
            return JsonValue.Create((float)number);
        if (Field is "_doc")
            return JsonValue.Create((int)number);
        if (Field is "_shard_doc")
            return JsonValue.Create((long)number);
        var integral = field is null ? UnmappedType is "long" or "integer" or "date" : field.Kind == FieldKind.Date || field.Integral;
        if (integral)
        {
            if (double.IsPositiveInfinity(number))
                return long.MaxValue;
            if (double.IsNegativeInfinity(number))
                return long.MinValue;
            if (Format is not null && field?.Dates is not null)
                return new DateFormats(Format).Format((long)number);
            return JsonValue.Create((long)number);
        }

        if (double.IsInfinity(number))
            return number > 0 ? "Infinity" : "-Infinity";
        return JsonValue.Create(number);
    }

    /// <summary>A search_after value read back into this criterion's terms.</summary>
    public object? FromJson(JsonNode? node, FieldMapping? field)
    {
        if (node is null)
            return null;
        var text = Json.String(node)!;
        // Scores are floats in Elasticsearch: the value read back must be the float the hit carried.
        if (Field == "_score")
            return (double)float.Parse(text, CultureInfo.InvariantCulture);
        if (Field is "_doc" or "_shard_doc")
            return double.Parse(text, CultureInfo.InvariantCulture);
        var keyword = field is null ? UnmappedType is "keyword" or "text" : field.Kind is FieldKind.Keyword or FieldKind.Boolean;
        if (keyword)
            return text;
        return text switch
        {
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ when node.GetValueKind() == JsonValueKind.Number && long.TryParse(text, out var l) =>
                l == long.MaxValue ? double.PositiveInfinity : l == long.MinValue ? double.NegativeInfinity : l,
            _ => ParseNumber(field, text),
        };
    }

    private double ParseNumber(FieldMapping? field, string text)
    {
        if (field?.Dates is { } dates && (Format is null ? dates.TryParse(text) : new DateFormats(Format).TryParse(text)) is { } millis)
            return millis;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw EmulatorError.BadRequest($"Failed to parse search_after value [{text}] for field [{Field}]");
    }
}
