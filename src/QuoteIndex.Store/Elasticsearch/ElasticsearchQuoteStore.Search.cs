using System.Text.Json.Nodes;
using QuoteIndex.Core.Search;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// Search: the text and the non-facet filters in the query, the facet filters in post_filter so that each facet's
/// aggregation can drop its own (multi-select), the histogram under every filter, and search_after for cursors.
/// </summary>
public sealed partial class ElasticsearchQuoteStore
{
    /// <summary>Elasticsearch's default index.max_result_window: a page by offset must end within the first this many hits.</summary>
    internal const int MaxResultWindow = 10_000;

    public async Task<QuoteSearchResult> SearchAsync(QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var asked = query;
        query = query.WithCursorAsOffset();
        if (query.After is null && query.Offset + query.Limit > MaxResultWindow)
        {
            throw asked.After is null
                ? new InvalidQueryException(
                    $"Pages by number reach the first {MaxResultWindow} matches only (Elasticsearch's result window); narrow the search, or follow `next` from page to page.") { Input = "page" }
                : new InvalidQueryException(
                    $"A search with one hit per statement reaches its first {MaxResultWindow} hits only (Elasticsearch's result window); narrow the search.") { Input = "cursor" };
        }

        var expression = SearchSyntax.Parse(query.Text);
        var body = SearchBody(query, expression);
        await ReadyAsync(cancellationToken);
        var answer = await SearchAsync(body, $"searching '{Alias}'", cancellationToken);
        return ReadSearch(query, answer);
    }

    /// <summary>The _search body of <paramref name="query"/>; public to the tests, which keep it as a golden file.</summary>
    internal JsonObject SearchBody(QuoteQuery query, SearchExpression? expression)
    {
        var facetFilters = QuoteQueryDsl.FacetConditions(query.Filter);
        var body = new JsonObject
        {
            ["query"] = QuoteQueryDsl.Filtered(QuoteQueryDsl.Match(expression, _analyzer), QuoteQueryDsl.Conditions(query.Filter)),
            // One more than the page, to know whether a next page exists, unless that would leave the result window.
            ["size"] = query.After is null ? Math.Min(query.Limit + 1, MaxResultWindow - query.Offset) : query.Limit + 1,
            ["track_total_hits"] = true,
            ["_source"] = new JsonArray("quote"),
            ["sort"] = Order(query),
        };
        // The best hit of each cluster in the sort order; it pages by from, as search_after cannot follow a collapse.
        if (query.CollapseClusters)
            body["collapse"] = new JsonObject { ["field"] = "clusterId" };
        if (query.After is { } after)
            body["search_after"] = query.EffectiveSort == QuoteSort.Relevance ? new JsonArray(after.Score, after.Id) : new JsonArray(after.Value, after.Id);
        else if (query.Offset > 0)
            body["from"] = query.Offset;
        if (facetFilters.OfType<JsonObject>().ToList() is { Count: > 0 } set)
            body["post_filter"] = QuoteQueryDsl.AllOf(set);

        var aggregations = new JsonObject();
        if (query.FacetSize > 0)
        {
            for (var f = 0; f < FacetNames.All.Count; f++)
            {
                var others = facetFilters.Where((c, i) => i != f && c is not null).Cast<JsonObject>().ToList();
                var values = QuoteQueryDsl.TermsAggregation(QuoteQueryDsl.FacetFields[f], query.FacetSize);
                if (FacetNames.All[f] == FacetNames.Speaker)
                    values["aggs"] = new JsonObject { ["label"] = QuoteQueryDsl.TermsAggregation("speakerName.keyword", 1) };
                aggregations[FacetNames.All[f]] = new JsonObject
                {
                    ["filter"] = QuoteQueryDsl.AllOf(others),
                    ["aggs"] = new JsonObject { ["values"] = values },
                };
            }
        }

        if (query.Histogram is { } interval)
        {
            aggregations["histogram"] = new JsonObject
            {
                ["filter"] = QuoteQueryDsl.AllOf(facetFilters.OfType<JsonObject>().ToList()),
                ["aggs"] = new JsonObject { ["buckets"] = Histogram(query, interval) },
            };
        }

        if (aggregations.Count > 0)
            body["aggs"] = aggregations;
        if (query.Highlight && expression is not null)
            body["highlight"] = Highlights.Request();
        return body;
    }

    private static JsonArray Order(QuoteQuery query)
    {
        var date = query.DateField == QuoteDateField.Statement ? "statementDate" : "published";
        return query.EffectiveSort switch
        {
            QuoteSort.Relevance => new JsonArray(new JsonObject { ["_score"] = new JsonObject { ["order"] = "desc" } }, QuoteQueryDsl.ById()),
            QuoteSort.Newest => new JsonArray(QuoteQueryDsl.DateSort(date, newestFirst: true), QuoteQueryDsl.ById()),
            QuoteSort.Oldest => new JsonArray(QuoteQueryDsl.DateSort(date, newestFirst: false), QuoteQueryDsl.ById()),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.EffectiveSort, "Unknown sort."),
        };
    }

    /// <summary>
    /// A date_histogram with no gaps: min_doc_count 0, stretched to the filter's date range where it has one. A range
    /// with more buckets than <see cref="DateHistograms.MaxBuckets"/> is refused before anything is sent.
    /// </summary>
    private static JsonObject Histogram(QuoteQuery query, HistogramInterval interval)
    {
        var bounds = query.DateField == QuoteDateField.Statement ? query.Filter.StatementDates : query.Filter.PublishedDates;
        if (bounds is { From: not null, To: not null })
            DateHistograms.Build([], interval, query.DateField, bounds);
        var histogram = new JsonObject
        {
            ["field"] = query.DateField == QuoteDateField.Statement ? "statementDate" : "published",
            ["calendar_interval"] = interval.ToString().ToLowerInvariant(),
            ["min_doc_count"] = 0,
            ["format"] = "yyyy-MM-dd",
        };
        if (bounds is not null)
        {
            var extended = new JsonObject();
            if (bounds.From is { } from)
                extended["min"] = QuoteQueryDsl.Day(from);
            if (bounds.To is { } to)
                extended["max"] = QuoteQueryDsl.Day(to);
            histogram["extended_bounds"] = extended;
        }

        return new JsonObject { ["date_histogram"] = histogram };
    }

    private static QuoteSearchResult ReadSearch(QuoteQuery query, JsonNode answer)
    {
        var hits = Hits(answer);
        var relevance = query.EffectiveSort == QuoteSort.Relevance;
        var page = new List<QuoteHit>(Math.Min(hits.Count, query.Limit));
        SearchCursor? next = null;
        for (var i = 0; i < hits.Count && i < query.Limit; i++)
        {
            var hit = hits[i]!;
            var quote = ReadQuote(hit);
            var sort = hit["sort"]!.AsArray();
            // Scores are floats: read as one, the cursor gives back exactly the value Elasticsearch compares with.
            var score = relevance ? sort[0]!.GetValue<float>() : 0;
            page.Add(new QuoteHit(quote, score) { Highlight = query.Highlight ? Highlights.Read(quote.Text, hit["highlight"]) : null });
            if (i == query.Limit - 1 && hits.Count > query.Limit)
            {
                next = query.CollapseClusters
                    ? SearchCursor.AtPosition(query.Offset + query.Limit)
                    : new SearchCursor(score, relevance ? 0 : sort[0]!.GetValue<long>(), quote.Id);
            }
        }

        var aggregations = answer["aggregations"];
        return new QuoteSearchResult(answer["hits"]!["total"]!["value"]!.GetValue<long>(), page)
        {
            Next = next,
            Facets = query.FacetSize == 0 ? [] : [.. FacetNames.All.Select(name => ReadFacet(name, aggregations?[name]?["values"]))],
            Histogram = query.Histogram is { } interval
                ? DateHistograms.Build(
                    (aggregations?["histogram"]?["buckets"]?["buckets"]?.AsArray() ?? []).Select(b => (Day(b!["key"]!), b!["doc_count"]!.GetValue<long>())),
                    interval, query.DateField,
                    query.DateField == QuoteDateField.Statement ? query.Filter.StatementDates : query.Filter.PublishedDates)
                : null,
        };
    }

    private static QuoteFacet ReadFacet(string name, JsonNode? values) => new(name,
    [
        .. (values?["buckets"]?.AsArray() ?? []).Select(bucket =>
        {
            var value = Key(bucket!);
            var label = name == FacetNames.Speaker && bucket!["label"]?["buckets"]?.AsArray() is [{ } first, ..] ? Key(first) : value;
            return new FacetValue(value, bucket!["doc_count"]!.GetValue<long>(), label);
        }),
    ]);

    /// <summary>A terms bucket's key as text (Elasticsearch gives keyword keys as strings).</summary>
    private static string Key(JsonNode bucket) => bucket["key"]!.ToString();

    /// <summary>The UTC day of a date bucket's key or a date aggregation's value, in epoch milliseconds.</summary>
    private static DateOnly Day(JsonNode millis) =>
        DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(Millis(millis)).UtcDateTime);

    // Bucket keys are integers; min and max values are doubles ("1.7095968E12"), exact for any date in range.
    private static long Millis(JsonNode millis) => (long)millis.GetValue<double>();
}
