using System.Text.Json.Nodes;
using QuoteIndex.Core.Storage;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>Clusters: candidates by shared keys, a cluster's appearances in publication order, and cluster sizes.</summary>
public sealed partial class ElasticsearchQuoteStore
{
    /// <summary>Searches one multi-search request carries when a batch is clustered.</summary>
    internal const int SearchesPerRequest = 100;

    public async Task<IReadOnlyList<ClusterCandidate>> FindClusterCandidatesAsync(
        IReadOnlyCollection<string> clusterKeys, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clusterKeys);
        return (await FindClusterCandidatesForEachAsync([clusterKeys], limit, cancellationToken))[0];
    }

    /// <summary>A batch's look-ups in <c>_msearch</c> requests of <see cref="SearchesPerRequest"/>, not one request per quote.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<ClusterCandidate>>> FindClusterCandidatesForEachAsync(
        IReadOnlyList<IReadOnlyCollection<string>> keysPerQuote, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keysPerQuote);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var found = new IReadOnlyList<ClusterCandidate>[keysPerQuote.Count];
        var asked = new List<(int Index, JsonObject Body)>();
        for (var i = 0; i < found.Length; i++)
        {
            var keys = keysPerQuote[i].Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count == 0)
                found[i] = [];
            else
                asked.Add((i, CandidatesBody(keys, limit)));
        }

        if (asked.Count > 0)
            await ReadyAsync(cancellationToken);
        foreach (var chunk in asked.Chunk(SearchesPerRequest))
        {
            var ndjson = new System.Text.StringBuilder();
            foreach (var (_, body) in chunk)
                ndjson.Append("{}\n").Append(body.ToJsonString()).Append('\n');
            var operation = $"looking up cluster candidates of {chunk.Length} quotes in '{Alias}'";
            var answer = await SendAsync(HttpMethod.POST, $"{Alias}/_msearch", ndjson.ToString(), operation, cancellationToken);
            var responses = answer["responses"]?.AsArray() ?? [];
            if (responses.Count != chunk.Length)
                throw new ElasticsearchStoreException($"Elasticsearch at {_resilience.ClusterUrl} answered {operation} with {responses.Count} responses.");
            for (var k = 0; k < chunk.Length; k++)
            {
                if (responses[k]?["error"] is { } error)
                    throw new ElasticsearchStoreException($"Elasticsearch at {_resilience.ClusterUrl} failed {operation}: {error["type"]}: {error["reason"]}.");
                found[chunk[k].Index] = [.. Hits(responses[k]!).Select(hit => new ClusterCandidate(
                    hit!["_source"]!["id"]!.GetValue<string>(), hit["_source"]!["clusterId"]!.GetValue<string>(), hit["_source"]!["text"]!.GetValue<string>()))];
            }
        }

        return found;
    }

    /// <summary>
    /// Each shared key scores one (constant_score), so the score is the number of keys a quote shares; ties by id.
    /// Elasticsearch reads every posting of a key, where Lucene stops after a few dozen: the interface allows either.
    /// </summary>
    internal static JsonObject CandidatesBody(IReadOnlyList<string> keys, int limit) => new()
    {
        ["query"] = QuoteQueryDsl.Bool(new JsonObject
        {
            ["should"] = QuoteQueryDsl.Array(keys.Select(key => new JsonObject
            {
                ["constant_score"] = new JsonObject { ["filter"] = QuoteQueryDsl.Term("clusterKey", key), ["boost"] = 1 },
            })),
            ["minimum_should_match"] = 1,
        }),
        ["size"] = limit,
        ["_source"] = new JsonArray("id", "clusterId", "text"),
        ["sort"] = new JsonArray(new JsonObject { ["_score"] = new JsonObject { ["order"] = "desc" } }, QuoteQueryDsl.ById()),
    };

    public async Task<QuoteCluster?> GetClusterAsync(string clusterId, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clusterId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await ReadyAsync(cancellationToken);
        var answer = await SearchAsync(ClusterBody(clusterId, limit), $"reading cluster {clusterId} from '{Alias}'", cancellationToken);
        var total = answer["hits"]!["total"]!["value"]!.GetValue<long>();
        return total == 0 ? null : new QuoteCluster(clusterId, total, [.. Hits(answer).Select(hit => ClusterAppearance.Of(ReadQuote(hit!)))]);
    }

    internal static JsonObject ClusterBody(string clusterId, int limit) => new()
    {
        ["query"] = QuoteQueryDsl.AllOf([QuoteQueryDsl.Term("clusterId", clusterId)]),
        ["size"] = limit,
        ["track_total_hits"] = true,
        ["_source"] = new JsonArray("quote"),
        ["sort"] = EarliestFirst(),
    };

    public async Task<IReadOnlyDictionary<string, long>> GetClusterSizesAsync(IReadOnlyCollection<string> clusterIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clusterIds);
        var ids = clusterIds.Distinct(StringComparer.Ordinal).ToList();
        var sizes = ids.ToDictionary(id => id, _ => 0L, StringComparer.Ordinal);
        if (ids.Count == 0)
            return sizes;
        await ReadyAsync(cancellationToken);
        var answer = await SearchAsync(ClusterSizesBody(ids), $"counting {ids.Count} clusters in '{Alias}'", cancellationToken);
        foreach (var bucket in answer["aggregations"]?["sizes"]?["buckets"]?.AsArray() ?? [])
            sizes[Key(bucket!)] = bucket!["doc_count"]!.GetValue<long>();
        return sizes;
    }

    internal static JsonObject ClusterSizesBody(IReadOnlyList<string> ids) => new()
    {
        ["query"] = QuoteQueryDsl.AllOf([QuoteQueryDsl.Terms("clusterId", ids)]),
        ["size"] = 0,
        ["aggs"] = new JsonObject { ["sizes"] = QuoteQueryDsl.TermsAggregation("clusterId", ids.Count) },
    };

    /// <summary>Earliest published first, undated last, then by id: a cluster's and an export's order.</summary>
    private static JsonArray EarliestFirst() => new(QuoteQueryDsl.DateSort("published", newestFirst: false), QuoteQueryDsl.ById());
}
