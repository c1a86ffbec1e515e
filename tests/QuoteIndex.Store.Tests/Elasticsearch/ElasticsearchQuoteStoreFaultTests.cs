using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Elasticsearch;
using QuoteIndex.Store.Tests.Conformance;

namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>
/// The store on a failing cluster: 429 storms, 503s, timeouts, bulk answers with failed items. No quote is lost without
/// an exception that names it, and a failed read says which cluster and operation failed.
/// </summary>
public sealed class ElasticsearchQuoteStoreFaultTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task UpsertAsync_429StormThatPasses_WritesEveryQuote()
    {
        var cluster = new FakeCluster();
        await using var store = cluster.Store();
        var quotes = Quotes(3);
        cluster.Invoker
            .Always(r => r.PathOnly == "quotes/_refresh", 200)
            .Then(200, """{"quotes-v1":{"aliases":{"quotes":{}}}}""")
            .Then(200, """{"quote-reviews-v1":{"aliases":{"quote-reviews":{}}}}""")
            .Then(429, """{"error":{"type":"es_rejected_execution_exception","reason":"rejected execution"},"status":429}""")
            .Then(200, FakeCluster.BulkAnswer(429, 201, 429))
            .Then(200, FakeCluster.BulkAnswer(201, 201));

        await store.UpsertAsync(quotes, None);

        var bulks = cluster.RequestsTo("/_bulk");
        Assert.Equal(3, bulks.Count);
        // The last request carries exactly the two quotes refused before: nothing dropped, nothing sent twice needlessly.
        Assert.Equal([quotes[0].Id, quotes[2].Id], IdsIn(bulks[2].Body));
    }

    [Fact]
    public async Task UpsertAsync_429StormThatNeverEnds_ThrowsNamingEveryQuoteNotWritten()
    {
        var cluster = new FakeCluster();
        cluster.Invoker
            .Always(r => r.PathOnly == "quotes/_bulk", 200, FakeCluster.BulkAnswer(429, 429))
            .Always(r => r.PathOnly == "quotes/_refresh", 200);
        await using var store = cluster.Store();
        var quotes = Quotes(2);

        var error = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => store.UpsertAsync(quotes, None));

        Assert.Equal(cluster.Options.Bulk.MaxAttempts, cluster.RequestsTo("/_bulk").Count);
        Assert.Equal(quotes.Select(q => q.Id), error.Failures.Select(f => f.Id));
        Assert.All(quotes, q => Assert.Contains(q.Id, error.Message, StringComparison.Ordinal));
        Assert.Contains("429", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceArticlesAsync_BulkWithAFailedItem_RetriesThe503_ReportsThe400_AndKeepsThatArticlesStaleQuotes()
    {
        var cluster = new FakeCluster();
        cluster.Invoker
            .Always(r => r.PathOnly == "quotes/_refresh", 200)
            .Always(r => r.PathOnly == "quotes/_delete_by_query", 200, """{"took":3,"deleted":1,"failures":[]}""");
        await using var store = cluster.Store();
        var ok = SomeQuotes.Quote("The pier reopens in May");
        var busy = SomeQuotes.Quote("The ferry runs twice a day");
        var broken = SomeQuotes.Quote("Fees rise in June");
        cluster.Invoker
            .Then(200, """{"quotes-v1":{"aliases":{"quotes":{}}}}""")
            .Then(200, """{"quote-reviews-v1":{"aliases":{"quote-reviews":{}}}}""")
            .Then(200, FakeCluster.BulkAnswer(201, 503, 400))
            .Then(200, FakeCluster.BulkAnswer(201));

        var error = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => store.ReplaceArticlesAsync(
            [new ArticleQuotes(ok.Article.Id, [ok]), new ArticleQuotes(busy.Article.Id, [busy]), new ArticleQuotes(broken.Article.Id, [broken])], None));

        Assert.Equal([busy.Id], IdsIn(cluster.RequestsTo("/_bulk")[1].Body));
        Assert.Equal([(broken.Id, BulkOperation.Index), (broken.Article.Id, BulkOperation.Replace)], error.Failures.Select(f => (f.Id, f.Operation)));
        Assert.Contains(broken.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains("document_parsing_exception", error.Message, StringComparison.Ordinal);
        // Only the two articles written whole lose their stale quotes.
        var delete = Assert.Single(cluster.RequestsTo("/_delete_by_query")).Body;
        Assert.Contains(ok.Article.Id, delete, StringComparison.Ordinal);
        Assert.Contains(busy.Article.Id, delete, StringComparison.Ordinal);
        Assert.DoesNotContain(broken.Article.Id, delete, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_503FromEveryNode_ThrowsNamingTheClusterAndTheReason()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 503, Recorded.Read("cluster-unavailable.json"));
        await using var store = cluster.Store();

        var error = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => store.SearchAsync(new QuoteQuery { Text = "pier" }, None));

        Assert.Contains(FakeCluster.Url, error.Message, StringComparison.Ordinal);
        Assert.Contains("searching 'quotes'", error.Message, StringComparison.Ordinal);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountAsync_ClusterThatNeverAnswers_TimesOutWithTheOperationNamed()
    {
        var cluster = new FakeCluster(o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(100);
            o.OperationTimeout = TimeSpan.FromMilliseconds(200);
        });
        await using var store = cluster.Store();
        cluster.Invoker
            .Then(200, """{"quotes-v1":{"aliases":{"quotes":{}}}}""")
            .Then(200, """{"quote-reviews-v1":{"aliases":{"quote-reviews":{}}}}""")
            .ThenHang();

        var error = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => store.CountAsync(None));

        Assert.Contains("did not answer counting the quotes of 'quotes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_RequestRefused_ThrowsWithElasticsearchsReason()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 400, Recorded.Read("search-error-parsing.json"));
        await using var store = cluster.Store();

        var error = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => store.SearchAsync(new QuoteQuery { Text = "pier" }, None));

        Assert.Contains("status 400: all shards failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_TooManyBuckets_IsTheCallersInvalidInterval()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 400, Recorded.Read("search-too-many-buckets.json"));
        await using var store = cluster.Store();

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() =>
            store.SearchAsync(new QuoteQuery { Histogram = HistogramInterval.Day }, None));

        Assert.Equal("interval", error.Input);
    }

    [Fact]
    public async Task SearchAsync_HistogramRangeTooLong_IsRefusedBeforeAnythingIsSent()
    {
        var cluster = new FakeCluster();
        await using var store = cluster.Store();
        var query = new QuoteQuery
        {
            Histogram = HistogramInterval.Day,
            Filter = new QuoteFilter { PublishedDates = new DateRange(new DateOnly(1900, 1, 1), new DateOnly(2024, 1, 1)) },
        };

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => store.SearchAsync(query, None));

        Assert.Equal("interval", error.Input);
        Assert.Empty(cluster.Invoker.Requests);
    }

    [Fact]
    public async Task SearchAsync_PageBeyondTheResultWindow_IsRefusedBeforeSending_AndTheLastPageInsideAsksNoMore()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.Always(r => r.PathOnly == "quotes/_search", 200, """{"hits":{"total":{"value":20000,"relation":"eq"},"hits":[]}}""");
        await using var store = cluster.Store();

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => store.SearchAsync(new QuoteQuery { Offset = 9_995, Limit = 10 }, None));
        await store.SearchAsync(new QuoteQuery { Offset = 9_990, Limit = 10 }, None);

        Assert.Equal("page", error.Input);
        var sent = System.Text.Json.Nodes.JsonNode.Parse(Assert.Single(cluster.Calls()).Body)!;
        Assert.Equal((9_990, 10), (sent["from"]!.GetValue<int>(), sent["size"]!.GetValue<int>()));
    }

    private static Quote[] Quotes(int count) =>
        [.. Enumerable.Range(1, count).Select(i => SomeQuotes.Quote($"The ferry will sail {i} times a week"))];

    private static string[] IdsIn(string ndjson) =>
        [.. ndjson.Split('\n').Where(l => l.StartsWith("{\"index\"", StringComparison.Ordinal)).Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!["index"]!["_id"]!.GetValue<string>())];
}
