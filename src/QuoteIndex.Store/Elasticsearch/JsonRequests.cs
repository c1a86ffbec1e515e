using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// Requests whose body is JSON written here (the mapping file as it is, NDJSON bulk bodies), sent through the client's
/// own transport inside <see cref="ElasticsearchResilience"/>. The typed request objects would re-serialise the
/// mapping file and hide the bytes a bulk request is bounded by.
/// </summary>
internal static class JsonRequests
{
    public static Task<TResponse> SendAsync<TResponse>(
        ElasticsearchClient client, ElasticsearchResilience resilience, HttpMethod method, string path, PostData? body,
        string operation, CancellationToken cancellationToken, TimeSpan? timeout = null)
        where TResponse : TransportResponse, new()
    {
        var configuration = timeout is { } t ? new RequestConfiguration { RequestTimeout = t } : null;
        return resilience.ExecuteAsync(
            operation,
            ct => client.Transport.RequestAsync<TResponse>(new EndpointPath(method, path), body, null, configuration, ct),
            cancellationToken,
            timeout);
    }

    /// <summary>The body of a string response as JSON; an empty object when there is none.</summary>
    public static JsonNode Parse(StringResponse response) =>
        string.IsNullOrWhiteSpace(response.Body) ? new JsonObject() : JsonNode.Parse(response.Body) ?? new JsonObject();

    /// <summary>The "error.type" of an Elasticsearch error body, or null.</summary>
    public static string? ErrorType(StringResponse response)
    {
        try
        {
            return Parse(response)["error"]?["type"]?.GetValue<string>();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
