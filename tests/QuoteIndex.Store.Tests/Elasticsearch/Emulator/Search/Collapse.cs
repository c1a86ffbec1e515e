using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Search;

/// <summary>
/// Field collapsing: the top hit of each value of a single-valued keyword or numeric field, the value under the
/// hit's "fields", and optionally inner hits of each group.
/// </summary>
internal sealed class Collapse
{
    private readonly string _field;
    private readonly List<JsonObject> _innerHits;

    public Collapse(JsonObject o, IReadOnlyList<IndexSnapshot> snapshots, IReadOnlyList<SortSpec> sorts, bool searchAfter)
    {
        Json.OnlyKeys(o, "collapse", "field", "inner_hits", "max_concurrent_group_searches");
        _field = Json.String(o["field"]) ?? throw EmulatorError.Parsing("[collapse] requires a [field]");
        _innerHits = [.. Json.Many(o["inner_hits"]).Select(n => Json.Object(n, "inner_hits"))];
        foreach (var snapshot in snapshots)
        {
            var field = snapshot.Index.Mapping.Field(_field)
                ?? throw new EmulatorError(400, "illegal_argument_exception", $"no mapping found for `{_field}` in order to collapse on").AsShardFailure(snapshot.Index.Name);
            if (field.Kind is not (FieldKind.Keyword or FieldKind.Number or FieldKind.Date))
                throw new EmulatorError(400, "illegal_argument_exception", $"collapse is not supported for the field [{_field}] of the type [{field.Type}]").AsShardFailure(snapshot.Index.Name);
            if (!field.DocValues)
                throw new EmulatorError(400, "illegal_argument_exception", $"cannot collapse on field `{_field}` without `doc_values`").AsShardFailure(snapshot.Index.Name);
        }

        if (searchAfter && (sorts.Count(s => s.Field != "_shard_doc") != 1 || sorts[0].Field != _field))
        {
            throw EmulatorError.BadRequest(
                "Cannot use [collapse] in conjunction with [search_after] unless the search is sorted on the same field. Multiple sort fields are not allowed.");
        }
    }

    private JsonNode? Value(Hit hit)
    {
        if (hit.Document.Field(_field) is not { } data)
            return null;
        if (data.Terms.Count + data.Numbers.Count > 1)
            throw new EmulatorError(400, "illegal_state_exception", "failed to collapse, the collapse field must be single valued").AsShardFailure(hit.Snapshot.Index.Name);
        return data.Terms.Count == 1 ? data.Terms[0] : data.Numbers.Count == 1 ? Json.Number(data.Numbers[0]) : null;
    }

    private static string GroupKey(JsonNode? value) => value?.ToJsonString() ?? "\u0000missing";

    public List<(Hit Hit, object?[] Key)> FirstOfEachGroup(List<(Hit Hit, object?[] Key)> sorted)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. sorted.Where(k => seen.Add(GroupKey(Value(k.Hit))))];
    }

    public JsonObject Fields(Hit hit) => new() { [_field] = new JsonArray(Value(hit)) };

    public JsonObject? InnerHits(Hit hit, IReadOnlyList<Hit> all, SourceFilter outerSource)
    {
        if (_innerHits.Count == 0)
            return null;
        var key = GroupKey(Value(hit));
        var group = all.Where(h => GroupKey(Value(h)) == key).ToList();
        var result = new JsonObject();
        foreach (var spec in _innerHits)
        {
            Json.OnlyKeys(spec, "inner_hits", "name", "size", "from", "sort", "_source");
            var name = Json.String(spec["name"]) ?? _field;
            var sorts = SortSpec.Parse(spec["sort"]);
            var scored = sorts.Count == 0 || sorts.Any(s => s.IsScore);
            if (sorts.Count == 0)
                sorts = SortSpec.Parse("_score");
            var fields = sorts.Select(s => s.Check(hit.Snapshot.Index.Mapping, hit.Snapshot.Index.Name)).ToList();
            var ordered = SortSpec.Order(sorts, group, (_, i) => fields[i]);
            var source = spec.ContainsKey("_source") ? SourceFilter.FromNode(spec["_source"]) : outerSource;
            var hits = new JsonArray();
            foreach (var (inner, innerKey) in ordered.Skip(Json.Int(spec["from"], "from") ?? 0).Take(Json.Int(spec["size"], "size") ?? 3))
            {
                var json = new JsonObject
                {
                    ["_index"] = inner.Document.Index.Name,
                    ["_id"] = inner.Document.Id,
                    ["_score"] = scored ? JsonValue.Create((float)inner.Score) : null,
                };
                if (source.Apply(inner.Document.Source) is { } filtered)
                    json["_source"] = filtered;
                if (spec["sort"] is not null)
                    json["sort"] = new JsonArray([.. sorts.Select((s, i) => s.ToJson(innerKey[i], fields[i]))]);
                hits.Add(json);
            }

            result[name] = new JsonObject
            {
                ["hits"] = new JsonObject
                {
                    ["total"] = new JsonObject { ["value"] = group.Count, ["relation"] = "eq" },
                    ["max_score"] = scored && group.Count > 0 ? JsonValue.Create((float)group.Max(h => h.Score)) : null,
                    ["hits"] = hits,
                },
            };
        }

        return result;
    }
}
