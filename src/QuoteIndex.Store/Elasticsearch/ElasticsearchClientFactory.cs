using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// Makes the process's one <see cref="ElasticsearchClient"/> (thread-safe, it keeps the connection pool: registered as
/// a singleton, never made per request). The transport's own retries are the only retries of a whole request.
/// </summary>
public static class ElasticsearchClientFactory
{
    /// <param name="options">Checked first; an invalid setting throws with the setting's name.</param>
    /// <param name="invoker">What sends the HTTP requests; tests pass an in-memory one, production leaves the default.</param>
    public static ElasticsearchClient Create(ElasticsearchOptions options, IRequestInvoker? invoker = null)
    {
        ElasticsearchOptionsValidator.ThrowIfInvalid(options);
        var pool = new StaticNodePool(options.NodeUris(), randomize: false);
        var settings = invoker is null ? new ElasticsearchClientSettings(pool) : new ElasticsearchClientSettings(pool, invoker);
        settings
            .DefaultIndex(options.IndexAlias)
            .RequestTimeout(options.RequestTimeout)
            // The transport's retries fail a request over to the next node (on a wire failure or 502/503/504); it never
            // retries on the node that failed, so with one node there are none. Polly adds none (see ElasticsearchResilience).
            .MaximumRetries(options.MaxRetries)
            .MaxRetryTimeout(options.OperationTimeout)
            // Failures come back as responses, read by the callers (a bulk's items, a 404 alias), not as exceptions.
            .ThrowExceptions(false)
            // No HEAD / before a node is used (again): a failed request already tells the pool the node is down.
            .DisablePing(true)
            .EnableHttpCompression(invoker is null);

        if (!string.IsNullOrWhiteSpace(options.ApiKey))
            settings.Authentication(new ApiKey(options.ApiKey));
        else if (!string.IsNullOrWhiteSpace(options.Username))
            settings.Authentication(new BasicAuthentication(options.Username, options.Password!));

        if (!string.IsNullOrWhiteSpace(options.CertificateFingerprint))
            settings.CertificateFingerprint(options.CertificateFingerprint);

        return new ElasticsearchClient(settings);
    }
}
