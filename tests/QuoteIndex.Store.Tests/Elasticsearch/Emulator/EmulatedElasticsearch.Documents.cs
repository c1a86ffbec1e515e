using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

// Documents: index, create, get, delete, update, bulk, mget, delete by query, count.
internal sealed partial class EmulatedElasticsearch
{
    private static readonly string[] BulkActions = ["create", "delete", "index", "update"];

    private EmulatorAnswer IndexDocument(EmulatorRequest r, string target, string? id, bool createOnly)
    {
        r.OnlyParameters("refresh", "op_type", "if_seq_no", "if_primary_term");
        var index = WriteIndexOrFail(target);
        var item = Write(index, id ?? NewDocumentId(), r.Json(), createOnly, r.Parameter("if_seq_no"));
        if (r.Refresh)
        {
            index.Refresh();
            item["forced_refresh"] = true;
        }

        return new EmulatorAnswer(Json.Int(item["status"], "status")!.Value, WithoutStatus(item));
    }

    private static JsonObject WithoutStatus(JsonObject item)
    {
        item.Remove("status");
        return item;
    }

    /// <summary>Stores one document and returns the item Elasticsearch answers for it (with its "status").</summary>
    private static JsonObject Write(EmulatedIndex index, string id, JsonObject source, bool createOnly, string? ifSeqNo)
    {
        if (ifSeqNo is not null && index.Get(id)?.SeqNo.ToString(System.Globalization.CultureInfo.InvariantCulture) != ifSeqNo)
        {
            throw new EmulatorError(409, "version_conflict_engine_exception",
                $"[{id}]: version conflict, required seqNo [{ifSeqNo}], primary term [1]. current document has seqNo [{index.Get(id)?.SeqNo ?? -1}] and primary term [1]", index.Name);
        }

        var (document, created) = index.Put(id, source, createOnly);
        return new JsonObject
        {
            ["_index"] = index.Name,
            ["_id"] = id,
            ["_version"] = document.Version,
            ["result"] = created ? "created" : "updated",
            ["_shards"] = Shards(1 + index.Replicas, 1),
            ["_seq_no"] = document.SeqNo,
            ["_primary_term"] = 1,
            ["status"] = created ? 201 : 200,
        };
    }

    private static JsonObject Remove(EmulatedIndex index, string id)
    {
        var deleted = index.Delete(id);
        return new JsonObject
        {
            ["_index"] = index.Name,
            ["_id"] = id,
            ["_version"] = deleted?.Version ?? 1,
            ["result"] = deleted is null ? "not_found" : "deleted",
            ["_shards"] = Shards(1 + index.Replicas, 1),
            ["_seq_no"] = deleted?.SeqNo ?? index.NextSeqNo(),
            ["_primary_term"] = 1,
            ["status"] = deleted is null ? 404 : 200,
        };
    }

    private string NewDocumentId() => Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_')[..20];

    private EmulatorAnswer GetDocument(EmulatorRequest r, string target, string id, bool head)
    {
        r.OnlyParameters("_source", "_source_includes", "_source_excludes", "realtime", "refresh", "stored_fields");
        var index = Resolve(target) switch
        {
            [var one] => one,
            _ => throw EmulatorError.BadRequest($"alias [{target}] has more than one index associated with it, can't execute a single index op"),
        };
        var answer = GetItem(index, id, SourceFilter.FromParameters(r));
        return new EmulatorAnswer(answer["found"]!.GetValue<bool>() ? 200 : 404, head ? null : answer);
    }

    private static JsonObject GetItem(EmulatedIndex index, string id, SourceFilter filter)
    {
        if (index.Get(id) is not { } document)
            return new JsonObject { ["_index"] = index.Name, ["_id"] = id, ["found"] = false };
        var item = new JsonObject
        {
            ["_index"] = index.Name,
            ["_id"] = id,
            ["_version"] = document.Version,
            ["_seq_no"] = document.SeqNo,
            ["_primary_term"] = 1,
            ["found"] = true,
        };
        if (filter.Apply(document.Source) is { } source)
            item["_source"] = source;
        return item;
    }

    private EmulatorAnswer DeleteDocument(EmulatorRequest r, string target, string id)
    {
        r.OnlyParameters("refresh", "if_seq_no", "if_primary_term");
        var index = WriteIndexOrFail(target);
        var item = Remove(index, id);
        if (r.Refresh)
            index.Refresh();
        return new EmulatorAnswer(Json.Int(item["status"], "status")!.Value, WithoutStatus(item));
    }

    private EmulatorAnswer UpdateDocument(EmulatorRequest r, string target, string id)
    {
        r.OnlyParameters("refresh", "retry_on_conflict", "if_seq_no", "if_primary_term");
        var index = WriteIndexOrFail(target);
        var item = Update(index, id, r.Json());
        if (r.Refresh)
            index.Refresh();
        return new EmulatorAnswer(Json.Int(item["status"], "status")!.Value, WithoutStatus(item));
    }

    private static JsonObject Update(EmulatedIndex index, string id, JsonObject body)
    {
        Json.OnlyKeys(body, "update", "doc", "doc_as_upsert", "upsert", "detect_noop", "_source");
        var doc = body["doc"] as JsonObject ?? throw EmulatorError.NotEmulated("an update without a partial [doc] (scripts)");
        JsonObject merged;
        if (index.Get(id) is { } existing)
        {
            merged = (JsonObject)existing.Source.DeepClone();
            Merge(merged, doc);
            if (JsonNode.DeepEquals(merged, existing.Source) && Json.Bool(body["detect_noop"], "detect_noop") != false)
            {
                return new JsonObject
                {
                    ["_index"] = index.Name, ["_id"] = id, ["_version"] = existing.Version, ["result"] = "noop",
                    ["_shards"] = Shards(0, 0), ["_seq_no"] = existing.SeqNo, ["_primary_term"] = 1, ["status"] = 200,
                };
            }
        }
        else if (Json.Bool(body["doc_as_upsert"], "doc_as_upsert") == true)
        {
            merged = (JsonObject)doc.DeepClone();
        }
        else if (body["upsert"] is JsonObject upsert)
        {
            merged = (JsonObject)upsert.DeepClone();
        }
        else
        {
            throw new EmulatorError(404, "document_missing_exception", $"[{id}]: document missing", index.Name);
        }

        return Write(index, id, merged, createOnly: false, null);
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is JsonObject child && target[key] is JsonObject existing)
                Merge(existing, child);
            else
                target[key] = value?.DeepClone();
        }
    }

    /// <summary>POST /_bulk: NDJSON pairs; each item answered on its own (HTTP 200 even when items failed).</summary>
    private EmulatorAnswer Bulk(EmulatorRequest r, string? defaultIndex)
    {
        r.OnlyParameters("refresh", "routing", "pipeline", "_source", "require_alias", "list_executed_pipelines", "include_source_on_error");
        if (r.Parameter("routing") is not null || r.Parameter("pipeline") is not null)
            throw EmulatorError.NotEmulated("bulk routing and pipelines");
        if (r.Body.Length == 0)
            throw EmulatorError.BadRequest("request body is required");
        if (!r.Body.EndsWith('\n'))
            throw EmulatorError.BadRequest("The bulk request must be terminated by a newline [\\n]");
        var lines = r.Body.Split('\n');
        var operations = new List<(string Action, JsonObject Meta, JsonObject? Body)>();
        var line = 0;
        while (line < lines.Length)
        {
            if (string.IsNullOrWhiteSpace(lines[line]))
            {
                line++;
                continue;
            }

            JsonObject action;
            try
            {
                action = JsonNode.Parse(lines[line]) as JsonObject ?? throw EmulatorError.BadRequest($"Malformed action/metadata line [{line + 1}], expected START_OBJECT");
            }
            catch (JsonException)
            {
                throw EmulatorError.BadRequest($"Malformed action/metadata line [{line + 1}], expected START_OBJECT or END_OBJECT but found [VALUE_STRING]");
            }

            if (action.Count != 1 || !BulkActions.Contains(action.First().Key, StringComparer.Ordinal))
                throw EmulatorError.BadRequest($"Malformed action/metadata line [{line + 1}], expected one of [create, delete, index, update] but found [{action.FirstOrDefault().Key}]");
            var (type, metaNode) = action.First();
            var meta = Json.Object(metaNode, type);
            Json.OnlyKeys(meta, type, "_index", "_id", "if_seq_no", "if_primary_term", "retry_on_conflict", "require_alias");
            if (Json.String(meta["_index"]) is null && defaultIndex is null)
                throw new EmulatorError(400, "action_request_validation_exception", $"Validation Failed: 1: index is missing for {type} request;");
            JsonObject? source = null;
            line++;
            if (type != "delete")
            {
                if (line >= lines.Length || string.IsNullOrWhiteSpace(lines[line]))
                    throw EmulatorError.BadRequest($"Validation Failed: 1: source is missing;");
                try
                {
                    source = JsonNode.Parse(lines[line]) as JsonObject ?? throw EmulatorError.BadRequest("The bulk request's source must be an object");
                }
                catch (JsonException e)
                {
                    throw new EmulatorError(400, "x_content_parse_exception", $"[{line + 1}:1] {e.Message}");
                }

                line++;
            }

            operations.Add((type, meta, source));
        }

        var items = new JsonArray();
        var touched = new HashSet<EmulatedIndex>();
        foreach (var (type, meta, body) in operations)
        {
            var target = Json.String(meta["_index"]) ?? defaultIndex!;
            var id = Json.String(meta["_id"]);
            JsonObject item;
            try
            {
                var index = WriteIndexOrFail(target);
                touched.Add(index);
                item = type switch
                {
                    "index" => Write(index, id ?? NewDocumentId(), body!, createOnly: false, Json.String(meta["if_seq_no"])),
                    "create" => Write(index, id ?? NewDocumentId(), body!, createOnly: true, Json.String(meta["if_seq_no"])),
                    "delete" => Remove(index, id ?? throw EmulatorError.BadRequest("Validation Failed: 1: id is missing;")),
                    _ => Update(index, id ?? throw EmulatorError.BadRequest("Validation Failed: 1: id is missing;"), body!),
                };
            }
            catch (EmulatorError error)
            {
                item = new JsonObject
                {
                    ["_index"] = error.Index ?? WriteIndex(target)?.Name ?? target,
                    ["_id"] = id,
                    ["status"] = error.Status,
                    ["error"] = error.Cause(),
                };
            }

            items.Add(new JsonObject { [type] = item });
        }

        if (r.Refresh)
        {
            foreach (var index in touched)
                index.Refresh();
            foreach (var item in items)
            {
                if (item!.AsObject().First().Value is JsonObject result && result["error"] is null)
                    result["forced_refresh"] = true;
            }
        }

        return Ok(new JsonObject
        {
            ["errors"] = items.Any(i => i!.AsObject().First().Value!["error"] is not null),
            ["took"] = 1,
            ["items"] = items,
        });
    }

    private EmulatorAnswer MultiGet(EmulatorRequest r, string? defaultIndex)
    {
        r.OnlyParameters("_source", "_source_includes", "_source_excludes", "realtime", "refresh", "stored_fields");
        var body = r.Json();
        Json.OnlyKeys(body, "mget", "docs", "ids");
        var requests = Json.Many(body["docs"]).Select(d => Json.Object(d, "docs"))
            .Concat(Json.Strings(body["ids"]).Select(id => new JsonObject { ["_id"] = id })).ToList();
        if (requests.Count == 0)
            throw new EmulatorError(400, "action_request_validation_exception", "Validation Failed: 1: no documents to get;");
        var docs = new JsonArray();
        var defaultFilter = SourceFilter.FromParameters(r);
        foreach (var request in requests)
        {
            Json.OnlyKeys(request, "docs", "_index", "_id", "_source");
            var id = Json.String(request["_id"]) ?? throw new EmulatorError(400, "action_request_validation_exception", "Validation Failed: 1: id is missing for doc 0;");
            var target = Json.String(request["_index"]) ?? defaultIndex ?? throw new EmulatorError(400, "action_request_validation_exception", "Validation Failed: 1: index is missing for doc 0;");
            try
            {
                var index = Resolve(target) switch
                {
                    [var one] => one,
                    _ => throw EmulatorError.BadRequest($"alias [{target}] has more than one index associated with it, can't execute a single index op"),
                };
                docs.Add(GetItem(index, id, request.ContainsKey("_source") ? SourceFilter.FromNode(request["_source"]) : defaultFilter));
            }
            catch (EmulatorError error)
            {
                docs.Add(new JsonObject { ["_index"] = target, ["_id"] = id, ["error"] = error.Cause() });
            }
        }

        return Ok(new JsonObject { ["docs"] = docs });
    }

    /// <summary>POST /{index}/_delete_by_query: deletes what the query matches in the last refresh's view.</summary>
    private EmulatorAnswer DeleteByQuery(EmulatorRequest r, string target)
    {
        r.OnlyParameters("conflicts", "refresh", "wait_for_completion", "slices", "scroll_size", "requests_per_second", "max_docs", "scroll");
        if (r.Parameter("wait_for_completion") == "false")
            throw EmulatorError.NotEmulated("delete by query as a task (wait_for_completion=false)");
        var body = r.Json();
        Json.OnlyKeys(body, "delete_by_query", "query", "max_docs");
        var proceed = r.Parameter("conflicts") == "proceed";
        long total = 0, deleted = 0, conflicts = 0;
        var failures = new JsonArray();
        foreach (var index in Resolve(target))
        {
            var snapshot = index.Searchable;
            var query = new Queries.QueryCompiler(snapshot, Clock).Compile(body["query"] ?? throw EmulatorError.BadRequest("Validation Failed: 1: query is missing;"));
            foreach (var document in snapshot.Documents.Where(d => query.Matches(snapshot, d)).ToList())
            {
                total++;
                if (index.Get(document.Id) is { } live && live.SeqNo == document.SeqNo)
                {
                    index.Delete(document.Id);
                    deleted++;
                }
                else
                {
                    conflicts++;
                    if (!proceed)
                    {
                        failures.Add(new JsonObject
                        {
                            ["index"] = index.Name, ["id"] = document.Id, ["status"] = 409,
                            ["cause"] = new EmulatorError(409, "version_conflict_engine_exception", $"[{document.Id}]: version conflict, required seqNo [{document.SeqNo}], primary term [1]", index.Name).Cause(),
                        });
                    }
                }
            }

            if (r.Refresh)
                index.Refresh();
        }

        return new EmulatorAnswer(failures.Count > 0 ? 409 : 200, ByQueryAnswer(total, null, deleted, conflicts, failures));
    }

    private EmulatorAnswer Count(EmulatorRequest r, string target)
    {
        r.OnlyParameters("q");
        if (r.Parameter("q") is not null)
            throw EmulatorError.NotEmulated("the q parameter (query_string)");
        var body = r.Json();
        Json.OnlyKeys(body, "count", "query");
        long count = 0;
        var indices = Resolve(target);
        foreach (var index in indices)
        {
            var snapshot = index.Searchable;
            var query = new Queries.QueryCompiler(snapshot, Clock).Compile(body["query"]);
            count += snapshot.Documents.Count(d => query.Matches(snapshot, d));
        }

        return Ok(new JsonObject { ["count"] = count, ["_shards"] = SearchShards(indices.Count) });
    }

    /// <summary>The answer of the by-query APIs (_reindex, _delete_by_query), run as one batch.</summary>
    private static JsonObject ByQueryAnswer(long total, (long Updated, long Created)? written, long deleted, long conflicts, JsonArray failures)
    {
        var answer = new JsonObject { ["took"] = 1, ["timed_out"] = false, ["total"] = total };
        if (written is var (updated, created))
        {
            answer["updated"] = updated;
            answer["created"] = created;
        }

        answer["deleted"] = deleted;
        answer["batches"] = total == 0 ? 0 : 1;
        answer["version_conflicts"] = conflicts;
        answer["noops"] = 0;
        answer["retries"] = new JsonObject { ["bulk"] = 0, ["search"] = 0 };
        answer["throttled_millis"] = 0;
        answer["requests_per_second"] = -1.0;
        answer["throttled_until_millis"] = 0;
        answer["failures"] = failures;
        return answer;
    }
}
