using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Lucene;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// The scale-out store: quotes in an Elasticsearch index behind the <see cref="ElasticsearchOptions.IndexAlias"/> alias,
/// reviews in another behind <see cref="ElasticsearchOptions.ReviewIndexAlias"/>, both created from index-mappings/
/// on first use. Every method means what the Lucene store's does (the conformance suite holds both to it); the
/// request bodies are JSON written here, sent through the one client's transport inside <see cref="ElasticsearchResilience"/>.
/// </summary>
/// <remarks>
/// Writes go through <see cref="BulkQuoteWriter"/> and end with a refresh, so they are visible once they return. An
/// operation that failed for good throws <see cref="ElasticsearchStoreException"/> naming the quotes or articles at fault.
/// </remarks>
public sealed partial class ElasticsearchQuoteStore : IQuoteStore
{
    private readonly ElasticsearchClient _client;
    private readonly ElasticsearchResilience _resilience;
    private readonly ElasticsearchOptions _options;
    private readonly BulkQuoteWriter _writer;
    private readonly QuoteIndexBootstrapper _bootstrapper;

    // Query words are split as the index's analysers split them, to drop a clause that is only stop words as Lucene does.
    private readonly QuoteAnalyzer _analyzer = new();
    private readonly SemaphoreSlim _readyLock = new(1, 1);
    private volatile bool _ready;
    private int _disposed;

    /// <summary>A store over the process's one client, which it does not dispose.</summary>
    public ElasticsearchQuoteStore(
        ElasticsearchClient client, ElasticsearchResilience resilience, ElasticsearchOptions options, BulkQuoteWriter writer, QuoteIndexBootstrapper bootstrapper)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(resilience);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(bootstrapper);
        _client = client;
        _resilience = resilience;
        _options = options;
        _writer = writer;
        _bootstrapper = bootstrapper;
    }

    private string Alias => _options.IndexAlias;

    public async Task UpsertAsync(IReadOnlyCollection<Quote> quotes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        if (quotes.Count == 0)
            return;
        await ReadyAsync(cancellationToken);
        ThrowIfFailed("writing quotes", await _writer.IndexAsync(quotes, cancellationToken));
    }

    public Task ReplaceArticleAsync(string articleId, IReadOnlyCollection<Quote> quotes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        ArgumentNullException.ThrowIfNull(quotes);
        // Checks that every quote is the article's before anything is sent.
        var article = new ArticleQuotes(articleId, [.. quotes]);
        return ReplaceArticlesAsync([article], cancellationToken);
    }

    public async Task ReplaceArticlesAsync(IReadOnlyList<ArticleQuotes> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
            return;
        await ReadyAsync(cancellationToken);
        ThrowIfFailed("replacing articles' quotes", await _writer.ReplaceArticlesAsync(articles, cancellationToken));
    }

    public async Task<Quote?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await ReadyAsync(cancellationToken);
        var operation = $"reading quote {id}";
        var response = await JsonRequests.SendAsync<StringResponse>(
            _client, _resilience, HttpMethod.GET, $"{Alias}/_doc/{Uri.EscapeDataString(id)}?_source_includes=quote", null, operation, cancellationToken);
        if (response.ApiCallDetails.HttpStatusCode == 404)
            return null;
        if (!response.ApiCallDetails.HasSuccessfulStatusCode)
            throw _resilience.Failure(operation, response);
        var body = JsonRequests.Parse(response);
        return body["found"]?.GetValue<bool>() == true ? ReadQuote(body) : null;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken);
        var body = await SendAsync(HttpMethod.POST, $"{Alias}/_count", null, $"counting the quotes of '{Alias}'", cancellationToken);
        return body["count"]!.GetValue<long>();
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _analyzer.Dispose();
            _readyLock.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Creates the quotes and reviews indices when missing, once; a failure is thrown and tried again by the next call.</summary>
    private async Task ReadyAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (_ready)
            return;
        await _readyLock.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
                return;
            await _bootstrapper.EnsureIndexAsync(cancellationToken);
            await _bootstrapper.EnsureReviewIndexAsync(cancellationToken);
            _ready = true;
        }
        finally
        {
            _readyLock.Release();
        }
    }

    /// <summary>Sends <paramref name="body"/> and returns the answer as JSON; a failed answer throws, naming <paramref name="operation"/>.</summary>
    private Task<JsonNode> SendAsync(HttpMethod method, string path, JsonNode? body, string operation, CancellationToken cancellationToken) =>
        SendAsync(method, path, body?.ToJsonString(), operation, cancellationToken);

    /// <inheritdoc cref="SendAsync(HttpMethod, string, JsonNode?, string, CancellationToken)"/>
    private async Task<JsonNode> SendAsync(HttpMethod method, string path, string? body, string operation, CancellationToken cancellationToken)
    {
        var response = await JsonRequests.SendAsync<StringResponse>(
            _client, _resilience, method, path, body is null ? null : PostData.String(body), operation, cancellationToken);
        if (!response.ApiCallDetails.HasSuccessfulStatusCode)
        {
            // The only request error a caller can cause: a histogram too fine for its date range.
            if (JsonRequests.ErrorType(response) == "too_many_buckets_exception"
                || JsonRequests.Parse(response)["error"]?["caused_by"]?["type"]?.GetValue<string>() == "too_many_buckets_exception")
            {
                throw new InvalidQueryException(
                    $"The histogram has more than {DateHistograms.MaxBuckets} buckets; use a longer interval or a shorter date range.") { Input = "interval" };
            }

            throw _resilience.Failure(operation, response);
        }

        return JsonRequests.Parse(response);
    }

    /// <summary>A search of the quotes alias.</summary>
    private Task<JsonNode> SearchAsync(JsonObject body, string operation, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.POST, $"{Alias}/_search", body, operation, cancellationToken);

    /// <summary>The hits of a search answer.</summary>
    private static JsonArray Hits(JsonNode answer) => answer["hits"]?["hits"]?.AsArray() ?? [];

    /// <summary>The quote a hit (or a GET answer) holds under _source.quote.</summary>
    private static Quote ReadQuote(JsonNode hit)
    {
        var quote = hit["_source"]?["quote"]
            ?? throw new JsonException($"The indexed quote {hit["_id"]} has no 'quote' field in its source.");
        return quote.Deserialize<Quote>(QuoteJson.Options)
            ?? throw new JsonException($"The indexed quote {hit["_id"]} has a null 'quote' field.");
    }

    private void ThrowIfFailed(string operation, BulkWriteResult result)
    {
        if (result.Succeeded)
            return;
        const int Named = 10;
        var named = string.Join("; ", result.Failures.Take(Named).Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{f.Operation} {f.Id}: {f.Status?.ToString(CultureInfo.InvariantCulture) ?? "no status"} {f.ErrorType} ({f.Reason})")));
        var more = result.Failures.Count > Named ? string.Create(CultureInfo.InvariantCulture, $" and {result.Failures.Count - Named} more") : "";
        throw new ElasticsearchStoreException(string.Create(CultureInfo.InvariantCulture,
            $"Elasticsearch at {_resilience.ClusterUrl} failed {operation} in '{Alias}': {result.Failures.Count} operations failed ({named}{more}); {result.Indexed} quotes were written."))
        {
            Failures = result.Failures,
        };
    }
}
