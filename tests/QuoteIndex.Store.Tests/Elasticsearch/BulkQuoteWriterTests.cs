using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Elasticsearch;
using QuoteIndex.Store.Tests.Conformance;

namespace QuoteIndex.Store.Tests.Elasticsearch;

public sealed class BulkQuoteWriterTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task IndexAsync_SendsTheGoldenBulkBody_AndRefreshesAfterwards()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.Then(200, FakeCluster.BulkAnswer(201, 201)).Then(200);
        var quotes = new[]
        {
            SomeQuotes.Quote("The ferry timetable will not change this winter", articleId: "https://ledger.example/golden/1"),
            SomeQuotes.Quote("We are hiring twelve new lifeguards", speaker: "Ines Calloway", articleId: "https://ledger.example/golden/1"),
        };

        var result = await cluster.Writer().IndexAsync(quotes, None);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Indexed);
        Assert.Collection(cluster.Invoker.Requests,
            bulk =>
            {
                Assert.Equal("POST quotes/_bulk", $"{bulk.Method} {bulk.Path}");
                Recorded.AssertGolden("bulk-two-quotes.ndjson", bulk.Body);
            },
            refresh => Assert.Equal("POST quotes/_refresh", $"{refresh.Method} {refresh.Path}"));
    }

    [Fact]
    public async Task IndexAsync_SplitsRequestsAtTheOperationCount()
    {
        var cluster = new FakeCluster(o => o.Bulk.MaxOperations = 2);
        cluster.Invoker.Then(200, FakeCluster.BulkAnswer(201, 201)).Then(200, FakeCluster.BulkAnswer(201, 201)).Then(200, FakeCluster.BulkAnswer(201)).Then(200);

        var result = await cluster.Writer().IndexAsync(Quotes(5), None);

        Assert.Equal(5, result.Indexed);
        Assert.Equal([2, 2, 1], cluster.RequestsTo("/_bulk").Select(r => Operations(r.Body)).ToArray());
    }

    [Fact]
    public async Task IndexAsync_SplitsRequestsAtTheByteBound_AndSendsAnOversizedDocumentAlone()
    {
        var quotes = Quotes(4);
        var oneOperation = Recorded.Read("bulk-two-quotes.ndjson").Split('\n').Take(2).Sum(l => l.Length + 1);
        // Room for two of these quotes but not three.
        var cluster = new FakeCluster(o => o.Bulk.MaxBytes = (int)(oneOperation * 2.5));
        var huge = SomeQuotes.Quote(string.Join(' ', Enumerable.Repeat("harbour", 2000)));
        cluster.Invoker.Then(200, FakeCluster.BulkAnswer(201, 201)).Then(200, FakeCluster.BulkAnswer(201)).Then(200, FakeCluster.BulkAnswer(201, 201)).Then(200);

        var result = await cluster.Writer().IndexAsync([quotes[0], quotes[1], huge, quotes[2], quotes[3]], None);

        Assert.Equal(5, result.Indexed);
        var bulks = cluster.RequestsTo("/_bulk");
        Assert.Equal([2, 1, 2], bulks.Select(r => Operations(r.Body)).ToArray());
        Assert.All(bulks.Where(r => Operations(r.Body) > 1), r => Assert.True(r.Body.Length <= cluster.Options.Bulk.MaxBytes));
    }

    [Fact]
    public async Task IndexAsync_A429StormThenSuccess_SendsTheItemsAgainUntilTheyAreIn()
    {
        var cluster = new FakeCluster();
        cluster.Invoker
            .Then(429, """{"error":{"type":"es_rejected_execution_exception","reason":"rejected execution"},"status":429}""")
            .Then(200, FakeCluster.BulkAnswer(429, 429, 429))
            .Then(200, FakeCluster.BulkAnswer(201, 429, 201))
            .Then(200, FakeCluster.BulkAnswer(201))
            .Then(200);
        var quotes = Quotes(3);

        var result = await cluster.Writer().IndexAsync(quotes, None);

        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        Assert.Equal(3, result.Indexed);
        var bulks = cluster.RequestsTo("/_bulk");
        Assert.Equal([3, 3, 3, 1], bulks.Select(r => Operations(r.Body)).ToArray());
        Assert.Contains(quotes[1].Id, bulks[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_SomeItemsFailed_Retries429AndReports400_LosingNone()
    {
        var cluster = new FakeCluster();
        cluster.Invoker
            .ThenRecorded(200, "bulk-mixed.json")
            .Then(200, FakeCluster.BulkAnswer(201))
            .Then(200);
        var quotes = Quotes(3);

        var result = await cluster.Writer().IndexAsync(quotes, None);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(quotes[2].Id, failure.Id);
        Assert.Equal(400, failure.Status);
        Assert.Equal("document_parsing_exception", failure.ErrorType);
        Assert.Contains("failed to parse field [published]", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, failure.Attempts);
        Assert.Equal(2, result.Indexed);
        var retry = cluster.RequestsTo("/_bulk")[1];
        Assert.Equal(1, Operations(retry.Body));
        Assert.Contains(quotes[1].Id, retry.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_ItemsRefusedEveryTime_AreReportedAfterTheLastAttempt()
    {
        var cluster = new FakeCluster(o => o.Bulk.MaxAttempts = 3);
        cluster.Invoker.Then(200, FakeCluster.BulkAnswer(201, 503)).Then(200, FakeCluster.BulkAnswer(503)).Then(200, FakeCluster.BulkAnswer(503)).Then(200);
        var quotes = Quotes(2);

        var result = await cluster.Writer().IndexAsync(quotes, None);

        var failure = Assert.Single(result.Failures);
        Assert.Equal((quotes[1].Id, 503, 3), (failure.Id, failure.Status, failure.Attempts));
        Assert.Equal("unavailable_shards_exception", failure.ErrorType);
        Assert.Equal(3, cluster.RequestsTo("/_bulk").Count);
    }

    [Fact]
    public async Task IndexAsync_WholeRequest503_IsNotRetriedOnTopOfTheTransport_AndNamesTheCluster()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.ThenRecorded(503, "cluster-unavailable.json");

        var error = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => cluster.Writer().IndexAsync(Quotes(2), None));

        Assert.Contains(FakeCluster.Url, error.Message, StringComparison.Ordinal);
        Assert.Contains("status 503", error.Message, StringComparison.Ordinal);
        Assert.Single(cluster.Invoker.Requests);
    }

    [Fact]
    public async Task IndexAsync_AClusterThatKeepsFailing_OpensTheCircuit_SoTheNextWriteIsRefusedUnsent()
    {
        var cluster = new FakeCluster(o => o.BreakerMinimumThroughput = 2);
        cluster.Invoker.Always(r => r.PathOnly.EndsWith("/_bulk", StringComparison.Ordinal), 503, Recorded.Read("cluster-unavailable.json"));
        var writer = cluster.Writer();

        for (var i = 0; i < 2; i++)
            await Assert.ThrowsAsync<ElasticsearchStoreException>(() => writer.IndexAsync(Quotes(1), None));
        var refused = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => writer.IndexAsync(Quotes(1), None));

        Assert.Equal(2, cluster.Invoker.Requests.Count);
        Assert.StartsWith($"Elasticsearch at {FakeCluster.Url} is refusing calls after repeated failures", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_503OnOneOfTwoNodes_TheTransportFailsOverToTheOther()
    {
        var cluster = new FakeCluster(o => o.Url = "http://127.0.0.1:9200,http://127.0.0.1:9201");
        cluster.Invoker.ThenRecorded(503, "cluster-unavailable.json").Then(200, FakeCluster.BulkAnswer(201, 201)).Then(200);

        var result = await cluster.Writer().IndexAsync(Quotes(2), None);

        Assert.Equal(2, result.Indexed);
        Assert.Equal(2, cluster.RequestsTo("/_bulk").Count);
    }

    [Fact]
    public async Task IndexAsync_ClusterNeverAnswers_TimesOutWithTheClusterNamed()
    {
        var cluster = new FakeCluster(o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(100);
            o.OperationTimeout = TimeSpan.FromMilliseconds(200);
        });
        cluster.Invoker.ThenHang();

        var error = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => cluster.Writer().IndexAsync(Quotes(1), None));

        Assert.Contains(FakeCluster.Url, error.Message, StringComparison.Ordinal);
        Assert.Contains("did not answer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceArticlesAsync_IndexesThenDeletesTheStaleQuotes_WithTheGoldenQuery()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.Then(200, FakeCluster.BulkAnswer(201, 201)).ThenRecorded(200, "delete-by-query-two.json").Then(200);
        var first = SomeQuotes.Quote("The pier opens in May", articleId: "https://ledger.example/golden/2");
        var second = SomeQuotes.Quote("Tolls stay as they are", articleId: "https://ledger.example/golden/3");
        var outdated = new ArticleQuotes("https://ledger.example/golden/2", [SomeQuotes.Quote("An old reading", articleId: "https://ledger.example/golden/2")]);

        var result = await cluster.Writer().ReplaceArticlesAsync(
            [outdated, new ArticleQuotes("https://ledger.example/golden/2", [first]), new ArticleQuotes("https://ledger.example/golden/3", [second])], None);

        Assert.True(result.Succeeded);
        Assert.Equal((2, 2L), (result.Indexed, result.Deleted));
        Assert.Equal(2, Operations(cluster.RequestsTo("/_bulk").Single().Body));
        var delete = cluster.RequestsTo("/_delete_by_query").Single();
        Assert.Equal("quotes/_delete_by_query?conflicts=proceed&refresh=true", delete.Path);
        Recorded.AssertGolden("delete-stale.json", delete.Body);
        Assert.EndsWith("/_refresh", cluster.Invoker.Requests[^1].PathOnly, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceArticlesAsync_AnArticleWithAFailedQuote_KeepsItsStaleQuotesAndIsReported()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.Then(200, FakeCluster.BulkAnswer(201, 400)).ThenRecorded(200, "delete-by-query-two.json").Then(200);
        var good = SomeQuotes.Quote("The pier opens in May");
        var bad = SomeQuotes.Quote("Tolls stay as they are");

        var result = await cluster.Writer().ReplaceArticlesAsync(
            [new ArticleQuotes(good.Article.Id, [good]), new ArticleQuotes(bad.Article.Id, [bad])], None);

        Assert.Equal([(bad.Id, BulkOperation.Index), (bad.Article.Id, BulkOperation.Replace)], result.Failures.Select(f => (f.Id, f.Operation)).ToArray());
        var delete = cluster.RequestsTo("/_delete_by_query").Single();
        Assert.Contains(good.Article.Id, delete.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(bad.Article.Id, delete.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceArticlesAsync_AnArticleWithNoQuotesLeft_HasAllItsQuotesDeleted()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.ThenRecorded(200, "delete-by-query-two.json").Then(200);

        var result = await cluster.Writer().ReplaceArticlesAsync([new ArticleQuotes("https://ledger.example/golden/4", [])], None);

        Assert.Equal(2L, result.Deleted);
        Assert.Empty(cluster.RequestsTo("/_bulk"));
        Assert.Equal(
            """{"query":{"bool":{"filter":[{"terms":{"articleId":["https://ledger.example/golden/4"]}}],"must_not":[{"ids":{"values":[]}}]}}}""",
            cluster.RequestsTo("/_delete_by_query").Single().Body);
    }

    private static Quote[] Quotes(int count) =>
        Enumerable.Range(1, count).Select(i => SomeQuotes.Quote($"The harbour will reopen in week {i}")).ToArray();

    private static int Operations(string ndjson) => ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length / 2;
}
