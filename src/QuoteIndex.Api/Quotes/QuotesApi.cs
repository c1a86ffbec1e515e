using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Quotes;

/// <summary>Listing, searching and reading quotes.</summary>
public static class QuotesApi
{
    public static RouteGroupBuilder MapQuotesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/quotes").WithTags("Quotes");

        group.MapGet("/", ListQuotes)
            .WithName("ListQuotes")
            .WithSummary("Search quotes")
            .WithDescription("Quotes whose text matches `q` (all words must match; \"phrases\", OR, -exclude and prefix* are understood), " +
                             "optionally only those of some speakers, one page at a time. Without `q`, the newest quotes come first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id}", GetQuote)
            .WithName("GetQuote")
            .WithSummary("Get one quote")
            .WithDescription("The quote with its speaker, cue, venue, date, context sentence, confidence and source article.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Results<Ok<QuotePage>, ValidationProblem, ProblemHttpResult>> ListQuotes(
        IQuoteStore store,
        [Description("Words to find in the quote text.")] string? q,
        [Description("Speaker key(s) to keep, e.g. `antony-blinken`; repeat the parameter for several.")] string[]? speaker,
        CancellationToken cancellationToken,
        [Description("Page number, from 1.")] int page = 1,
        [Description("Quotes per page, from 1 to 100.")] int size = 20)
    {
        var errors = new Dictionary<string, string[]>();
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
            SpeakerKeys = speaker?.Select(Speaker.KeyFor).Where(k => k.Length > 0).ToArray() ?? [],
            Offset = (page - 1) * size,
            Limit = size,
        };
        try
        {
            var result = await store.SearchAsync(query, cancellationToken);
            return TypedResults.Ok(new QuotePage(result.Total, page, size, result.Hits.Select(h => new QuoteMatch(h.Quote, h.Score)).ToList()));
        }
        catch (InvalidQueryException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The search query is not valid.");
        }
    }

    private static async Task<Results<Ok<Quote>, ProblemHttpResult>> GetQuote(
        IQuoteStore store, [Description("The quote's id, as search results give it.")] string id, CancellationToken cancellationToken)
    {
        var quote = await store.GetAsync(id, cancellationToken);
        return quote is null
            ? TypedResults.Problem($"No quote has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Quote not found.")
            : TypedResults.Ok(quote);
    }
}

/// <summary>One page of search results.</summary>
/// <param name="Total">How many quotes match in all (exact).</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="Size">The page size asked for.</param>
/// <param name="Items">The quotes on this page, best match first.</param>
public sealed record QuotePage(long Total, int Page, int Size, IReadOnlyList<QuoteMatch> Items);

/// <summary>A matching quote and its relevance score.</summary>
public sealed record QuoteMatch(Quote Quote, double Score);
