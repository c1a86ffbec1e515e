using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using QuoteIndex.Api.Articles;
using QuoteIndex.Api.Security;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Claims;

/// <summary>Quotes as schema.org claims, and fact-checkers' reviews of them (schema.org ClaimReview).</summary>
public static class ClaimsApi
{
    public const string JsonLd = "application/ld+json";

    /// <summary>Largest review request.</summary>
    public const long MaxReviewBytes = 64 * 1024;

    public static RouteGroupBuilder MapClaimsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/quotes/{id}").WithTags("Claims and reviews");

        group.MapGet("/claim", GetClaim)
            .WithName("GetClaim")
            .WithSummary("The quote as a schema.org Claim (JSON-LD)")
            .WithDescription("The statement as a schema.org `Claim`: `text`, `author` (the speaker, a `Person` with `jobTitle` and " +
                             "`affiliation` when known, or an `Organization`), `dateCreated` (the day the statement was made, when the " +
                             "article states it), `datePublished` (that day, else the first publication), every `appearance` of the " +
                             "statement as a `NewsArticle` (url, headline, publisher, datePublished), earliest published first, and " +
                             $"`firstAppearance`. Served as `{JsonLd}`.")
            .Produces<SchemaClaim>(StatusCodes.Status200OK, JsonLd)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/claim-review", GetClaimReviews)
            .WithName("GetClaimReviews")
            .WithSummary("The quote's reviews as schema.org ClaimReview (JSON-LD)")
            .WithDescription("Every review of the quote as a schema.org `ClaimReview` with the fields Google's fact-check markup " +
                             "requires: `claimReviewed`, `reviewRating` (with `alternateName`, the verdict in words), `url`, `author` " +
                             "(the reviewing organisation) and `itemReviewed` (the quote's `Claim`), in one JSON-LD `@graph`. 404 when " +
                             "the quote is unknown or has no review yet.")
            .Produces<SchemaGraph<SchemaClaimReview>>(StatusCodes.Status200OK, JsonLd)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/reviews", GetReviews)
            .WithName("GetReviews")
            .WithSummary("List the quote's reviews")
            .WithDescription("Fact-checkers' reviews of the quote, earliest received first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/reviews", AddReview)
            .WithName("AddReview")
            .WithSummary("Add a fact-checker's review of the quote")
            .WithDescription("Stores a review: `rating` (`alternateName`, the verdict in words, is required; `ratingValue`, " +
                             "`bestRating` and `worstRating` optional, 1 to 5 by default), `url` (the published review, absolute " +
                             "http or https; required), `organisation` (required), `author` and `datePublished` (YYYY-MM-DD). A review " +
                             "with the same `url` for the same quote replaces the earlier one. Reviews are kept when the quote's " +
                             "article is ingested again. Needs an API key in `X-Api-Key`.")
            .Accepts<ReviewRequest>("application/json")
            .RequireAuthorization(ApiKeyAuthentication.WritePolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        return group;
    }

    private static async Task<Results<JsonHttpResult<SchemaClaim>, ProblemHttpResult>> GetClaim(
        IQuoteStore store, HttpRequest request, [Description("The quote's id.")] string id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } quote)
            return NotFound(id);
        var claim = ClaimDocuments.Claim(quote, await ClusterAsync(store, quote, cancellationToken), QuoteAddress(request, id));
        return TypedResults.Json(claim, contentType: JsonLd);
    }

    private static async Task<Results<JsonHttpResult<SchemaGraph<SchemaClaimReview>>, ProblemHttpResult>> GetClaimReviews(
        IQuoteStore store, HttpRequest request, [Description("The quote's id.")] string id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } quote)
            return NotFound(id);
        var reviews = await store.GetReviewsAsync(id, cancellationToken);
        if (reviews.Count == 0)
        {
            return TypedResults.Problem($"The quote '{id}' has no review yet; POST one to /api/v1/quotes/{id}/reviews.",
                statusCode: StatusCodes.Status404NotFound, title: "No review.");
        }

        var claim = ClaimDocuments.Claim(quote, await ClusterAsync(store, quote, cancellationToken), QuoteAddress(request, id), topLevel: false);
        var graph = new SchemaGraph<SchemaClaimReview>(ClaimDocuments.SchemaContext, [.. reviews.Select(r => ClaimDocuments.ClaimReview(r, claim))]);
        return TypedResults.Json(graph, contentType: JsonLd);
    }

    private static async Task<Results<Ok<IReadOnlyList<QuoteReview>>, ProblemHttpResult>> GetReviews(
        IQuoteStore store, [Description("The quote's id.")] string id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is null)
            return NotFound(id);
        return TypedResults.Ok(await store.GetReviewsAsync(id, cancellationToken));
    }

    private static async Task<Results<Created<QuoteReview>, ValidationProblem, ProblemHttpResult>> AddReview(
        IQuoteStore store, TimeProvider clock, HttpRequest request, [Description("The quote's id.")] string id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is null)
            return NotFound(id);
        var (body, problem) = await RequestBody.ReadAsync(request, MaxReviewBytes, cancellationToken);
        if (problem is not null)
            return problem;

        ReviewRequest? sent;
        try
        {
            sent = JsonSerializer.Deserialize<ReviewRequest>(body!, QuoteJson.Options);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem($"The request body is not a JSON review: {e.Message}", statusCode: StatusCodes.Status400BadRequest,
                title: "The review is not valid.");
        }

        var errors = new Dictionary<string, string[]>();
        var review = sent is null
            ? ReviewRequest.Missing<QuoteReview>(errors, "body", "The request body must be a JSON object with rating, url and organisation.")
            : sent.ToReview(id, clock.GetUtcNow(), errors);
        if (review is null)
            return TypedResults.ValidationProblem(errors, title: "The review is not valid.");

        await store.AddReviewAsync(review, cancellationToken);
        return TypedResults.Created($"/api/v1/quotes/{Uri.EscapeDataString(id)}/reviews", review);
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"No quote has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Quote not found.");

    // The quote may have been replaced since it was read; it is then the only appearance known to be current.
    private static async Task<QuoteCluster> ClusterAsync(IQuoteStore store, Quote quote, CancellationToken cancellationToken) =>
        await store.GetClusterAsync(quote.ClusterId, Quotes.QuotesApi.ClusterAppearanceLimit, cancellationToken)
        ?? new QuoteCluster(quote.ClusterId, 1, [ClusterAppearance.Of(quote)]);

    private static string QuoteAddress(HttpRequest request, string id) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/api/v1/quotes/{Uri.EscapeDataString(id)}";
}
