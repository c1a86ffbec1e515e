namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>
/// A test that runs against a real cluster when QUOTEINDEX_ELASTICSEARCH_URL is set (for example to
/// http://127.0.0.1:9200 after `docker compose up elasticsearch`), and is reported as skipped, with the reason,
/// otherwise. QUOTEINDEX_ELASTICSEARCH_PASSWORD (user "elastic", or QUOTEINDEX_ELASTICSEARCH_USERNAME) or
/// QUOTEINDEX_ELASTICSEARCH_APIKEY give the credentials.
/// </summary>
public sealed class LiveElasticsearchFactAttribute : FactAttribute
{
    public const string UrlVariable = "QUOTEINDEX_ELASTICSEARCH_URL";

    public LiveElasticsearchFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(UrlVariable)))
            Skip = LiveCluster.SkipReason;
    }
}
