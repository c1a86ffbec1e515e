using System.Text.Json.Nodes;
using QuoteIndex.Core.Clustering;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Tests.Conformance;

namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>
/// What the Elasticsearch store sends for each method: the path, and the body against a golden file in Recorded/
/// (compared as JSON). Every golden body is also checked against index-mappings/quotes.json (see <see cref="MappedFieldsTests"/>).
/// </summary>
public sealed class ElasticsearchQuoteStoreRequestTests
{
    private const string EmptySearch = """{"took":1,"timed_out":false,"hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]}}""";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeCluster _cluster = new();

    /// <summary>A search using every part of the syntax, every filter, facets, a histogram, highlighting and a cursor.</summary>
    public static QuoteQuery EverythingQuery { get; } = new()
    {
        Text = "harbour \"new pier\" fer* storms~1 (levy OR tax) -closure the",
        Filter = new QuoteFilter
        {
            SpeakerKeys = ["tomas-varga", "mara-ellison"],
            Outlets = [SomeQuotes.Outlet],
            VenueTypes = [VenueType.PressConference],
            Kinds = [QuoteKind.Direct],
            Languages = ["EN"],
            StatementDates = new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)),
            PublishedDates = new DateRange(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)),
            MinConfidence = 0.5,
        },
        Limit = 10,
        FacetSize = 5,
        Histogram = HistogramInterval.Week,
        Highlight = true,
    };

    [Fact]
    public async Task SearchAsync_EveryPart_SendsTheGoldenBody()
    {
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 200, EmptySearch);
        await using var store = _cluster.Store();
        var after = new SearchCursor(1.25, 0, "q_0123456789abcdef0123456789abcdef");

        await store.SearchAsync(EverythingQuery with { After = after }, None);

        AssertOneCall("POST", "quotes/_search", "search-everything.json");
    }

    [Theory]
    [InlineData(QuoteSort.Newest, QuoteDateField.Published, "search-newest.json")]
    [InlineData(QuoteSort.Oldest, QuoteDateField.Statement, "search-oldest-statement.json")]
    public async Task SearchAsync_DateOrder_SortsMissingLastThenById_AndSearchesAfterTheDateValue(QuoteSort sort, QuoteDateField field, string golden)
    {
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 200, EmptySearch);
        await using var store = _cluster.Store();
        var query = new QuoteQuery { Sort = sort, DateField = field, Offset = 40 };

        await store.SearchAsync(query, None);
        await store.SearchAsync(query with { Offset = 0, After = new SearchCursor(0, long.MinValue, "q_x") }, None);

        var calls = _cluster.Calls();
        Recorded.AssertGoldenJson(golden, calls[0].Body);
        Assert.Equal(JsonNode.Parse("[-9223372036854775808, \"q_x\"]")!.ToJsonString(), JsonNode.Parse(calls[1].Body)!["search_after"]!.ToJsonString());
        Assert.Null(JsonNode.Parse(calls[1].Body)!["from"]);
    }

    [Fact]
    public async Task SearchAsync_CollapseClusters_CollapsesOnTheClusterIdAndPagesByFromAtTheCursorsPosition()
    {
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 200, EmptySearch);
        await using var store = _cluster.Store();
        var query = new QuoteQuery { Text = "breakwater", CollapseClusters = true, FacetSize = 5, Highlight = true };

        await store.SearchAsync(query with { After = SearchCursor.AtPosition(40) }, None);

        AssertOneCall("POST", "quotes/_search", "search-collapsed.json");
    }

    [Fact]
    public async Task SearchAsync_CollapsedCursorPastTheResultWindow_IsRefusedAsAnInvalidCursorBeforeSending()
    {
        await using var store = _cluster.Store();
        var query = new QuoteQuery { CollapseClusters = true, Limit = 20, After = SearchCursor.AtPosition(QuoteIndex.Store.Elasticsearch.ElasticsearchQuoteStore.MaxResultWindow - 10) };

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => store.SearchAsync(query, None));

        Assert.Equal("cursor", error.Input);
        Assert.Empty(_cluster.Calls());
    }

    [Fact]
    public async Task GetAsync_ReadsTheDocumentOfTheEscapedId()
    {
        _cluster.Invoker.Always(r => r.Method == "GET" && r.PathOnly.StartsWith("quotes/_doc/", StringComparison.Ordinal), 404, """{"_index":"quotes-v1","_id":"q/1","found":false}""");
        await using var store = _cluster.Store();

        Assert.Null(await store.GetAsync("q/1 2", None));

        Assert.Equal("GET quotes/_doc/q%2F1%202?_source_includes=quote", Describe(Assert.Single(_cluster.Calls())));
    }

    [Fact]
    public async Task CountAsync_AsksCount()
    {
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_count", 200, """{"count":42,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""");
        await using var store = _cluster.Store();

        Assert.Equal(42, await store.CountAsync(None));
        Assert.Equal("POST quotes/_count", Describe(Assert.Single(_cluster.Calls())));
    }

    [Fact]
    public async Task ClusterMethods_SendTheGoldenBodies()
    {
        _cluster.Invoker
            .Always(r => r.PathOnly == "quotes/_search", 200, EmptySearch)
            .Always(r => r.PathOnly == "quotes/_msearch", 200, $$"""{"took":1,"responses":[{{EmptySearch}}]}""");
        await using var store = _cluster.Store();

        await store.FindClusterCandidatesAsync(["k1", "k2", "k1"], 10, None);
        await store.GetClusterAsync("c_1", 5, None);
        await store.GetClusterSizesAsync(["c_1", "c_2"], None);

        var calls = _cluster.Calls();
        Assert.Equal("POST quotes/_msearch", Describe(calls[0]));
        var lines = calls[0].Body.Split('\n');
        Assert.Equal(["{}", "", ""], [lines[0], lines[2], lines.Length == 3 ? "" : "more lines"]);
        Recorded.AssertGoldenJson("cluster-candidates.json", lines[1]);
        Recorded.AssertGoldenJson("cluster.json", calls[1].Body);
        Recorded.AssertGoldenJson("cluster-sizes.json", calls[2].Body);
    }

    [Fact]
    public async Task FindClusterCandidatesForEachAsync_ABatch_IsOneMultiSearchPerHundredQuotes_SkippingQuotesWithoutKeys()
    {
        var responses = string.Join(',', Enumerable.Repeat(EmptySearch, 100));
        _cluster.Invoker
            .Then(200, """{"quotes-v1":{"aliases":{"quotes":{}}}}""")
            .Then(200, """{"quote-reviews-v1":{"aliases":{"quote-reviews":{}}}}""")
            .Then(200, $$"""{"took":1,"responses":[{{responses}}]}""")
            .Then(200, $$"""{"took":1,"responses":[{{EmptySearch}}]}""");
        await using var store = _cluster.Store();
        IReadOnlyList<IReadOnlyCollection<string>> batch = [.. Enumerable.Range(0, 102).Select(i => i == 5 ? [] : (IReadOnlyCollection<string>)[$"k{i}"])];

        var found = await store.FindClusterCandidatesForEachAsync(batch, 10, None);

        Assert.Equal(102, found.Count);
        Assert.Equal([200, 2], _cluster.Calls().Select(c => c.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length).ToArray());
    }

    [Fact]
    public async Task FindClusterCandidatesForEachAsync_BySignatures_SendsTheSearchesOfTheirKeys()
    {
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_msearch", 200, $$"""{"took":1,"responses":[{{EmptySearch}},{{EmptySearch}}]}""");
        await using var store = _cluster.Store();
        QuoteSignature[] signatures =
            [QuoteSignature.Of("The harbour wall will be rebuilt before the winter storms arrive."), QuoteSignature.Of("No comment.")];

        await ((IQuoteStore)store).FindClusterCandidatesForEachAsync(signatures, 10, None);
        await store.FindClusterCandidatesForEachAsync([.. signatures.Select(s => s.Keys)], 10, None);

        var searches = _cluster.Calls().Where(c => Describe(c) == "POST quotes/_msearch").Select(c => c.Body).ToList();
        Assert.Equal(2, searches.Count);
        Assert.Equal(searches[1], searches[0]);
        Assert.Contains(signatures[0].Keys[1], searches[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpeakerMethods_SendTheGoldenBodies()
    {
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 200, EmptySearch);
        await using var store = _cluster.Store();

        await store.SuggestSpeakersAsync("Antony Bl", 8, None);
        await store.GetSpeakerStatisticsAsync("tomas-varga", EverythingQuery.Filter, 3, None);

        var calls = _cluster.Calls();
        Recorded.AssertGoldenJson("speaker-suggest.json", calls[0].Body);
        Recorded.AssertGoldenJson("speaker-statistics.json", calls[1].Body);
    }

    [Fact]
    public async Task FindSimilarAsync_SendsTheExactKeyAndMoreLikeThis()
    {
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 200, EmptySearch);
        await using var store = _cluster.Store();

        await store.FindSimilarAsync("We will rebuild the pier before the storms.", 20, None);

        AssertOneCall("POST", "quotes/_search", "similar.json");
    }

    [Fact]
    public async Task ExportAsync_OpensAPointInTime_SearchesAfterEachChunk_AndClosesIt()
    {
        var store = _cluster.Store();
        store.ExportChunk = 1;
        // The first call looks the aliases up; the answers queued below are the export's.
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_count", 200, """{"count":1}""");
        await store.CountAsync(None);
        _cluster.Invoker
            .Then(200, """{"id":"pit-1"}""")
            .Then(200, Recorded.ReadWithQuotes("export-chunk.json", SomeQuotes.FullyDescribed()))
            .Then(200, """{"pit_id":"pit-2","hits":{"total":{"value":1,"relation":"eq"},"hits":[]}}""")
            .Then(200, """{"succeeded":true,"num_freed":1}""");

        var exported = await store.ExportAsync(new QuoteQuery { Text = "pier", Filter = new QuoteFilter { Outlets = [SomeQuotes.Outlet] } }, None).ToListAsync();

        Assert.Single(exported);
        var calls = _cluster.Calls().Skip(1).ToList();
        Assert.Equal(
            ["POST quotes/_pit?keep_alive=2m", "POST _search", "POST _search", "DELETE _pit"],
            calls.Select(Describe).ToArray());
        Recorded.AssertGoldenJson("export-first.json", calls[1].Body);
        Assert.Equal("""[1727759700000,"q_ffffffffffffffffffffffffffffffff"]""", JsonNode.Parse(calls[2].Body)!["search_after"]!.ToJsonString());
        Assert.Equal("""{"id":"pit-2"}""", JsonNode.Parse(calls[3].Body)!.ToJsonString());
        await store.DisposeAsync();
    }

    [Fact]
    public async Task Reviews_ArePutInTheirOwnIndex_AndReadEarliestFirst()
    {
        _cluster.Invoker
            .Always(r => r.Method == "PUT", 201, """{"result":"created"}""")
            .Always(r => r.PathOnly == "quote-reviews/_search", 200, EmptySearch);
        await using var store = _cluster.Store();
        var review = new QuoteReview("q_1", new ReviewRating("False"), new Uri("https://check.example/pier"), "Harbour Check")
        {
            Received = new DateTimeOffset(2024, 10, 2, 8, 0, 0, TimeSpan.Zero),
        };

        await store.AddReviewAsync(review, None);
        await store.GetReviewsAsync("q_1", None);

        var calls = _cluster.Calls();
        Assert.Equal($"PUT quote-reviews/_doc/{review.Id}?refresh=true", Describe(calls[0]));
        Recorded.AssertGoldenJson("review-put.json", calls[0].Body);
        Assert.Equal("POST quote-reviews/_search", Describe(calls[1]));
        Recorded.AssertGoldenJson("reviews-search.json", calls[1].Body);
    }

    [Fact]
    public async Task FirstCall_CreatesBothIndicesWhenTheirAliasesAreMissing()
    {
        _cluster.Invoker
            .Then(404, """{"error":"alias [quotes] missing","status":404}""")
            .Then(200, """{"acknowledged":true,"shards_acknowledged":true,"index":"quotes-v1"}""")
            .Then(404, """{"error":"alias [quote-reviews] missing","status":404}""")
            .Then(200, """{"acknowledged":true,"shards_acknowledged":true,"index":"quote-reviews-v1"}""")
            .Then(200, """{"count":0}""")
            .Then(200, """{"count":0}""");
        await using var store = new Store.Elasticsearch.ElasticsearchQuoteStore(
            _cluster.Client, _cluster.Resilience, _cluster.Options, _cluster.Writer(), new Store.Elasticsearch.QuoteIndexBootstrapper(_cluster.Client, _cluster.Resilience, _cluster.Options));

        await store.CountAsync(None);
        await store.CountAsync(None);

        Assert.Equal(
            ["GET _alias/quotes", "PUT quotes-v1", "GET _alias/quote-reviews", "PUT quote-reviews-v1", "POST quotes/_count", "POST quotes/_count"],
            _cluster.Invoker.Requests.Select(Describe).ToArray());
        var reviews = JsonNode.Parse(_cluster.Invoker.Requests[3].Body)!;
        Assert.Equal("keyword", reviews["mappings"]!["properties"]!["quoteId"]!["type"]!.GetValue<string>());
        Assert.NotNull(reviews["aliases"]!["quote-reviews"]);
    }

    private void AssertOneCall(string method, string path, string golden)
    {
        var call = Assert.Single(_cluster.Calls());
        Assert.Equal($"{method} {path}", Describe(call));
        Recorded.AssertGoldenJson(golden, call.Body);
    }

    private static string Describe(RecordedRequest request) => $"{request.Method} {request.Path}";
}
