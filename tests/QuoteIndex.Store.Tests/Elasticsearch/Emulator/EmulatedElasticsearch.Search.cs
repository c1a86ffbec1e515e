using System.Text;
using System.Text.Json.Nodes;
using QuoteIndex.Store.Tests.Elasticsearch.Emulator.Search;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

// Search and points in time.
internal sealed partial class EmulatedElasticsearch
{
    /// <summary>A point in time: the snapshots of its indices when it was opened.</summary>
    private sealed record PointInTime(IReadOnlyList<IndexSnapshot> Snapshots);

    private EmulatorAnswer Search(EmulatorRequest r, string? target)
    {
        r.OnlyParameters("typed_keys", "size", "from", "track_total_hits", "search_type", "allow_partial_search_results", "seq_no_primary_term", "version",
            "batched_reduce_size", "pre_filter_shard_size", "ccs_minimize_roundtrips", "max_concurrent_shard_requests", "request_cache", "track_scores",
            "_source", "_source_includes", "_source_excludes", "rest_total_hits_as_int", "q", "sort");
        if (r.Parameter("q") is not null || r.Parameter("sort") is not null || r.Parameter("rest_total_hits_as_int") is "true")
            throw EmulatorError.NotEmulated("the q, sort and rest_total_hits_as_int search parameters");
        if (r.Parameter("search_type") is { } searchType && searchType != "query_then_fetch")
            throw EmulatorError.NotEmulated($"search_type [{searchType}]");
        var body = r.Json();
        foreach (var key in new[] { "size", "from", "track_total_hits", "version", "seq_no_primary_term", "track_scores" })
        {
            if (r.Parameter(key) is { } value && !body.ContainsKey(key))
                body[key] = value;
        }

        if (r.Parameters.ContainsKey("_source") || r.Parameters.ContainsKey("_source_includes") || r.Parameters.ContainsKey("_source_excludes"))
            throw EmulatorError.NotEmulated("_source as a search parameter (put it in the body)");

        string? pitId = null;
        IReadOnlyList<IndexSnapshot> snapshots;
        if (body["pit"] is { } pitNode)
        {
            if (target is not null)
                throw new EmulatorError(400, "action_request_validation_exception", "Validation Failed: 1: [indices] cannot be used with point in time. Do not specify any index with point in time.;");
            var pit = Json.Object(pitNode, "pit");
            Json.OnlyKeys(pit, "pit", "id", "keep_alive");
            pitId = Json.String(pit["id"]) ?? throw EmulatorError.Parsing("[pit] requires an [id]");
            snapshots = _pits.TryGetValue(pitId, out var found)
                ? found.Snapshots
                : throw new EmulatorError(404, "search_context_missing_exception", $"No search context found for id [{pitId}]");
        }
        else
        {
            snapshots = [.. Resolve(target ?? "*").Select(i => i.Searchable)];
        }

        var result = new SearchExecutor(snapshots, body, Clock, r.Parameter("typed_keys") is "" or "true", pitId is not null).Run();
        if (pitId is not null)
            result.Insert(0, "pit_id", pitId);
        return Ok(result);
    }

    /// <summary>POST /_msearch: NDJSON header and body lines; each search answered on its own, in order, with its status.</summary>
    private EmulatorAnswer MultiSearch(EmulatorRequest r, string? target)
    {
        r.OnlyParameters("typed_keys", "max_concurrent_searches", "search_type", "rest_total_hits_as_int", "ccs_minimize_roundtrips", "max_concurrent_shard_requests", "pre_filter_shard_size");
        if (!r.Body.EndsWith('\n'))
            throw EmulatorError.BadRequest("The msearch request must be terminated by a newline [\\n]");
        var lines = r.Body.Split('\n');
        var responses = new JsonArray();
        for (var line = 0; line + 1 < lines.Length; line += 2)
        {
            if (string.IsNullOrWhiteSpace(lines[line]) && line + 1 == lines.Length - 1)
                break;
            var header = new EmulatorRequest("POST", "/", lines[line]).Json();
            Json.OnlyKeys(header, "msearch header", "index", "search_type", "preference", "routing", "allow_partial_search_results");
            var index = Json.String(header["index"]) ?? target;
            var path = (index is null ? "/_search" : $"/{Uri.EscapeDataString(index)}/_search") + (r.Parameter("typed_keys") is "" or "true" ? "?typed_keys=true" : "");
            var answer = Answer(new EmulatorRequest("POST", path, lines[line + 1]));
            var body = answer.Body?.AsObject() ?? [];
            body["status"] = answer.Status;
            responses.Add(body);
        }

        return Ok(new JsonObject { ["took"] = 1, ["responses"] = responses });
    }

    private EmulatorAnswer OpenPointInTime(EmulatorRequest r, string target)
    {
        r.OnlyParameters("keep_alive", "routing", "preference", "allow_partial_search_results", "index_filter");
        if (r.Parameter("keep_alive") is null)
            throw new EmulatorError(400, "action_request_validation_exception", "Validation Failed: 1: [keep_alive] is not specified;");
        var snapshots = Resolve(target).Select(i => i.Searchable).ToList();
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes($"emulated-pit:{target}:{Guid.NewGuid():N}"));
        _pits[id] = new PointInTime(snapshots);
        return Ok(new JsonObject { ["id"] = id, ["_shards"] = SearchShards(snapshots.Count) });
    }

    private EmulatorAnswer ClosePointInTime(EmulatorRequest r)
    {
        r.OnlyParameters();
        var body = r.Json();
        Json.OnlyKeys(body, "close point in time", "id");
        var id = Json.String(body["id"]) ?? throw new EmulatorError(400, "action_request_validation_exception", "Validation Failed: 1: no point-in-time id is specified;");
        var freed = _pits.Remove(id);
        return new EmulatorAnswer(freed ? 200 : 404, new JsonObject { ["succeeded"] = true, ["num_freed"] = freed ? 1 : 0 });
    }

    /// <summary>How many points in time are open (a store must close the ones it opens).</summary>
    public int OpenPointsInTime
    {
        get
        {
            lock (_gate)
                return _pits.Count;
        }
    }
}
