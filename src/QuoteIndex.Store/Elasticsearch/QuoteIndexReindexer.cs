using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// Builds the next version of the quotes index from the current one and moves the alias to it in one atomic
/// "_aliases" call, so searches never stop: "quotes-v{n}" → create "quotes-v{n+1}" from index-mappings/quotes.json →
/// "_reindex" (waiting for it to finish) → remove the alias from v{n} and add it to v{n+1} together. The old index is
/// kept (delete it by hand once the new one has been checked). Quotes written while the copy runs go to the old index
/// and are not copied: pause ingestion during a reindex.
/// </summary>
public sealed partial class QuoteIndexReindexer
{
    private readonly ElasticsearchClient _client;
    private readonly ElasticsearchResilience _resilience;
    private readonly ElasticsearchOptions _options;

    public QuoteIndexReindexer(ElasticsearchClient client, ElasticsearchResilience resilience, ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(resilience);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _resilience = resilience;
        _options = options;
    }

    public async Task<ReindexResult> ReindexAsync(CancellationToken cancellationToken)
    {
        var alias = _options.IndexAlias;
        var current = await QuoteIndexBootstrapper.FindAliasTargetAsync(_client, _resilience, alias, cancellationToken)
            ?? throw new InvalidOperationException(
                $"The alias '{alias}' does not exist at {_resilience.ClusterUrl}: there is nothing to reindex (the first write creates it).");
        var next = QuoteIndexBootstrapper.IndexName(alias, VersionOf(alias, current) + 1);

        var created = await SendAsync(HttpMethod.PUT, next, PostData.ReadOnlyMemory(QuoteIndexMapping.Utf8), $"creating index {next}", cancellationToken);
        if (!created.ApiCallDetails.HasSuccessfulStatusCode)
            throw _resilience.Failure($"creating index {next}", created);

        var copy = new JsonObject
        {
            ["source"] = new JsonObject { ["index"] = current },
            ["dest"] = new JsonObject { ["index"] = next },
        };
        var copied = await SendAsync(
            HttpMethod.POST, "_reindex?wait_for_completion=true&refresh=true", PostData.String(copy.ToJsonString()),
            $"reindexing {current} into {next}", cancellationToken, _options.ReindexTimeout);
        if (!copied.ApiCallDetails.HasSuccessfulStatusCode)
            throw _resilience.Failure($"reindexing {current} into {next} (the alias still points at {current})", copied);
        var result = JsonRequests.Parse(copied);
        if (result["failures"] is JsonArray { Count: > 0 } failures)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Reindexing {current} into {next} at {_resilience.ClusterUrl} failed for {failures.Count} documents (first: {failures[0]?.ToJsonString()}); the alias still points at {current}, and {next} is left for inspection."));
        }

        var swap = new JsonObject
        {
            ["actions"] = new JsonArray
            {
                new JsonObject { ["remove"] = new JsonObject { ["index"] = current, ["alias"] = alias } },
                new JsonObject { ["add"] = new JsonObject { ["index"] = next, ["alias"] = alias } },
            },
        };
        var swapped = await SendAsync(HttpMethod.POST, "_aliases", PostData.String(swap.ToJsonString()), $"moving alias '{alias}' to {next}", cancellationToken);
        if (!swapped.ApiCallDetails.HasSuccessfulStatusCode)
            throw _resilience.Failure($"moving alias '{alias}' from {current} to {next}", swapped);

        return new ReindexResult(current, next, result["total"]?.GetValue<long>() ?? 0, result["created"]?.GetValue<long>() ?? 0);
    }

    /// <summary>n of "{alias}-v{n}"; 1 for an index named otherwise (one made by hand), so the next is v2.</summary>
    internal static int VersionOf(string alias, string index)
    {
        var match = VersionSuffix().Match(index);
        return index.StartsWith(alias + "-v", StringComparison.Ordinal) && match.Success
            ? int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture)
            : 1;
    }

    private Task<StringResponse> SendAsync(
        HttpMethod method, string path, PostData body, string operation, CancellationToken cancellationToken, TimeSpan? timeout = null) =>
        JsonRequests.SendAsync<StringResponse>(_client, _resilience, method, path, body, operation, cancellationToken, timeout);

    [GeneratedRegex(@"-v(\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSuffix();
}

/// <summary>What a reindex did: the index the alias left, the one it points at now, and how many documents were copied.</summary>
public sealed record ReindexResult(string OldIndex, string NewIndex, long Total, long Created);
