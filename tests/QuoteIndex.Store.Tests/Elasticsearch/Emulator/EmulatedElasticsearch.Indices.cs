using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

// Index administration: create, get, delete, aliases, refresh, cluster health, reindex.
internal sealed partial class EmulatedElasticsearch
{
    private static readonly string[] KnownSettings =
        ["number_of_shards", "number_of_replicas", "analysis", "refresh_interval", "max_result_window", "codec", "auto_expand_replicas"];

    private EmulatorAnswer CreateIndex(EmulatorRequest r, string name)
    {
        r.OnlyParameters();
        if (name != name.ToLowerInvariant())
            throw new EmulatorError(400, "invalid_index_name_exception", $"Invalid index name [{name}], must be lowercase", name);
        if (InvalidIndexName().IsMatch(name) || name.StartsWith('-') || name.StartsWith('+'))
            throw new EmulatorError(400, "invalid_index_name_exception", $"Invalid index name [{name}], must not contain the following characters [ , \", *, \\, <, |, ,, >, /, ?]", name);
        if (_indices.TryGetValue(name, out var existing))
        {
            throw new EmulatorError(400, "resource_already_exists_exception", $"index [{name}/{existing.Uuid}] already exists", name)
            {
                CausedBy = null,
            };
        }

        if (_indices.Values.Any(i => i.Aliases.ContainsKey(name)))
            throw new EmulatorError(400, "invalid_index_name_exception", $"Invalid index name [{name}], already exists as alias", name);

        var body = r.Json();
        Json.OnlyKeys(body, "create index", "settings", "mappings", "aliases");
        var settings = FlattenSettings(body["settings"] as JsonObject);
        var analysis = new Analysis(settings["analysis"] as JsonObject);
        var mapping = new IndexMapping(body["mappings"] as JsonObject, analysis);
        var index = new EmulatedIndex(name, settings, analysis, mapping, NewUuid());
        foreach (var (alias, definition) in body["aliases"] as JsonObject ?? [])
        {
            CheckAliasName(alias);
            index.Aliases[alias] = AliasDefinition(definition as JsonObject ?? []);
        }

        _indices[name] = index;
        return Ok(new JsonObject { ["acknowledged"] = true, ["shards_acknowledged"] = true, ["index"] = name });
    }

    [GeneratedRegex("[ \"*\\\\<|,>/?#:]", RegexOptions.CultureInvariant)]
    private static partial Regex InvalidIndexName();

    /// <summary>Settings as {"number_of_shards": ..., "analysis": {...}} whether given nested under "index", flat, or dotted.</summary>
    private static JsonObject FlattenSettings(JsonObject? settings)
    {
        var flat = new JsonObject();
        void Add(string key, JsonNode? value)
        {
            if (key.StartsWith("index.", StringComparison.Ordinal))
                key = key["index.".Length..];
            if (key == "index" && value is JsonObject nested)
            {
                foreach (var (k, v) in nested)
                    Add(k, v);
                return;
            }

            if (!KnownSettings.Contains(key, StringComparer.Ordinal))
                throw EmulatorError.NotEmulated($"the index setting [index.{key}]");
            flat[key] = value?.DeepClone();
        }

        foreach (var (key, value) in settings ?? [])
            Add(key, value);
        return flat;
    }

    private static JsonObject AliasDefinition(JsonObject definition)
    {
        Json.OnlyKeys(definition, "alias", "is_write_index", "is_hidden");
        return (JsonObject)definition.DeepClone();
    }

    private void CheckAliasName(string alias)
    {
        if (_indices.ContainsKey(alias))
            throw new EmulatorError(400, "invalid_alias_name_exception", $"Invalid alias name [{alias}]: an index or data stream exists with the same name as the alias", alias);
    }

    private EmulatorAnswer GetIndex(string expression)
    {
        var result = new JsonObject();
        foreach (var index in Resolve(expression))
        {
            var settings = (JsonObject)index.Settings.DeepClone();
            foreach (var key in new[] { "number_of_shards", "number_of_replicas" })
                settings[key] = Json.String(settings[key]) ?? (key == "number_of_shards" ? "1" : "1");
            settings["provided_name"] = index.Name;
            settings["uuid"] = index.Uuid;
            settings["creation_date"] = "0";
            settings["version"] = new JsonObject { ["created"] = "9009000" };
            result[index.Name] = new JsonObject
            {
                ["aliases"] = AliasesOf(index, null),
                ["mappings"] = index.Mapping.Raw.DeepClone(),
                ["settings"] = new JsonObject { ["index"] = settings },
            };
        }

        return Ok(result);
    }

    private EmulatorAnswer GetMapping(string expression)
    {
        var result = new JsonObject();
        foreach (var index in Resolve(expression))
            result[index.Name] = new JsonObject { ["mappings"] = index.Mapping.Raw.DeepClone() };
        return Ok(result);
    }

    private EmulatorAnswer DeleteIndex(string expression)
    {
        foreach (var name in expression.Split(','))
        {
            if (!_indices.ContainsKey(name) && _indices.Values.Any(i => i.Aliases.ContainsKey(name)))
                throw EmulatorError.BadRequest($"The provided expression [{name}] matches an alias, specify the corresponding concrete indices instead.");
        }

        foreach (var index in Resolve(expression))
            _indices.Remove(index.Name);
        return Ok(new JsonObject { ["acknowledged"] = true });
    }

    private static JsonObject AliasesOf(EmulatedIndex index, string? alias)
    {
        var aliases = new JsonObject();
        foreach (var (name, definition) in index.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (alias is null || alias == name || (alias.Contains('*', StringComparison.Ordinal) && name.StartsWith(alias.TrimEnd('*'), StringComparison.Ordinal)))
                aliases[name] = definition.DeepClone();
        }

        return aliases;
    }

    private EmulatorAnswer GetAliases(string? indexExpression, string? alias, bool head = false)
    {
        var indices = indexExpression is null ? _indices.Values.OrderBy(i => i.Name, StringComparer.Ordinal).ToList() : Resolve(indexExpression);
        var result = new JsonObject();
        foreach (var index in indices)
        {
            var aliases = AliasesOf(index, alias);
            if (alias is null || aliases.Count > 0)
                result[index.Name] = new JsonObject { ["aliases"] = aliases };
        }

        if (alias is not null && result.Count == 0)
            return new EmulatorAnswer(404, head ? null : new JsonObject { ["error"] = $"alias [{alias}] missing", ["status"] = 404 });
        return new EmulatorAnswer(200, head ? null : result);
    }

    private EmulatorAnswer PutAlias(EmulatorRequest r, string indexExpression, string alias)
    {
        r.OnlyParameters();
        CheckAliasName(alias);
        var definition = AliasDefinition(r.Json());
        foreach (var index in Resolve(indexExpression))
            index.Aliases[alias] = (JsonObject)definition.DeepClone();
        return Ok(new JsonObject { ["acknowledged"] = true, ["errors"] = false });
    }

    /// <summary>POST /_aliases: every action checked first, then all applied at once (an atomic swap).</summary>
    private EmulatorAnswer UpdateAliases(EmulatorRequest r)
    {
        r.OnlyParameters();
        var body = r.Json();
        Json.OnlyKeys(body, "aliases", "actions");
        var changes = new List<Action>();
        foreach (var node in Json.Many(body["actions"]))
        {
            var action = Json.Object(node, "actions");
            if (action.Count != 1)
                throw EmulatorError.Parsing("[aliases] an action must have exactly one of add, remove, remove_index");
            var (type, value) = action.First();
            var o = Json.Object(value, type);
            Json.OnlyKeys(o, type, "index", "indices", "alias", "aliases", "is_write_index", "must_exist", "is_hidden");
            var indices = Json.Strings(o["index"]).Concat(Json.Strings(o["indices"])).SelectMany(e => Resolve(e)).Distinct().ToList();
            var aliases = Json.Strings(o["alias"]).Concat(Json.Strings(o["aliases"])).ToList();
            switch (type)
            {
                case "add":
                    foreach (var alias in aliases)
                        CheckAliasName(alias);
                    var definition = new JsonObject();
                    if (o["is_write_index"] is { } write)
                        definition["is_write_index"] = write.DeepClone();
                    changes.AddRange(indices.SelectMany(i => aliases.Select(a => (Action)(() => i.Aliases[a] = (JsonObject)definition.DeepClone()))));
                    break;
                case "remove":
                    foreach (var index in indices)
                    {
                        var missing = aliases.Where(a => !index.Aliases.ContainsKey(a)).ToList();
                        if (missing.Count > 0 && Json.Bool(o["must_exist"], "must_exist") != false)
                            throw new EmulatorError(404, "aliases_not_found_exception", $"aliases [{string.Join(",", missing)}] missing") { };
                        changes.AddRange(aliases.Select(a => (Action)(() => index.Aliases.Remove(a))));
                    }

                    break;
                case "remove_index":
                    changes.AddRange(indices.Select(i => (Action)(() => _indices.Remove(i.Name))));
                    break;
                default:
                    throw EmulatorError.Parsing($"[aliases] unknown field [{type}]");
            }
        }

        foreach (var change in changes)
            change();
        return Ok(new JsonObject { ["acknowledged"] = true, ["errors"] = false });
    }

    private EmulatorAnswer RefreshIndices(string expression)
    {
        var indices = Resolve(expression);
        foreach (var index in indices)
            index.Refresh();
        return Ok(new JsonObject { ["_shards"] = Shards(indices.Sum(i => 1 + i.Replicas), indices.Count) });
    }

    private EmulatorAnswer ClusterHealth(EmulatorRequest r, string? expression)
    {
        r.OnlyParameters("wait_for_status", "level", "local", "wait_for_no_relocating_shards", "wait_for_nodes", "wait_for_events", "wait_for_no_initializing_shards");
        var indices = expression is null ? [.. _indices.Values] : Resolve(expression);
        var unassigned = indices.Sum(i => i.Replicas);
        var status = unassigned > 0 ? "yellow" : "green";
        var wanted = r.Parameter("wait_for_status");
        var timedOut = wanted == "green" && status != "green";
        return new EmulatorAnswer(timedOut ? 408 : 200, new JsonObject
        {
            ["cluster_name"] = "emulated",
            ["status"] = status,
            ["timed_out"] = timedOut,
            ["number_of_nodes"] = 1,
            ["number_of_data_nodes"] = 1,
            ["active_primary_shards"] = indices.Count,
            ["active_shards"] = indices.Count,
            ["relocating_shards"] = 0,
            ["initializing_shards"] = 0,
            ["unassigned_shards"] = unassigned,
            ["unassigned_primary_shards"] = 0,
            ["delayed_unassigned_shards"] = 0,
            ["number_of_pending_tasks"] = 0,
            ["number_of_in_flight_fetch"] = 0,
            ["task_max_waiting_in_queue_millis"] = 0,
            ["active_shards_percent_as_number"] = indices.Count + unassigned == 0 ? 100.0 : 100.0 * indices.Count / (indices.Count + unassigned),
        });
    }

    /// <summary>POST /_reindex: copies the source's searchable documents (optionally those a query matches) into dest.</summary>
    private EmulatorAnswer Reindex(EmulatorRequest r)
    {
        r.OnlyParameters("refresh", "wait_for_completion", "requests_per_second", "slices", "scroll");
        if (r.Parameter("wait_for_completion") == "false")
            throw EmulatorError.NotEmulated("reindex as a task (wait_for_completion=false)");
        var body = r.Json();
        Json.OnlyKeys(body, "reindex", "source", "dest", "conflicts", "max_docs");
        var source = Json.Object(body["source"], "source");
        Json.OnlyKeys(source, "source", "index", "query", "size", "_source");
        var dest = Json.Object(body["dest"], "dest");
        Json.OnlyKeys(dest, "dest", "index", "op_type");
        var target = WriteIndexOrFail(Json.String(dest["index"]) ?? throw EmulatorError.BadRequest("Validation Failed: 1: index must be specified;"));
        var createOnly = Json.String(dest["op_type"]) == "create";
        var proceed = Json.String(body["conflicts"]) == "proceed";
        long created = 0, updated = 0, conflicts = 0, total = 0;
        var failures = new JsonArray();
        foreach (var index in Json.Strings(source["index"]).SelectMany(e => Resolve(e)).ToList())
        {
            var snapshot = index.Searchable;
            var query = new Queries.QueryCompiler(snapshot, Clock).Compile(source["query"]);
            foreach (var document in snapshot.Documents.Where(d => query.Matches(snapshot, d)))
            {
                total++;
                try
                {
                    if (target.Put(document.Id, document.Source, createOnly).Created)
                        created++;
                    else
                        updated++;
                }
                catch (EmulatorError error) when (error.Status == 409)
                {
                    conflicts++;
                    if (!proceed)
                        failures.Add(new JsonObject { ["index"] = target.Name, ["id"] = document.Id, ["cause"] = error.Cause(), ["status"] = 409 });
                }
            }
        }

        if (r.Refresh)
            target.Refresh();
        return Ok(ByQueryAnswer(total, (updated, created), 0, conflicts, failures));
    }
}
