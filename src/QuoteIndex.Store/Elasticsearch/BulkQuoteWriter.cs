using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// Writes quotes to the quotes alias with the bulk API, in requests bounded by <see cref="BulkOptions.MaxOperations"/>
/// and <see cref="BulkOptions.MaxBytes"/>, one request at a time (a slow cluster slows the caller down instead of
/// filling memory). A bulk answer of 200 can hide failed items, so it is read item by item: items refused with 429 or
/// a 5xx are sent again after an exponential back-off with jitter, up to <see cref="BulkOptions.MaxAttempts"/>; items
/// refused with another 4xx are reported with their reason and never sent again. A request that fails as a whole
/// (after the transport's failover) throws <see cref="ElasticsearchStoreException"/>, except 429, which is
/// backed off like its items. Every write ends with a refresh, so what was written is visible to searches when the
/// call returns.
/// </summary>
public sealed class BulkQuoteWriter
{
    private readonly ElasticsearchClient _client;
    private readonly ElasticsearchResilience _resilience;
    private readonly ElasticsearchOptions _options;
    private readonly TimeProvider _timeProvider;

    public BulkQuoteWriter(ElasticsearchClient client, ElasticsearchResilience resilience, ElasticsearchOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(resilience);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _client = client;
        _resilience = resilience;
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <summary>Indexes the quotes, replacing any with the same id.</summary>
    public async Task<BulkWriteResult> IndexAsync(IReadOnlyCollection<Quote> quotes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var tally = new Tally();
        await IndexBatchesAsync(quotes, tally, cancellationToken);
        await RefreshAsync(tally, cancellationToken);
        return tally.Result();
    }

    /// <summary>
    /// Makes each article's quotes its only stored quotes; when an article is listed twice, the later entry wins.
    /// Elasticsearch has no commit over many documents, so this is weaker than the Lucene store's one commit: first
    /// every new quote is indexed (ids are stable, so a quote found again overwrites itself), then, for each article
    /// whose new quotes all went in, one delete-by-query removes its quotes that are not among them. A search running
    /// meanwhile can see an article's old and new quotes together, never neither; a failure between the two steps
    /// leaves stale quotes that the article's next replacement removes. An article some of whose new quotes failed
    /// keeps its stale quotes too, and is reported as a <see cref="BulkOperation.Replace"/> failure.
    /// </summary>
    public async Task<BulkWriteResult> ReplaceArticlesAsync(IReadOnlyList<ArticleQuotes> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var latest = new Dictionary<string, ArticleQuotes>(StringComparer.Ordinal);
        foreach (var article in articles)
            latest[article.ArticleId] = article;

        var tally = new Tally();
        await IndexBatchesAsync(latest.Values.SelectMany(a => a.Quotes).ToList(), tally, cancellationToken);

        var failedIds = tally.Failures.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var clean = new List<ArticleQuotes>();
        foreach (var article in latest.Values)
        {
            var failed = article.Quotes.Count(q => failedIds.Contains(q.Id));
            if (failed == 0)
                clean.Add(article);
            else
                tally.Failures.Add(new BulkItemFailure(article.ArticleId, BulkOperation.Replace, null, "partial_write",
                    string.Create(CultureInfo.InvariantCulture, $"{failed} of its {article.Quotes.Count} quotes were not indexed, so its stale quotes were kept."), 1));
        }

        foreach (var chunk in ChunkForDeletion(clean))
            await DeleteStaleAsync(chunk, tally, cancellationToken);
        await RefreshAsync(tally, cancellationToken);
        return tally.Result();
    }

    private async Task IndexBatchesAsync(IReadOnlyCollection<Quote> quotes, Tally tally, CancellationToken cancellationToken)
    {
        var batch = new List<PendingItem>();
        var bytes = 0;
        foreach (var quote in quotes)
        {
            var item = PendingItem.Index(quote);
            if (batch.Count > 0 && (batch.Count >= _options.Bulk.MaxOperations || bytes + item.Ndjson.Length > _options.Bulk.MaxBytes))
            {
                await SendWithRetriesAsync(batch, tally, cancellationToken);
                batch = [];
                bytes = 0;
            }

            batch.Add(item);
            bytes += item.Ndjson.Length;
        }

        if (batch.Count > 0)
            await SendWithRetriesAsync(batch, tally, cancellationToken);
    }

    private async Task SendWithRetriesAsync(List<PendingItem> batch, Tally tally, CancellationToken cancellationToken)
    {
        var pending = batch;
        for (var attempt = 1; ; attempt++)
        {
            var again = await SendOnceAsync(pending, attempt, tally, cancellationToken);
            if (again.Count == 0)
                return;
            if (attempt >= _options.Bulk.MaxAttempts)
            {
                foreach (var (item, status, type, reason) in again)
                    tally.Failures.Add(new BulkItemFailure(item.Id, BulkOperation.Index, status, type, $"{reason} (still refused after {attempt} attempts)", attempt));
                return;
            }

            await Task.Delay(Backoff(attempt), _timeProvider, cancellationToken);
            pending = again.Select(a => a.Item).ToList();
        }
    }

    /// <summary>Sends one bulk request; returns the items to send again, with why they were refused.</summary>
    private async Task<List<(PendingItem Item, int? Status, string Type, string Reason)>> SendOnceAsync(
        List<PendingItem> pending, int attempt, Tally tally, CancellationToken cancellationToken)
    {
        var body = new byte[pending.Sum(p => p.Ndjson.Length)];
        var offset = 0;
        foreach (var item in pending)
        {
            item.Ndjson.Span.CopyTo(body.AsSpan(offset));
            offset += item.Ndjson.Length;
        }

        tally.Requests++;
        var operation = string.Create(CultureInfo.InvariantCulture, $"bulk write of {pending.Count} quotes to '{_options.IndexAlias}'");
        var response = await JsonRequests.SendAsync<BulkResponse>(
            _client, _resilience, HttpMethod.POST, $"{_options.IndexAlias}/_bulk", PostData.ReadOnlyMemory(body), operation, cancellationToken);

        var status = response.ApiCallDetails.HttpStatusCode;
        if (status == 429)
            return pending.Select(p => (p, (int?)429, "too_many_requests", "the cluster refused the whole request (429)")).ToList();
        if (!response.ApiCallDetails.HasSuccessfulStatusCode)
            throw _resilience.Failure(operation, response);

        var items = response.Items?.ToList() ?? [];
        if (items.Count != pending.Count)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Elasticsearch at {_resilience.ClusterUrl} answered a bulk request of {pending.Count} operations with {items.Count} items."));

        var again = new List<(PendingItem, int?, string, string)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Status is >= 200 and < 300)
            {
                tally.Indexed++;
                continue;
            }

            var type = item.Error?.Type ?? "unknown";
            var reason = item.Error?.Reason ?? "no reason given";
            if (item.Status is 429 or >= 500)
                again.Add((pending[i], item.Status, type, reason));
            else
                tally.Failures.Add(new BulkItemFailure(pending[i].Id, BulkOperation.Index, item.Status, type, reason, attempt));
        }

        return again;
    }

    private async Task DeleteStaleAsync(IReadOnlyList<ArticleQuotes> articles, Tally tally, CancellationToken cancellationToken)
    {
        var query = new JsonObject
        {
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["filter"] = new JsonArray(new JsonObject { ["terms"] = new JsonObject { ["articleId"] = Strings(articles.Select(a => Lucene.QuoteDocument.Keyword(a.ArticleId))) } }),
                    ["must_not"] = new JsonArray(new JsonObject { ["ids"] = new JsonObject { ["values"] = Strings(articles.SelectMany(a => a.Quotes).Select(q => q.Id)) } }),
                },
            },
        };
        var operation = string.Create(CultureInfo.InvariantCulture, $"deleting the stale quotes of {articles.Count} articles from '{_options.IndexAlias}'");
        tally.Requests++;
        var response = await JsonRequests.SendAsync<StringResponse>(
            _client, _resilience, HttpMethod.POST, $"{_options.IndexAlias}/_delete_by_query?conflicts=proceed&refresh=true",
            PostData.String(query.ToJsonString()), operation, cancellationToken);
        if (!response.ApiCallDetails.HasSuccessfulStatusCode)
            throw _resilience.Failure(operation, response);

        var result = JsonRequests.Parse(response);
        tally.Deleted += result["deleted"]?.GetValue<long>() ?? 0;
        foreach (var failure in result["failures"]?.AsArray() ?? [])
        {
            tally.Failures.Add(new BulkItemFailure(
                failure?["id"]?.GetValue<string>() ?? "(unknown id)", BulkOperation.DeleteStale, failure?["status"]?.GetValue<int>(),
                failure?["cause"]?["type"]?.GetValue<string>() ?? "unknown", failure?["cause"]?["reason"]?.GetValue<string>() ?? "no reason given", 1));
        }
    }

    private async Task RefreshAsync(Tally tally, CancellationToken cancellationToken)
    {
        tally.Requests++;
        var operation = $"refreshing '{_options.IndexAlias}'";
        var response = await JsonRequests.SendAsync<StringResponse>(
            _client, _resilience, HttpMethod.POST, $"{_options.IndexAlias}/_refresh", null, operation, cancellationToken);
        if (!response.ApiCallDetails.HasSuccessfulStatusCode)
            throw _resilience.Failure(operation, response);
    }

    /// <summary>Groups articles so that one delete-by-query names at most <see cref="BulkOptions.MaxOperations"/> ids in all.</summary>
    private IEnumerable<IReadOnlyList<ArticleQuotes>> ChunkForDeletion(List<ArticleQuotes> articles)
    {
        var chunk = new List<ArticleQuotes>();
        var ids = 0;
        foreach (var article in articles)
        {
            var size = 1 + article.Quotes.Count;
            if (chunk.Count > 0 && ids + size > _options.Bulk.MaxOperations)
            {
                yield return chunk;
                chunk = [];
                ids = 0;
            }

            chunk.Add(article);
            ids += size;
        }

        if (chunk.Count > 0)
            yield return chunk;
    }

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1: doubling from the first back-off, capped, half of it random.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var bulk = _options.Bulk;
        var ceiling = Math.Min(bulk.MaxBackoff.TotalMilliseconds, bulk.FirstBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1));
#pragma warning disable CA5394 // Jitter spreads retries out; it needs no secure randomness.
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
#pragma warning restore CA5394
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    /// <summary>One bulk operation, its NDJSON lines made once and kept for retries.</summary>
    private sealed record PendingItem(string Id, ReadOnlyMemory<byte> Ndjson)
    {
        public static PendingItem Index(Quote quote)
        {
            var buffer = new ArrayBufferWriter<byte>(1024);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteStartObject("index");
                writer.WriteString("_id", quote.Id);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            buffer.Write("\n"u8);
            using (var writer = new Utf8JsonWriter(buffer))
                JsonSerializer.Serialize(writer, ElasticsearchQuoteDocument.From(quote), ElasticsearchQuoteDocument.JsonOptions);
            buffer.Write("\n"u8);
            return new PendingItem(quote.Id, buffer.WrittenMemory);
        }
    }

    private sealed class Tally
    {
        public int Indexed { get; set; }
        public long Deleted { get; set; }
        public int Requests { get; set; }
        public List<BulkItemFailure> Failures { get; } = [];

        public BulkWriteResult Result() => new(Indexed, Deleted, Requests, Failures);
    }
}
