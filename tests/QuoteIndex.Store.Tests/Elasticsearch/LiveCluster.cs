using QuoteIndex.Store.Elasticsearch;

namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>The settings of the live cluster the environment names (see <see cref="LiveElasticsearchFactAttribute"/>), under aliases of a test's own.</summary>
internal static class LiveCluster
{
    public const string SkipReason =
        "No live Elasticsearch: set " + LiveElasticsearchFactAttribute.UrlVariable + " (e.g. http://127.0.0.1:9200 after `docker compose up elasticsearch`) to run this test.";

    /// <summary>Options for a test: a fresh "quotes-live-test-…" alias and its reviews alias, short timeouts.</summary>
    public static ElasticsearchOptions Options()
    {
        var alias = "quotes-live-test-" + Guid.NewGuid().ToString("N")[..8];
        return new ElasticsearchOptions
        {
            Url = Environment.GetEnvironmentVariable(LiveElasticsearchFactAttribute.UrlVariable),
            ApiKey = Environment.GetEnvironmentVariable("QUOTEINDEX_ELASTICSEARCH_APIKEY"),
            Username = Environment.GetEnvironmentVariable("QUOTEINDEX_ELASTICSEARCH_PASSWORD") is null ? null
                : Environment.GetEnvironmentVariable("QUOTEINDEX_ELASTICSEARCH_USERNAME") ?? "elastic",
            Password = Environment.GetEnvironmentVariable("QUOTEINDEX_ELASTICSEARCH_PASSWORD"),
            IndexAlias = alias,
            ReviewIndexAlias = alias + "-reviews",
            RequestTimeout = TimeSpan.FromSeconds(10),
            OperationTimeout = TimeSpan.FromSeconds(30),
        };
    }
}
