using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Quotes;

/// <summary>Listing, searching and reading quotes.</summary>
public static class QuotesApi
{
    /// <summary>Appearances listed with one quote; the cluster's size counts them all.</summary>
    public const int ClusterAppearanceLimit = 100;

    public static RouteGroupBuilder MapQuotesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/quotes").WithTags("Quotes");

        group.MapGet("/", ListQuotes)
            .WithName("ListQuotes")
            .WithSummary("Search quotes")
            .WithDescription("Quotes whose text matches `q` (the syntax of `/api/v1/quotes/search`), filtered, one numbered page at a time. " +
                             "Without `q`, the newest quotes come first. For facets, a histogram, highlights and cursors, use `/api/v1/quotes/search`. " +
                             "Each match carries its cluster size: how many stored quotes repeat the statement (`quote.clusterId`).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id}", GetQuote)
            .WithName("GetQuote")
            .WithSummary("Get one quote")
            .WithDescription("The quote with its speaker, cue, venue, date, context sentence, confidence and source article; its " +
                             "`evidence` (the words, cue and speaker mention with their offsets in the article, the extraction rule and " +
                             "the confidence); its cluster: every stored quote of the same statement (the same words, or nearly, in any " +
                             "outlet), earliest published first, so the first appearance (`firstAppearance: true`) is where the statement " +
                             $"was first published (at most {ClusterAppearanceLimit} appearances are listed; `size` counts them all); its " +
                             "fact-checkers' reviews; and `links` to its article, its schema.org Claim and its reviews.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Results<Ok<QuotePage>, ValidationProblem, ProblemHttpResult>> ListQuotes(
        IQuoteStore store,
        [Description("Words to find in the quote text.")] string? q,
        [AsParameters] QuoteFilterParameters filters,
        CancellationToken cancellationToken,
        [Description("Page number, from 1.")] int page = 1,
        [Description("Quotes per page, from 1 to 100.")] int size = 20)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = filters.ToFilter(errors);
        if (page < 1)
            errors["page"] = ["page must be 1 or more."];
        if (size is < 1 or > QuoteQuery.MaxLimit)
            errors["size"] = [$"size must be between 1 and {QuoteQuery.MaxLimit}."];
        if (page > 10_000)
            errors["page"] = ["page must be 10000 or less; narrow the search instead."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var query = new QuoteQuery
        {
            Text = q,
            Filter = filter,
            Offset = (page - 1) * size,
            Limit = size,
        };
        try
        {
            var result = await store.SearchAsync(query, cancellationToken);
            var clusterSize = await ClusterSizes.OfAsync(store, result.Hits, cancellationToken);
            var items = result.Hits.Select(h => new QuoteMatch(h.Quote, h.Score, clusterSize(h))).ToList();
            return TypedResults.Ok(new QuotePage(result.Total, page, size, items));
        }
        catch (InvalidQueryException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The search query is not valid.");
        }
    }

    private static async Task<Results<Ok<QuoteDetails>, ProblemHttpResult>> GetQuote(
        IQuoteStore store, [Description("The quote's id, as search results give it.")] string id, CancellationToken cancellationToken)
    {
        var quote = await store.GetAsync(id, cancellationToken);
        if (quote is null)
            return TypedResults.Problem($"No quote has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Quote not found.");

        // The quote may have been replaced between the two reads; it is then the only appearance known to be current.
        var cluster = await store.GetClusterAsync(quote.ClusterId, ClusterAppearanceLimit, cancellationToken)
                      ?? new QuoteCluster(quote.ClusterId, 1, [ClusterAppearance.Of(quote)]);
        var reviews = await store.GetReviewsAsync(quote.Id, cancellationToken);
        return TypedResults.Ok(QuoteDetails.Of(quote, cluster, reviews));
    }
}

/// <summary>One page of search results.</summary>
/// <param name="Total">How many quotes match in all (exact).</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="Size">The page size asked for.</param>
/// <param name="Items">The quotes on this page, best match first.</param>
public sealed record QuotePage(long Total, int Page, int Size, IReadOnlyList<QuoteMatch> Items);

/// <summary>A matching quote, its relevance score and how many stored quotes repeat it.</summary>
/// <param name="Quote">The quote; <c>clusterId</c> names the group of quotes of the same statement.</param>
/// <param name="Score">Relevance; higher is better, comparable only within one search.</param>
/// <param name="ClusterSize">How many stored quotes are in the quote's cluster, this one included.</param>
public sealed record QuoteMatch(Quote Quote, double Score, long ClusterSize);
