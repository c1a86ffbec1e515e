using System.Text.Json.Nodes;
using QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Search;

/// <summary>
/// Runs one search body over snapshots of indices: query, post_filter, sort, search_after, collapse, from and
/// size, _source, highlight, aggregations (over the query's matches, before post_filter), total hits.
/// </summary>
internal sealed class SearchExecutor
{
    private const int MaxResultWindow = 10_000;

    private readonly IReadOnlyList<IndexSnapshot> _snapshots;
    private readonly JsonObject _body;
    private readonly TimeProvider _clock;
    private readonly bool _typedKeys;
    private readonly bool _pointInTime;

    public SearchExecutor(IReadOnlyList<IndexSnapshot> snapshots, JsonObject body, TimeProvider clock, bool typedKeys, bool pointInTime)
    {
        Json.OnlyKeys(body, "search", "query", "post_filter", "size", "from", "sort", "search_after", "track_total_hits", "_source", "highlight",
            "collapse", "aggs", "aggregations", "pit", "track_scores", "version", "seq_no_primary_term", "min_score", "timeout");
        _snapshots = snapshots;
        _body = body;
        _clock = clock;
        _typedKeys = typedKeys;
        _pointInTime = pointInTime;
    }

    public JsonObject Run()
    {
        var size = Json.Int(_body["size"], "size") ?? 10;
        var from = Json.Int(_body["from"], "from") ?? 0;
        if (size < 0 || from < 0)
            throw EmulatorError.BadRequest($"[{(size < 0 ? "size" : "from")}] parameter cannot be negative");
        if (from + size > MaxResultWindow)
        {
            throw EmulatorError.BadRequest(
                $"Result window is too large, from + size must be less than or equal to: [{MaxResultWindow}] but was [{from + size}]. See the scroll api for a more efficient way to request large data sets. This limit can be set by changing the [index.max_result_window] index level setting.");
        }

        var sorts = SortSpec.Parse(_body["sort"]);
        var explicitSort = sorts.Count > 0;
        if (!explicitSort)
            sorts.Add(SortSpec.Parse("_score")[0]);
        if (_pointInTime && !sorts.Any(s => s.Field == "_shard_doc"))
            sorts.Add(SortSpec.ShardDocSpec());
        var scored = sorts.Any(s => s.IsScore) || (Json.Bool(_body["track_scores"], "track_scores") ?? false);
        var minScore = Json.Double(_body["min_score"], "min_score");

        var matched = new List<Hit>();
        var filtered = new List<Hit>();
        var fields = new Dictionary<(IndexSnapshot, SortSpec), FieldMapping?>();
        for (var shard = 0; shard < _snapshots.Count; shard++)
        {
            var snapshot = _snapshots[shard];
            var compiler = new QueryCompiler(snapshot, _clock);
            var query = Compile(compiler, _body["query"], snapshot);
            var postFilter = _body["post_filter"] is { } pf ? Compile(compiler, pf, snapshot) : null;
            foreach (var spec in sorts)
                fields[(snapshot, spec)] = spec.Check(snapshot.Index.Mapping, snapshot.Index.Name);
            for (var doc = 0; doc < snapshot.Documents.Count; doc++)
            {
                var document = snapshot.Documents[doc];
                if (query.Score(snapshot, document) is not { } score || (minScore is { } min && score < min))
                    continue;
                var hit = new Hit(document, snapshot, shard, doc, score);
                matched.Add(hit);
                if (postFilter is null || postFilter.Matches(snapshot, document))
                    filtered.Add(hit);
            }
        }

        var keyed = SortSpec.Order(sorts, filtered, (h, i) => fields[(h.Snapshot, sorts[i])]);

        var collapse = _body["collapse"] is { } collapseNode ? new Collapse(Json.Object(collapseNode, "collapse"), _snapshots, sorts, _body["search_after"] is not null) : null;
        if (_body["search_after"] is { } afterNode)
        {
            if (afterNode is not JsonArray after)
                throw EmulatorError.Parsing("[search_after] must be an array");
            if (!explicitSort && !_pointInTime)
                throw EmulatorError.BadRequest("[search_after] cannot be used without a [sort]");
            if (after.Count != sorts.Count)
                throw EmulatorError.BadRequest($"search_after has {after.Count} value(s) but sort has {sorts.Count}.");
            if (from > 0)
                throw EmulatorError.BadRequest("[from] parameter must be set to 0 when [search_after] is used");
            var afterKeys = new Dictionary<IndexSnapshot, object?[]>();
            object?[] AfterKey(IndexSnapshot snapshot) => afterKeys.TryGetValue(snapshot, out var k) ? k
                : afterKeys[snapshot] = [.. sorts.Select((s, i) => s.FromJson(after[i], fields[(snapshot, s)]))];
            keyed = [.. keyed.Where(k => SortSpec.CompareKeys(sorts, k.Key, AfterKey(k.Hit.Snapshot)) > 0)];
        }

        var grouped = collapse is null ? keyed : collapse.FirstOfEachGroup(keyed);
        var page = grouped.Skip(from).Take(size).ToList();

        var highlighter = _body["highlight"] is { } highlight ? new Highlighter(Json.Object(highlight, "highlight"), _clock) : null;
        var source = SourceFilter.FromNode(_body["_source"]);
        var hits = new JsonArray();
        foreach (var (hit, key) in page)
        {
            var json = new JsonObject
            {
                ["_index"] = hit.Document.Index.Name,
                ["_id"] = hit.Document.Id,
            };
            if (Json.Bool(_body["version"], "version") == true)
                json["_version"] = hit.Document.Version;
            if (Json.Bool(_body["seq_no_primary_term"], "seq_no_primary_term") == true)
            {
                json["_seq_no"] = hit.Document.SeqNo;
                json["_primary_term"] = 1;
            }

            json["_score"] = scored ? JsonValue.Create((float)hit.Score) : null;
            if (source.Apply(hit.Document.Source) is { } filteredSource)
                json["_source"] = filteredSource;
            if (collapse is not null)
                json["fields"] = collapse.Fields(hit);
            if (highlighter?.Highlight(hit, _body["query"]) is { } marked)
                json["highlight"] = marked;
            if (collapse?.InnerHits(hit, filtered, source) is { } inner)
                json["inner_hits"] = inner;
            if (explicitSort || _pointInTime)
                json["sort"] = new JsonArray([.. sorts.Select((s, i) => s.ToJson(key[i], fields[(hit.Snapshot, s)]))]);
            hits.Add(json);
        }

        var result = new JsonObject
        {
            ["took"] = 1,
            ["timed_out"] = false,
            ["_shards"] = new JsonObject { ["total"] = _snapshots.Count, ["successful"] = _snapshots.Count, ["skipped"] = 0, ["failed"] = 0 },
        };
        var hitsObject = new JsonObject();
        if (Total(filtered.Count) is { } total)
            hitsObject["total"] = total;
        hitsObject["max_score"] = scored && filtered.Count > 0 ? JsonValue.Create((float)filtered.Max(h => h.Score)) : null;
        hitsObject["hits"] = hits;
        result["hits"] = hitsObject;
        if ((_body["aggs"] ?? _body["aggregations"]) is { } aggs)
        {
            var context = new AggregationContext(_snapshots, _clock, _typedKeys);
            result["aggregations"] = context.Run(Json.Object(aggs, "aggs"), matched);
        }

        return result;
    }

    private static Query Compile(QueryCompiler compiler, JsonNode? node, IndexSnapshot snapshot)
    {
        try
        {
            return compiler.Compile(node);
        }
        catch (EmulatorError error) when (error.Type == "query_shard_exception")
        {
            throw error.AsShardFailure(snapshot.Index.Name);
        }
    }

    private JsonObject? Total(int count)
    {
        var track = _body["track_total_hits"];
        var limit = track is null ? MaxResultWindow : Json.String(track) switch
        {
            "true" => int.MaxValue,
            "false" => -1,
            var n => Json.Int(track, "track_total_hits")!.Value,
        };
        if (limit < 0)
            return null;
        return count > limit
            ? new JsonObject { ["value"] = limit, ["relation"] = "gte" }
            : new JsonObject { ["value"] = count, ["relation"] = "eq" };
    }
}
