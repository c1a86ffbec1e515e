using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

internal enum FieldKind { Keyword, Text, Date, Number, Boolean, Object }

/// <summary>One mapped field (or object) with what indexing and searching it needs: its analysers, date format, scaling.</summary>
internal sealed class FieldMapping
{
    public required string Path { get; init; }

    public required string Type { get; init; }

    public FieldKind Kind { get; init; }

    public TextAnalyzer? Analyzer { get; init; }

    public TextAnalyzer? SearchAnalyzer { get; init; }

    public TextAnalyzer? Normalizer { get; init; }

    public DateFormats? Dates { get; init; }

    public double? ScalingFactor { get; init; }

    public bool Integral { get; init; }

    public bool DocValues { get; init; } = true;

    public bool Indexed { get; init; } = true;

    public int? IgnoreAbove { get; init; }

    public bool Enabled { get; init; } = true;

    public string? Dynamic { get; init; }

    public Dictionary<string, FieldMapping> Properties { get; } = new(StringComparer.Ordinal);

    public List<FieldMapping> SubFields { get; } = [];

    /// <summary>What a keyword or text query term becomes in this field's index (the normaliser of a keyword field).</summary>
    public string NormalizeTerm(string value) => Normalizer?.Normalize(value) ?? value;
}

/// <summary>
/// An index's mapping: every field by its full path (sub-fields as "text.exact"), and the document parser that
/// turns a source into the indexed values, refusing what Elasticsearch refuses (unknown fields under "dynamic":
/// "strict", values a field cannot hold).
/// </summary>
internal sealed class IndexMapping
{
    private const int MaxTermBytes = 32766;
    private const int PositionIncrementGap = 100;

    private static readonly string[] TypeNames = ["keyword", "text", "date", "scaled_float", "long", "integer", "short", "byte", "double", "float", "half_float", "boolean", "object"];

    public IndexMapping(JsonObject? mappings, Analysis analysis)
    {
        Raw = mappings?.DeepClone().AsObject() ?? [];
        Json.OnlyKeys(Raw, "mappings", "dynamic", "_meta", "properties");
        Root = new FieldMapping { Path = "", Type = "object", Kind = FieldKind.Object, Dynamic = Json.String(Raw["dynamic"]) ?? "true" };
        if (Root.Dynamic is not ("strict" or "false" or "true"))
            throw new EmulatorError(400, "mapper_parsing_exception", $"Failed to parse mapping: Could not convert [dynamic.dynamic] to boolean");
        foreach (var (name, node) in Raw["properties"] as JsonObject ?? [])
            AddField(Root, name, Json.Object(node, name), analysis);
    }

    /// <summary>The mapping as given (for GET /{index}/_mapping).</summary>
    public JsonObject Raw { get; }

    public FieldMapping Root { get; }

    /// <summary>Every indexed leaf field and sub-field by path.</summary>
    public Dictionary<string, FieldMapping> Fields { get; } = new(StringComparer.Ordinal);

    public FieldMapping? Field(string path) => Fields.GetValueOrDefault(path);

    private void AddField(FieldMapping parent, string name, JsonObject definition, Analysis analysis, bool subField = false)
    {
        var path = parent.Path.Length == 0 ? name : $"{parent.Path}.{name}";
        var type = Json.String(definition["type"]) ?? (definition["properties"] is not null ? "object" : throw MapperError($"No type specified for field [{name}]"));
        if (!TypeNames.Contains(type, StringComparer.Ordinal))
            throw EmulatorError.NotEmulated($"field type [{type}] (field [{path}])");
        var known = type switch
        {
            "text" => new[] { "type", "analyzer", "search_analyzer", "fields", "index", "norms", "position_increment_gap" },
            "keyword" => ["type", "normalizer", "fields", "index", "doc_values", "ignore_above", "null_value"],
            "date" => ["type", "format", "index", "doc_values", "fields"],
            "object" => ["type", "properties", "enabled", "dynamic"],
            "scaled_float" => ["type", "scaling_factor", "index", "doc_values", "coerce"],
            _ => ["type", "index", "doc_values", "coerce", "null_value"],
        };
        foreach (var (key, _) in definition)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
                throw MapperError($"unknown parameter [{key}] on mapper [{name}] of type [{type}]");
        }

        var kind = type switch
        {
            "keyword" => FieldKind.Keyword,
            "text" => FieldKind.Text,
            "date" => FieldKind.Date,
            "boolean" => FieldKind.Boolean,
            "object" => FieldKind.Object,
            _ => FieldKind.Number,
        };
        var analyzer = kind == FieldKind.Text ? analysis.Analyzer(Json.String(definition["analyzer"]) ?? "standard") : null;
        if (type == "scaled_float" && definition["scaling_factor"] is null)
            throw MapperError($"Failed to parse mapping: Field [scaling_factor] is required");
        var field = new FieldMapping
        {
            Path = path,
            Type = type,
            Kind = kind,
            Analyzer = analyzer,
            SearchAnalyzer = Json.String(definition["search_analyzer"]) is { } search ? analysis.Analyzer(search) : analyzer,
            Normalizer = Json.String(definition["normalizer"]) is { } normalizer ? analysis.Normalizer(normalizer) : null,
            Dates = kind == FieldKind.Date ? new DateFormats(Json.String(definition["format"])) : null,
            ScalingFactor = Json.Double(definition["scaling_factor"], "scaling_factor"),
            Integral = type is "long" or "integer" or "short" or "byte",
            DocValues = Json.Bool(definition["doc_values"], "doc_values") ?? kind != FieldKind.Text,
            Indexed = Json.Bool(definition["index"], "index") ?? true,
            IgnoreAbove = Json.Int(definition["ignore_above"], "ignore_above"),
            Enabled = Json.Bool(definition["enabled"], "enabled") ?? true,
            Dynamic = Json.String(definition["dynamic"]) ?? parent.Dynamic,
        };
        if (subField)
            parent.SubFields.Add(field);
        else
            parent.Properties[name] = field;
        if (kind != FieldKind.Object)
            Fields[path] = field;
        foreach (var (childName, child) in definition["properties"] as JsonObject ?? [])
            AddField(field, childName, Json.Object(child, childName), analysis);
        foreach (var (subName, sub) in definition["fields"] as JsonObject ?? [])
            AddField(field, subName, Json.Object(sub, subName), analysis, subField: true);
    }

    private static EmulatorError MapperError(string reason) => new(400, "mapper_parsing_exception", reason);

    /// <summary>The indexed values of a document by field path; throws the 400 Elasticsearch answers for a bad document.</summary>
    public Dictionary<string, FieldData> Parse(string id, JsonObject source, string sourceText)
    {
        var fields = new Dictionary<string, FieldData>(StringComparer.Ordinal);
        ParseObject(Root, source, fields, id, sourceText);
        return fields;
    }

    private static void ParseObject(FieldMapping objectField, JsonObject source, Dictionary<string, FieldData> fields, string id, string sourceText)
    {
        foreach (var (name, value) in source)
        {
            if (objectField.Path.Length == 0 && name.StartsWith('_') && name is "_id" or "_index" or "_source" or "_routing" or "_version" or "_seq_no")
                throw new EmulatorError(400, "document_parsing_exception", $"[1:{Column(sourceText, name)}] Field [{name}] is a metadata field and cannot be added inside a document. Use the index API request parameters.");
            if (!objectField.Properties.TryGetValue(name, out var field))
            {
                switch (objectField.Dynamic)
                {
                    case "strict":
                        throw new EmulatorError(400, "strict_dynamic_mapping_exception",
                            $"[1:{Column(sourceText, name)}] mapping set to strict, dynamic introduction of [{name}] within [{(objectField.Path.Length == 0 ? "_doc" : objectField.Path)}] is not allowed");
                    case "false":
                        continue;
                    default:
                        throw EmulatorError.NotEmulated($"dynamic mapping of new field [{name}]");
                }
            }

            if (field.Kind == FieldKind.Object)
            {
                if (!field.Enabled)
                    continue;
                foreach (var item in Json.Many(value))
                {
                    if (item is JsonObject child)
                        ParseObject(field, child, fields, id, sourceText);
                    else if (item is not null)
                        throw new EmulatorError(400, "document_parsing_exception",
                            $"[1:{Column(sourceText, name)}] object mapping for [{field.Path}] tried to parse field [{name}] as object, but found a concrete value");
                }

                continue;
            }

            foreach (var item in Json.Many(value))
            {
                if (item is null)
                    continue;
                if (item is JsonObject or JsonArray)
                    throw FieldError(field, id, sourceText, name, item.ToJsonString(), null);
                var text = item.GetValueKind() == JsonValueKind.String ? item.GetValue<string>() : item.ToJsonString();
                Add(field, text, fields, id, sourceText, name);
            }
        }
    }

    private static void Add(FieldMapping field, string text, Dictionary<string, FieldData> fields, string id, string sourceText, string name)
    {
        if (!field.Indexed && !field.DocValues)
            return;
        var data = fields.TryGetValue(field.Path, out var existing) ? existing : fields[field.Path] = new FieldData();
        switch (field.Kind)
        {
            case FieldKind.Text:
                var first = data.Tokens.Count == 0 ? 0 : data.Tokens[^1].Position + PositionIncrementGap + 1;
                data.Tokens.AddRange(field.Analyzer!.Tokens(text, first, data.Values.Count));
                break;
            case FieldKind.Keyword:
                if (field.IgnoreAbove is { } limit && text.Length > limit)
                    break;
                var term = field.NormalizeTerm(text);
                if (Encoding.UTF8.GetByteCount(term) > MaxTermBytes)
                    throw new EmulatorError(400, "document_parsing_exception",
                        $"[1:{Column(sourceText, name)}] failed to parse field [{field.Path}] of type [keyword] in document with id '{id}'. Preview of field's value: '{Preview(text)}'");
                data.Terms.Add(term);
                break;
            case FieldKind.Boolean:
                data.Terms.Add(text switch
                {
                    "true" => "true",
                    "false" or "" => "false",
                    _ => throw FieldError(field, id, sourceText, name, text, $"Failed to parse value [{text}] as only [true] or [false] are allowed."),
                });
                break;
            case FieldKind.Date:
                data.Numbers.Add(field.Dates!.TryParse(text)
                    ?? throw FieldError(field, id, sourceText, name, text, $"failed to parse date field [{text}] with format [{field.Dates.Text}]"));
                break;
            default:
                data.Numbers.Add(ParseNumber(field, text) ?? throw FieldError(field, id, sourceText, name, text, $"For input string: \"{text}\""));
                break;
        }

        data.Values.Add(text);
        foreach (var sub in field.SubFields)
            Add(sub, text, fields, id, sourceText, name);
    }

    public static double? ParseNumber(FieldMapping field, string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || double.IsNaN(number) || double.IsInfinity(number))
            return null;
        if (field.Integral)
            return Math.Truncate(number);
        return field.ScalingFactor is { } factor ? Math.Round(number * factor, MidpointRounding.AwayFromZero) / factor : number;
    }

    private static EmulatorError FieldError(FieldMapping field, string id, string sourceText, string name, string value, string? cause)
    {
        return new EmulatorError(400, "document_parsing_exception",
            $"[1:{Column(sourceText, name)}] failed to parse field [{field.Path}] of type [{field.Type}] in document with id '{id}'. Preview of field's value: '{Preview(value)}'")
        {
            CausedBy = cause is null ? null : new JsonObject
            {
                ["type"] = field.Kind == FieldKind.Number ? "number_format_exception" : "illegal_argument_exception",
                ["reason"] = cause,
            },
        };
    }

    private static string Preview(string value) => value.Length <= 20 ? value : value[..20] + "...";

    // Elasticsearch names the line and column where the parser stood; the column after the field's name is close enough.
    private static int Column(string sourceText, string name)
    {
        var at = sourceText.IndexOf($"\"{name}\"", StringComparison.Ordinal);
        return at < 0 ? 1 : at + name.Length + 4;
    }
}

/// <summary>The indexed values of one field of one document.</summary>
internal sealed class FieldData
{
    /// <summary>The analysed tokens of a text field, all values in a row (positions apart by the increment gap).</summary>
    public List<Token> Tokens { get; } = [];

    /// <summary>The (normalised) terms of a keyword or boolean field.</summary>
    public List<string> Terms { get; } = [];

    /// <summary>The values of a date (epoch milliseconds) or numeric field.</summary>
    public List<double> Numbers { get; } = [];

    /// <summary>The values as the source gave them, as text.</summary>
    public List<string> Values { get; } = [];

    /// <summary>The terms a multi-term query looks at: the tokens of a text field or the terms of a keyword field.</summary>
    public IEnumerable<string> AllTerms => Tokens.Count > 0 ? Tokens.Select(t => t.Term) : Terms;

    public int Length => Tokens.Count > 0 ? Tokens.Count : Terms.Count;

    public int Frequency(string term)
    {
        var count = 0;
        if (Tokens.Count > 0)
        {
            foreach (var token in Tokens)
            {
                if (token.Term == term)
                    count++;
            }
        }
        else
        {
            foreach (var t in Terms)
            {
                if (t == term)
                    count++;
            }
        }

        return count;
    }
}
