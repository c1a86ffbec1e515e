using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using QuoteIndex.Api.Quotes;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Search;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Search;

/// <summary>`GET /api/v1/quotes/search`: full-text search with filters, multi-select facets, a date histogram, highlights and a cursor.</summary>
public static class SearchApi
{
    public const int DefaultFacetSize = 10;

    public static RouteHandlerBuilder MapSearchApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/quotes/search", SearchQuotes)
            .WithTags("Quotes")
            .WithName("SearchQuotes")
            .WithSummary("Search quotes, with facets and a date histogram")
            .WithDescription(
                "Quotes whose text matches `q`: words (all must match, stemmed: `aggressors` finds `aggressor`), " +
                "`\"exact phrases\"` (unstemmed, word for word; curly and straight quote marks alike), `-exclude`, `a OR b`, " +
                $"`prefix*` (at least {SearchSyntax.MinPrefixLength} letters) and `fuzzy~` (or `fuzzy~1`). Filters narrow the matches; " +
                "facets count speakers, outlets, venue types and kinds among them, each facet ignoring its own filter " +
                "(multi-select), and the histogram counts them per day, week, month or year with no gaps. Matching words are " +
                "marked with `<mark>` in `highlight` (HTML-escaped otherwise). Pages follow each other with `cursor`: pass the " +
                "previous page's `next` with the same query, filters, sort and collapse. With `collapse=cluster`, a statement " +
                "repeated by many outlets (a wire story) is one item: the first of its quotes in the sort order, with " +
                "`clusterSize` saying how many quotes repeat it; `total`, the facets and the histogram still count quotes.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(SearchAdmission.Policy);

    private static async Task<Results<SearchPageResult, ValidationProblem>> SearchQuotes(
        IQuoteStore store,
        IOptions<JsonOptions> json,
        [Description("The search, e.g. `harbour \"sea wall\" -ferry`. Blank: every quote.")] string? q,
        [AsParameters] QuoteFilterParameters filters,
        CancellationToken cancellationToken,
        [Description("Order: `relevance` (default with `q`), `newest` (default without), `oldest`.")] string? sort = null,
        [Description("The date that sorting and the histogram use: `published` (default) or `statement`.")] string dateField = "published",
        [Description("Quotes per page, 1 to 100.")] int size = 20,
        [Description("The previous page's `next`, to get the page after it.")] string? cursor = null,
        [Description("Values per facet, 0 (no facets) to 100.")] int facetSize = DefaultFacetSize,
        [Description("Histogram interval: `day`, `week`, `month` (default), `year` or `none`.")] string interval = "month",
        [Description("Mark matching words in `highlight`.")] bool highlight = true,
        [Description("`cluster`: one item per statement, the first of its quotes in the sort order (`clusterSize` counts them all); " +
                     "`none` (default): every quote. Collapsed pages follow each other by position, within the first " +
                     "10,000 statements on an Elasticsearch store.")] string? collapse = null)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = filters.ToFilter(errors);
        if (size is < 1 or > QuoteQuery.MaxLimit)
            errors["size"] = [$"size must be between 1 and {QuoteQuery.MaxLimit}; '{size}' is not."];
        if (facetSize is < 0 or > QuoteQuery.MaxFacetSize)
            errors["facetSize"] = [$"facetSize must be between 0 and {QuoteQuery.MaxFacetSize}; '{facetSize}' is not."];
        var order = Choice<QuoteSort>("sort", sort, errors);
        var date = Choice<QuoteDateField>("dateField", dateField, errors);
        var histogram = string.Equals(interval, "none", StringComparison.OrdinalIgnoreCase) ? null : Choice<HistogramInterval>("interval", interval, errors);
        var collapseClusters = Collapse(collapse, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var query = new QuoteQuery
        {
            Text = q,
            Filter = filter,
            Sort = order,
            DateField = date ?? QuoteDateField.Published,
            Limit = size,
            FacetSize = facetSize,
            Histogram = histogram,
            Highlight = highlight,
            CollapseClusters = collapseClusters,
        };
        QuoteSearchResult result;
        try
        {
            if (!string.IsNullOrWhiteSpace(cursor))
                query = query with { After = SearchCursor.Decode(cursor, query) };
            result = await store.SearchAsync(query, cancellationToken);
        }
        catch (InvalidQueryException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [e.Input] = [e.Message] });
        }

        var next = result.Next?.Encode(query);
        if (SearchPageResult.Written(result, next) is { } written)
            return written;
        var clusterSize = await ClusterSizes.OfAsync(store, result.Hits, cancellationToken);
        var items = result.Hits.Select(h => new SearchHit(h.Quote, h.Score, h.Highlight, clusterSize(h))).ToList();
        return SearchPageResult.Write(result, new SearchPage(result.Total, items, next, result.Facets, result.Histogram), json);
    }

    private static bool Collapse(string? value, IDictionary<string, string[]> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || string.Equals(trimmed, "none", StringComparison.OrdinalIgnoreCase))
            return false;
        if (string.Equals(trimmed, "cluster", StringComparison.OrdinalIgnoreCase))
            return true;
        errors["collapse"] = [$"'{value}' is not a collapse; use one of: cluster, none."];
        return false;
    }

    private static T? Choice<T>(string name, string? value, IDictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!char.IsAsciiDigit(value[0]) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            return parsed;
        errors[name] = [$"'{value}' is not a {name}; use one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}."];
        return null;
    }
}

/// <summary>One page of search results.</summary>
/// <param name="Total">How many quotes match in all (exact); with `collapse=cluster` too, quotes rather than statements.</param>
/// <param name="Items">This page's quotes, in the order asked for; one per statement with `collapse=cluster`.</param>
/// <param name="Next">The cursor of the next page; null on the last page.</param>
/// <param name="Facets">Per facet (speaker, outlet, venueType, kind), its most frequent values among the matches, each facet ignoring its own filter.</param>
/// <param name="Histogram">Matches per interval, empty intervals included; null with `interval=none`.</param>
public sealed record SearchPage(long Total, IReadOnlyList<SearchHit> Items, string? Next, IReadOnlyList<QuoteFacet> Facets, DateHistogram? Histogram);

/// <summary>A matching quote.</summary>
/// <param name="Quote">The quote.</param>
/// <param name="Score">Relevance (higher is better, comparable within one search); 0 when sorted by date.</param>
/// <param name="Highlight">The quote text, HTML-escaped, matching words in `&lt;mark&gt;`.</param>
/// <param name="ClusterSize">How many stored quotes repeat the statement, this one included.</param>
public sealed record SearchHit(Quote Quote, double Score, string? Highlight, long ClusterSize);
