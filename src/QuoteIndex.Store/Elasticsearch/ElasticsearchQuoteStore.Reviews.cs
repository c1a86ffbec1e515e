using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>Reviews of quotes, in their own index (index-mappings/reviews.json), untouched by writes of quotes.</summary>
public sealed partial class ElasticsearchQuoteStore
{
    /// <summary>Most reviews read for one quote; a quote is reviewed a handful of times.</summary>
    internal const int MaxReviews = 1000;

    private string ReviewAlias => _options.ReviewIndexAlias;

    public async Task AddReviewAsync(QuoteReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        await ReadyAsync(cancellationToken);
        // refresh=true: visible, and on disk through the translog, once this returns.
        await SendAsync(HttpMethod.PUT, $"{ReviewAlias}/_doc/{Uri.EscapeDataString(review.Id)}?refresh=true", ReviewDocument(review),
            $"storing review {review.Id} in '{ReviewAlias}'", cancellationToken);
    }

    public async Task<IReadOnlyList<QuoteReview>> GetReviewsAsync(string quoteId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quoteId);
        await ReadyAsync(cancellationToken);
        var answer = await SendAsync(HttpMethod.POST, $"{ReviewAlias}/_search", ReviewsBody(quoteId),
            $"reading the reviews of quote {quoteId} from '{ReviewAlias}'", cancellationToken);
        return [.. Hits(answer).Select(hit => hit!["_source"]!["review"].Deserialize<QuoteReview>(QuoteJson.Options)
            ?? throw new JsonException($"The stored review {hit["_id"]} has no 'review' field."))];
    }

    internal static JsonObject ReviewDocument(QuoteReview review) => new()
    {
        ["id"] = review.Id,
        ["quoteId"] = review.QuoteId,
        ["received"] = review.Received.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        ["review"] = JsonSerializer.SerializeToNode(review, QuoteJson.Options),
    };

    internal static JsonObject ReviewsBody(string quoteId) => new()
    {
        ["query"] = QuoteQueryDsl.AllOf([QuoteQueryDsl.Term("quoteId", quoteId)]),
        ["size"] = MaxReviews,
        ["_source"] = new JsonArray("review"),
        ["sort"] = new JsonArray(new JsonObject { ["received"] = new JsonObject { ["order"] = "asc" } }, QuoteQueryDsl.ById()),
    };
}
