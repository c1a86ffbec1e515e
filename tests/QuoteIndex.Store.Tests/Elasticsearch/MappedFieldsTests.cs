using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>
/// Every field a golden request of the quotes store queries, sorts, aggregates or highlights exists in
/// index-mappings/quotes.json (a sub-field as "text.exact"), with a type that can do it: a misspelt field would match
/// nothing on a real cluster rather than fail.
/// </summary>
public sealed class MappedFieldsTests
{
    public static TheoryData<string> QuoteRequests { get; } = new(
        "search-everything.json", "search-newest.json", "search-oldest-statement.json", "search-collapsed.json", "cluster-candidates.json", "cluster.json",
        "cluster-sizes.json", "speaker-suggest.json", "speaker-statistics.json", "similar.json", "export-first.json");

    // Query clauses whose keys are field names, and the keys of a field's options that are not fields.
    private static readonly HashSet<string> FieldKeyed = ["term", "terms", "range", "prefix", "fuzzy", "match_phrase", "match"];

    [Theory]
    [MemberData(nameof(QuoteRequests))]
    public void GoldenRequest_UsesOnlyMappedFields(string golden)
    {
        var mapped = MappedFields(JsonNode.Parse(File.ReadAllText(MappingFile.Path))!["mappings"]!["properties"]!.AsObject());
        var used = new List<(string Field, string Use)>();
        Collect(JsonNode.Parse(Recorded.Read(golden))!, used);

        Assert.NotEmpty(used);
        foreach (var (field, use) in used)
        {
            Assert.True(mapped.TryGetValue(field, out var type), $"{golden} {use}s '{field}', which index-mappings/quotes.json does not map.");
            // Text fields have no doc values: they can be searched and highlighted, never sorted or aggregated.
            if (use is "sort" or "aggregate")
                Assert.True(type is "keyword" or "date" or "scaled_float", $"{golden} {use}s '{field}' of type {type}.");
            // Collapse needs a single-valued keyword or number with doc values.
            if (use == "collapse")
                Assert.Equal("keyword", type);
            if (use == "highlight")
                Assert.Equal("text", type);
        }
    }

    private static Dictionary<string, string> MappedFields(JsonObject properties)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, definition) in properties)
        {
            fields[name] = definition!["type"]!.GetValue<string>();
            foreach (var (sub, subDefinition) in definition["fields"]?.AsObject() ?? [])
                fields[$"{name}.{sub}"] = subDefinition!["type"]!.GetValue<string>();
        }

        return fields;
    }

    private static void Collect(JsonNode node, List<(string, string)> used)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                    if (item is not null)
                        Collect(item, used);
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (value is null)
                        continue;
                    if (key is "exists" or "terms" or "date_histogram" or "min" or "max" && value is JsonObject { } withField && withField["field"] is { } field)
                        used.Add((field.GetValue<string>(), key == "exists" ? "quer" : "aggregate"));
                    else if (FieldKeyed.Contains(key) && value is JsonObject clause)
                        used.AddRange(clause.Select(p => (p.Key, "quer")));
                    else if (key == "more_like_this")
                        used.AddRange(value["fields"]!.AsArray().Select(f => (f!.GetValue<string>(), "quer")));
                    else if (key == "sort")
                        used.AddRange(value.AsArray().SelectMany(s => s!.AsObject()).Where(p => p.Key != "_score").Select(p => (p.Key, "sort")));
                    else if (key == "highlight")
                        used.AddRange(value["fields"]!.AsObject().Select(p => (p.Key, "highlight")));
                    else if (key == "collapse")
                        used.Add((value["field"]!.GetValue<string>(), "collapse"));
                    else if (key == "_source")
                        used.AddRange(value.AsArray().Select(f => (f!.GetValue<string>(), "read")));
                    Collect(value, used);
                }

                break;
        }
    }
}
