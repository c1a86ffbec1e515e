using System.Globalization;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using QuoteIndex.Store.Elasticsearch;

namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>An Elasticsearch client wired to a <see cref="RecordingRequestInvoker"/>, with short timeouts and back-offs.</summary>
internal sealed class FakeCluster
{
    public const string Url = "http://127.0.0.1:9200";

    public FakeCluster(Action<ElasticsearchOptions>? configure = null)
    {
        Options = TestOptions();
        configure?.Invoke(Options);
        Client = ElasticsearchClientFactory.Create(Options, Invoker);
        Resilience = ElasticsearchResilience.Create(Options);
    }

    public RecordingRequestInvoker Invoker { get; } = new();

    /// <summary>Options for a test cluster at <see cref="Url"/>: invented credentials, short back-offs.</summary>
    public static ElasticsearchOptions TestOptions() => new()
    {
        Url = Url,
        Username = "elastic",
        Password = "invented-password",
        OperationTimeout = TimeSpan.FromSeconds(30),
        Bulk = new BulkOptions { FirstBackoff = TimeSpan.FromMilliseconds(1), MaxBackoff = TimeSpan.FromMilliseconds(4), MaxAttempts = 4 },
    };

    public ElasticsearchOptions Options { get; }

    public ElasticsearchClient Client { get; }

    public ElasticsearchResilience Resilience { get; }

    public BulkQuoteWriter Writer() => new(Client, Resilience, Options, TimeProvider.System);

    /// <summary>
    /// A store on this cluster whose indices exist already: every alias look-up is answered, so the requests of the
    /// method under test follow the two look-ups of the first call.
    /// </summary>
    public ElasticsearchQuoteStore Store()
    {
        Invoker.Always(r => r.Method == "GET" && r.PathOnly.StartsWith("_alias/", StringComparison.Ordinal), 200,
            """{"quotes-v1":{"aliases":{"quotes":{}}}}""");
        return new ElasticsearchQuoteStore(Client, Resilience, Options, Writer(), new QuoteIndexBootstrapper(Client, Resilience, Options));
    }

    /// <summary>The requests sent after the alias look-ups, in order.</summary>
    public IReadOnlyList<RecordedRequest> Calls() =>
        Invoker.Requests.Where(r => !r.PathOnly.StartsWith("_alias/", StringComparison.Ordinal)).ToList();

    /// <summary>The requests sent to <paramref name="pathSuffix"/> (e.g. "/_bulk"), in order.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string pathSuffix) =>
        Invoker.Requests.Where(r => r.PathOnly.EndsWith(pathSuffix, StringComparison.Ordinal)).ToList();

    /// <summary>
    /// A bulk answer of HTTP 200 with one item a status: 2xx created, 429 rejected, 503 unavailable shard, other 4xx a
    /// mapping error; the bodies are shaped as Elasticsearch 9 writes them (see Recorded/bulk-mixed.json).
    /// </summary>
    public static string BulkAnswer(params int[] statuses)
    {
        var items = new JsonArray();
        for (var i = 0; i < statuses.Length; i++)
        {
            var status = statuses[i];
            var item = new JsonObject
            {
                ["_index"] = "quotes-v1",
                ["_id"] = string.Create(CultureInfo.InvariantCulture, $"item-{i}"),
                ["status"] = status,
            };
            if (status is >= 200 and < 300)
            {
                item["result"] = "created";
                item["_version"] = 1;
            }
            else
            {
                item["error"] = status switch
                {
                    429 => Error("es_rejected_execution_exception", "rejected execution of coordinating operation"),
                    >= 500 => Error("unavailable_shards_exception", "primary shard is not active"),
                    _ => Error("document_parsing_exception", "[1:120] failed to parse field [published] of type [date]"),
                };
            }

            items.Add(new JsonObject { ["index"] = item });
        }

        return new JsonObject
        {
            ["errors"] = statuses.Any(s => s >= 300),
            ["took"] = 3,
            ["items"] = items,
        }.ToJsonString();
    }

    private static JsonObject Error(string type, string reason) => new() { ["type"] = type, ["reason"] = reason };
}
