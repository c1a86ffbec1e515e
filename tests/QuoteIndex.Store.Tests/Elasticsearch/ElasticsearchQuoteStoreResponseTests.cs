using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Elasticsearch;
using QuoteIndex.Store.Tests.Conformance;

namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>
/// How the store reads Elasticsearch 9's answers: hits, sort values, aggregations and highlights, written by hand in
/// Recorded/*-answer.json in the shapes the search API documents.
/// </summary>
public sealed class ElasticsearchQuoteStoreResponseTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeCluster _cluster = new();

    [Fact]
    public async Task SearchAsync_ReadsHitsTotalCursorFacetsHistogramAndHighlights()
    {
        var first = SomeQuotes.FullyDescribed();
        var second = SomeQuotes.Quote("The pier stays shut");
        var third = SomeQuotes.Quote("The storms cost the pier a season");
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 200, Recorded.ReadWithQuotes("search-answer.json", first, second, third));
        await using var store = _cluster.Store();
        var query = new QuoteQuery
        {
            Text = "rebuilding \"pier\" storms",
            Limit = 2,
            FacetSize = 5,
            Histogram = HistogramInterval.Week,
            Highlight = true,
            Filter = new QuoteFilter { PublishedDates = new DateRange(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)) },
        };

        var result = await store.SearchAsync(query, None);

        Assert.Equal(37, result.Total);
        Assert.Equal([first.Id, second.Id], result.Hits.Select(h => h.Quote.Id));
        Assert.Equal(2.4163923, result.Hits[0].Score, 6);
        Assert.Equal(
            "We will <mark>rebuild</mark> the <mark>pier</mark>, and we will do it before the <mark>storms</mark>.",
            result.Hits[0].Highlight);
        // A hit Elasticsearch did not highlight is still the escaped text, as on Lucene.
        Assert.Equal(second.Text, result.Hits[1].Highlight);
        // Three hits for a page of two: the next page starts after the second, at its score (a float, as
        // Elasticsearch compares it) and id.
        Assert.Equal(new SearchCursor(1.1f, 0, second.Id), result.Next);

        Assert.Equal(FacetNames.All, result.Facets.Select(f => f.Name));
        Assert.Equal(
            [new FacetValue("tomas-varga", 30, "Tomas Varga"), new FacetValue("mara-ellison", 7, "Mara Ellison")],
            result.Facets[0].Values);
        Assert.Empty(result.Facets[2].Values);
        Assert.Equal(["direct", "indirect"], result.Facets[3].Values.Select(v => v.Label));

        // The filter's range reaches back into the week of 26 February: every week from there to 25 March, no gaps.
        Assert.NotNull(result.Histogram);
        Assert.Equal(
            [(new DateOnly(2024, 2, 26), 0L), (new DateOnly(2024, 3, 4), 30L), (new DateOnly(2024, 3, 11), 0L), (new DateOnly(2024, 3, 18), 0L), (new DateOnly(2024, 3, 25), 7L)],
            result.Histogram.Buckets.Select(b => (b.Start, b.Count)));
    }

    [Fact]
    public async Task SearchAsync_DateOrder_CursorKeepsTheSortValue_AndTheLastPageHasNone()
    {
        var quote = SomeQuotes.Quote();
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 200, Recorded.ReadWithQuotes("export-chunk.json", quote));
        await using var store = _cluster.Store();

        var onePerPage = await store.SearchAsync(new QuoteQuery { Sort = QuoteSort.Oldest, Limit = 1 }, None);
        var lastPage = await store.SearchAsync(new QuoteQuery { Sort = QuoteSort.Oldest, Limit = 2 }, None);

        Assert.Null(onePerPage.Next);
        Assert.Equal(0, Assert.Single(onePerPage.Hits).Score);
        Assert.Null(lastPage.Next);
    }

    [Fact]
    public async Task GetSpeakerStatisticsAsync_ReadsNamesCountsDatesMonthsAndRecent()
    {
        var recent = SomeQuotes.FullyDescribed();
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 200, Recorded.ReadWithQuotes("speaker-statistics-answer.json", recent));
        await using var store = _cluster.Store();

        var statistics = await store.GetSpeakerStatisticsAsync("tomas-varga", QuoteFilter.None, 1, None);

        Assert.NotNull(statistics);
        Assert.Equal([new ValueCount("Tomas Varga", 4), new ValueCount("T. Varga", 1)], statistics.Names);
        Assert.Equal(3, statistics.QuoteCount);
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 9, 24)), (statistics.FirstStatementDay, statistics.LastStatementDay));
        Assert.Equal(new DateTimeOffset(2024, 1, 28, 3, 0, 0, TimeSpan.Zero), statistics.FirstPublished);
        Assert.Equal(new DateTimeOffset(2024, 10, 1, 5, 15, 0, TimeSpan.Zero), statistics.LastPublished);
        Assert.Equal([new ValueCount("The Harbour Ledger", 2), new ValueCount("Port Elling Post", 1)], statistics.Outlets);
        Assert.Equal([new ValueCount("a press conference", 1)], statistics.Venues);
        // September counts the statement dated then and the quote whose statement has no year but whose article appeared then.
        Assert.Equal([new MonthCount(2024, 2, 1), new MonthCount(2024, 9, 2)], statistics.Months);
        Assert.Equal(0, statistics.Undated);
        Assert.Equal(recent.Id, Assert.Single(statistics.Recent).Id);
    }

    [Fact]
    public async Task GetSpeakerStatisticsAsync_NoNames_IsNull()
    {
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 200,
            """{"hits":{"total":{"value":0,"relation":"eq"},"hits":[]},"aggregations":{"names":{"buckets":[]},"matching":{"doc_count":0}}}""");
        await using var store = _cluster.Store();

        Assert.Null(await store.GetSpeakerStatisticsAsync("nobody", QuoteFilter.None, 5, None));
    }

    [Fact]
    public async Task SuggestSpeakersAsync_ReadsEachKeyWithItsCommonestName()
    {
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 200, """
            {"hits":{"total":{"value":9,"relation":"eq"},"hits":[]},"aggregations":{"speakers":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
              {"key":"antony-blinken","doc_count":8,"names":{"buckets":[{"key":"Antony Blinken","doc_count":7}]}},
              {"key":"bl-nobody","doc_count":1,"names":{"buckets":[]}}]}}}
            """);
        await using var store = _cluster.Store();

        var suggestions = await store.SuggestSpeakersAsync("bl", 5, None);

        Assert.Equal([new SpeakerSuggestion("antony-blinken", "Antony Blinken", 8), new SpeakerSuggestion("bl-nobody", "bl-nobody", 1)], suggestions);
    }

    [Fact]
    public async Task ClusterReads_ParseCandidatesSizesAndAppearances()
    {
        var member = SomeQuotes.Quote() with { ClusterId = "c_1" };
        _cluster.Invoker
            .Always(r => r.PathOnly == "quotes/_msearch", 200,
                """{"took":2,"responses":[{"took":1,"timed_out":false,"hits":{"total":{"value":1,"relation":"eq"},"hits":[{"_id":"q_a","_score":2.0,"_source":{"id":"q_a","clusterId":"c_1","text":"The ferry"},"sort":[2.0,"q_a"]}]},"status":200}]}""")
            .Always(r => r.Body.Contains("\"sizes\"", StringComparison.Ordinal), 200,
                """{"hits":{"total":{"value":3,"relation":"eq"},"hits":[]},"aggregations":{"sizes":{"buckets":[{"key":"c_1","doc_count":3}]}}}""")
            .Always(r => r.PathOnly == "quotes/_search", 200, Recorded.ReadWithQuotes("export-chunk.json", member));
        await using var store = _cluster.Store();

        var candidates = await store.FindClusterCandidatesAsync(["k"], 5, None);
        var sizes = await store.GetClusterSizesAsync(["c_1", "c_unknown"], None);
        var cluster = await store.GetClusterAsync("c_1", 5, None);

        Assert.Equal(new ClusterCandidate("q_a", "c_1", "The ferry"), Assert.Single(candidates));
        Assert.Equal(new Dictionary<string, long> { ["c_1"] = 3, ["c_unknown"] = 0 }, sizes);
        Assert.NotNull(cluster);
        Assert.Equal((1L, member.Id, true), (cluster.Size, cluster.FirstAppearance.QuoteId, cluster.FirstAppearance.FirstAppearance));
    }

    [Fact]
    public async Task GetAsync_FoundDocument_IsTheStoredQuote()
    {
        var quote = SomeQuotes.FullyDescribed();
        _cluster.Invoker.Always(r => r.PathOnly.StartsWith("quotes/_doc/", StringComparison.Ordinal), 200,
            $$$"""{"_index":"quotes-v1","_id":"{{{quote.Id}}}","_version":1,"_seq_no":0,"_primary_term":1,"found":true,"_source":{"quote":{{{QuoteJson.Serialize(quote)}}}}}""");
        await using var store = _cluster.Store();

        var read = await store.GetAsync(quote.Id, None);

        Assert.Equal(QuoteJson.Serialize(quote), QuoteJson.Serialize(read!));
    }

    [Fact]
    public async Task FindClusterCandidatesAsync_OneSearchOfAMultiSearchFailed_ThrowsWithItsReason()
    {
        _cluster.Invoker.Always(r => r.PathOnly == "quotes/_msearch", 200,
            """{"took":2,"responses":[{"error":{"root_cause":[],"type":"search_phase_execution_exception","reason":"all shards failed"},"status":503}]}""");
        await using var store = _cluster.Store();

        var error = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => store.FindClusterCandidatesAsync(["k"], 5, None));

        Assert.Contains("search_phase_execution_exception: all shards failed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We will <mark>rebuild</mark> it &amp; more", "We will rebuild it & more", 8, 15)]
    [InlineData("&lt;<mark>b</mark>&gt; &#x27;x&#x27;", "<b> 'x'", 1, 2)]
    public void Highlights_Ranges_AreOffsetsIntoTheUnescapedText(string fragment, string text, int start, int end)
    {
        Assert.Equal((start, end), Assert.Single(Highlights.Ranges(text, fragment)));
    }

    [Fact]
    public void Highlights_FragmentOfOtherText_IsIgnored()
    {
        Assert.Empty(Highlights.Ranges("The whole quote", "The <mark>whole</mark>"));
    }
}
