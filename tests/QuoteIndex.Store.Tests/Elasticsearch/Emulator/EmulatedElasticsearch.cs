using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

/// <summary>
/// An in-memory Elasticsearch 9 node: indices with mappings and analysers, aliases, documents, refreshes, points in
/// time; it answers the REST endpoints QuoteIndex uses with the statuses and JSON shapes a real node writes. What it
/// does not emulate is answered with a 400 that says so, never with a guess. One request runs at a time.
/// </summary>
internal sealed partial class EmulatedElasticsearch(TimeProvider clock)
{
    public const string Version = "9.1.0";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, EmulatedIndex> _indices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PointInTime> _pits = new(StringComparer.Ordinal);
    private int _uuids;

    public TimeProvider Clock { get; } = clock;

    /// <summary>The indices by name (for tests that look inside).</summary>
    public IReadOnlyDictionary<string, EmulatedIndex> Indices
    {
        get
        {
            lock (_gate)
                return new Dictionary<string, EmulatedIndex>(_indices, StringComparer.Ordinal);
        }
    }

    public EmulatorAnswer Handle(EmulatorRequest request)
    {
        lock (_gate)
            return Answer(request);
    }

    private EmulatorAnswer Answer(EmulatorRequest request)
    {
        try
        {
            return Route(request);
        }
        catch (EmulatorError error)
        {
            return new EmulatorAnswer(error.Status, error.Body());
        }
    }

    private EmulatorAnswer Route(EmulatorRequest r)
    {
        var s = r.Segments;
        var m = r.Method;
        switch (s.Count)
        {
            case 0 when m is "GET" or "HEAD":
                return Ok(Info());
            case >= 2 when s[0] == "_cluster" && s[1] == "health" && m == "GET":
                return ClusterHealth(r, s.Count > 2 ? s[2] : null);
            case 1 when s[0] == "_bulk" && m is "POST" or "PUT":
                return Bulk(r, null);
            case 1 when s[0] == "_mget" && m is "POST" or "GET":
                return MultiGet(r, null);
            case 1 when s[0] == "_aliases" && m == "POST":
                return UpdateAliases(r);
            case 1 when s[0] == "_alias" && m == "GET":
                return GetAliases(null, null);
            case 2 when s[0] == "_alias" && m is "GET" or "HEAD":
                return GetAliases(null, s[1], m == "HEAD");
            case 1 when s[0] == "_reindex" && m == "POST":
                return Reindex(r);
            case 1 when s[0] == "_pit" && m == "DELETE":
                return ClosePointInTime(r);
            case 1 when s[0] == "_search" && m is "POST" or "GET":
                return Search(r, null);
            case 1 when s[0] == "_msearch" && m is "POST" or "GET":
                return MultiSearch(r, null);
            case 1 when s[0] == "_count" && m is "POST" or "GET":
                return Count(r, "*");
            case 1 when s[0] == "_refresh" && m is "POST" or "GET":
                return RefreshIndices("*");
            case 1 when !s[0].StartsWith('_'):
                return m switch
                {
                    "PUT" => CreateIndex(r, s[0]),
                    "HEAD" => new EmulatorAnswer(Resolve(s[0], mustExist: false).Count > 0 ? 200 : 404, null),
                    "GET" => GetIndex(s[0]),
                    "DELETE" => DeleteIndex(s[0]),
                    _ => throw NoHandler(r),
                };
            case 2 when !s[0].StartsWith('_'):
                return s[1] switch
                {
                    "_doc" when m == "POST" => IndexDocument(r, s[0], null, createOnly: false),
                    "_bulk" when m is "POST" or "PUT" => Bulk(r, s[0]),
                    "_mget" when m is "POST" or "GET" => MultiGet(r, s[0]),
                    "_search" when m is "POST" or "GET" => Search(r, s[0]),
                    "_msearch" when m is "POST" or "GET" => MultiSearch(r, s[0]),
                    "_count" when m is "POST" or "GET" => Count(r, s[0]),
                    "_delete_by_query" when m == "POST" => DeleteByQuery(r, s[0]),
                    "_refresh" when m is "POST" or "GET" => RefreshIndices(s[0]),
                    "_pit" when m == "POST" => OpenPointInTime(r, s[0]),
                    "_alias" when m == "GET" => GetAliases(s[0], null),
                    "_mapping" when m == "GET" => GetMapping(s[0]),
                    _ => throw NoHandler(r),
                };
            case 3 when !s[0].StartsWith('_'):
                return (s[1], m) switch
                {
                    ("_doc", "PUT" or "POST") => IndexDocument(r, s[0], s[2], createOnly: r.Parameter("op_type") == "create"),
                    ("_create", "PUT" or "POST") => IndexDocument(r, s[0], s[2], createOnly: true),
                    ("_doc", "GET" or "HEAD") => GetDocument(r, s[0], s[2], m == "HEAD"),
                    ("_doc", "DELETE") => DeleteDocument(r, s[0], s[2]),
                    ("_update", "POST") => UpdateDocument(r, s[0], s[2]),
                    ("_alias", "GET" or "HEAD") => GetAliases(s[0], s[2], m == "HEAD"),
                    ("_alias" or "_aliases", "PUT" or "POST") => PutAlias(r, s[0], s[2]),
                    _ => throw NoHandler(r),
                };
            default:
                throw NoHandler(r);
        }
    }

    private static EmulatorError NoHandler(EmulatorRequest r) => EmulatorError.NotEmulated($"the endpoint [{r.Method} /{string.Join('/', r.Segments)}]");

    private static EmulatorAnswer Ok(JsonNode body) => EmulatorAnswer.Ok(body);

    private static JsonObject Info() => new()
    {
        ["name"] = "emulated-node",
        ["cluster_name"] = "emulated",
        ["cluster_uuid"] = "emulated-cluster-uuid",
        ["version"] = new JsonObject
        {
            ["number"] = Version,
            ["build_flavor"] = "default",
            ["build_type"] = "in-memory",
            ["lucene_version"] = "10.2.2",
            ["minimum_wire_compatibility_version"] = "8.19.0",
            ["minimum_index_compatibility_version"] = "8.0.0",
        },
        ["tagline"] = "You Know, for Search",
    };

    private static JsonObject Shards(int total, int successful) => new() { ["total"] = total, ["successful"] = successful, ["failed"] = 0 };

    private static JsonObject SearchShards(int total) => new() { ["total"] = total, ["successful"] = total, ["skipped"] = 0, ["failed"] = 0 };

    /// <summary>
    /// The indices a name stands for: an index, an alias, a comma-separated list, "*" or "_all" or a wildcard.
    /// A missing concrete name is a 404 when <paramref name="mustExist"/>.
    /// </summary>
    private List<EmulatedIndex> Resolve(string expression, bool mustExist = true)
    {
        var result = new List<EmulatedIndex>();
        foreach (var name in expression.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (name is "*" or "_all" || name.Contains('*', StringComparison.Ordinal))
            {
                var pattern = new Regex("^" + Regex.Escape(name == "_all" ? "*" : name).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
                result.AddRange(_indices.Values.Where(i => pattern.IsMatch(i.Name) || i.Aliases.Keys.Any(pattern.IsMatch)));
                continue;
            }

            if (_indices.TryGetValue(name, out var index))
            {
                result.Add(index);
                continue;
            }

            var aliased = _indices.Values.Where(i => i.Aliases.ContainsKey(name)).ToList();
            if (aliased.Count == 0 && mustExist)
                throw EmulatorError.IndexNotFound(name);
            result.AddRange(aliased);
        }

        return [.. result.Distinct().OrderBy(i => i.Name, StringComparer.Ordinal)];
    }

    /// <summary>The one index a write to <paramref name="name"/> goes to (an alias needs one index or a write index).</summary>
    private EmulatedIndex? WriteIndex(string name)
    {
        if (_indices.TryGetValue(name, out var index))
            return index;
        var aliased = _indices.Values.Where(i => i.Aliases.ContainsKey(name)).ToList();
        if (aliased.Count == 0)
            return null;
        if (aliased.Count == 1 && Json.Bool(aliased[0].Aliases[name]["is_write_index"], "is_write_index") != false)
            return aliased[0];
        return aliased.SingleOrDefault(i => Json.Bool(i.Aliases[name]["is_write_index"], "is_write_index") == true)
            ?? throw EmulatorError.BadRequest($"no write index is defined for alias [{name}]. The write index may be explicitly disabled using is_write_index=false or the alias points to multiple indices without one being designated as a write index");
    }

    private EmulatedIndex WriteIndexOrFail(string name) =>
        WriteIndex(name) ?? throw EmulatorError.NotEmulated($"automatic creation of index [{name}] on write (create it with its mapping first)");

    private string NewUuid() => $"emulated{Interlocked.Increment(ref _uuids):D14}";
}
