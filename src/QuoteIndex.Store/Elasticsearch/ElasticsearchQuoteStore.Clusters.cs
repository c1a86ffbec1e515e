using System.Text.Json.Nodes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>Clusters: candidates by shared keys, a cluster's appearances in publication order, and cluster sizes.</summary>
public sealed partial class ElasticsearchQuoteStore
{
    public async Task<IReadOnlyList<ClusterCandidate>> FindClusterCandidatesAsync(
        IReadOnlyCollection<string> clusterKeys, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clusterKeys);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var keys = clusterKeys.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
            return [];
        await ReadyAsync(cancellationToken);
        var answer = await SearchAsync(CandidatesBody(keys, limit), $"looking up cluster candidates in '{Alias}'", cancellationToken);
        return [.. Hits(answer).Select(hit => new ClusterCandidate(
            hit!["_source"]!["id"]!.GetValue<string>(), hit["_source"]!["clusterId"]!.GetValue<string>(), hit["_source"]!["text"]!.GetValue<string>()))];
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
