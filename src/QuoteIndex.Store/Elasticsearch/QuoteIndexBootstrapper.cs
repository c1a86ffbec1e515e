using System.Globalization;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// Makes sure the quotes alias exists: when it is missing, creates "{alias}-v1" from index-mappings/quotes.json with
/// the alias on it, in one request (so no moment exists where the index is there and the alias is not); when it is
/// present, leaves it as it is, whatever it points at.
/// </summary>
public sealed class QuoteIndexBootstrapper
{
    private readonly ElasticsearchClient _client;
    private readonly ElasticsearchResilience _resilience;
    private readonly string _alias;
    private readonly string _reviewAlias;

    public QuoteIndexBootstrapper(ElasticsearchClient client, ElasticsearchResilience resilience, ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(resilience);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _resilience = resilience;
        _alias = options.IndexAlias;
        _reviewAlias = options.ReviewIndexAlias;
    }

    /// <summary>The concrete index the alias points at, after creating it if need be.</summary>
    public Task<string> EnsureIndexAsync(CancellationToken cancellationToken) =>
        EnsureAsync(_alias, QuoteIndexMapping.Utf8, cancellationToken);

    /// <summary>The concrete index the reviews alias points at, after creating it from index-mappings/reviews.json if need be.</summary>
    public Task<string> EnsureReviewIndexAsync(CancellationToken cancellationToken) =>
        EnsureAsync(_reviewAlias, QuoteIndexMapping.ReviewsUtf8, cancellationToken);

    private async Task<string> EnsureAsync(string alias, ReadOnlyMemory<byte> mapping, CancellationToken cancellationToken)
    {
        if (await FindAliasTargetAsync(_client, _resilience, alias, cancellationToken) is { } existing)
            return existing;

        var first = IndexName(alias, 1);
        var body = JsonNode.Parse(mapping.Span)!.AsObject();
        body["aliases"] = new JsonObject { [alias] = new JsonObject() };
        var response = await JsonRequests.SendAsync<StringResponse>(
            _client, _resilience, HttpMethod.PUT, first, PostData.String(body.ToJsonString()), $"creating index {first}", cancellationToken);

        if (response.ApiCallDetails.HasSuccessfulStatusCode)
            return first;
        // Another process created it first: its alias is as good as ours.
        if (JsonRequests.ErrorType(response) == "resource_already_exists_exception"
            && await FindAliasTargetAsync(_client, _resilience, alias, cancellationToken) is { } raced)
            return raced;
        throw _resilience.Failure($"creating index {first} for alias '{alias}'", response);
    }

    /// <summary>"{alias}-v{version}".</summary>
    public static string IndexName(string alias, int version) => string.Create(CultureInfo.InvariantCulture, $"{alias}-v{version}");

    /// <summary>The one index <paramref name="alias"/> points at; null when the alias does not exist.</summary>
    /// <exception cref="InvalidOperationException">The alias points at several indices, which this store never does.</exception>
    internal static async Task<string?> FindAliasTargetAsync(
        ElasticsearchClient client, ElasticsearchResilience resilience, string alias, CancellationToken cancellationToken)
    {
        var response = await JsonRequests.SendAsync<StringResponse>(
            client, resilience, HttpMethod.GET, $"_alias/{alias}", null, $"looking up alias '{alias}'", cancellationToken);
        if (response.ApiCallDetails.HttpStatusCode == 404)
            return null;
        if (!response.ApiCallDetails.HasSuccessfulStatusCode)
            throw resilience.Failure($"looking up alias '{alias}'", response);

        // {"quotes-v2": {"aliases": {"quotes": {}}}}
        var indices = JsonRequests.Parse(response).AsObject().Select(p => p.Key).ToList();
        return indices.Count switch
        {
            0 => null,
            1 => indices[0],
            _ => throw new InvalidOperationException(
                $"The alias '{alias}' at {resilience.ClusterUrl} points at {indices.Count} indices ({string.Join(", ", indices)}); it must point at one."),
        };
    }
}
