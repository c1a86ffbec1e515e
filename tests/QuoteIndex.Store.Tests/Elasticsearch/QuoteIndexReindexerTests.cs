using System.Text;
using QuoteIndex.Store.Elasticsearch;

namespace QuoteIndex.Store.Tests.Elasticsearch;

public sealed class QuoteIndexReindexerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ReindexAsync_BuildsTheNextVersionFromTheFile_CopiesAndSwapsTheAliasInOneCall()
    {
        var cluster = new FakeCluster();
        cluster.Invoker
            .Then(200, """{"quotes-v1":{"aliases":{"quotes":{}}}}""")
            .ThenRecorded(200, "index-created.json")
            .ThenRecorded(200, "reindex-done.json")
            .Then(200, """{"acknowledged":true,"errors":false}""");

        var result = await Reindexer(cluster).ReindexAsync(None);

        Assert.Equal(new ReindexResult("quotes-v1", "quotes-v2", 3, 3), result);
        var requests = cluster.Invoker.Requests;
        Assert.Equal(
            ["GET _alias/quotes", "PUT quotes-v2", "POST _reindex?wait_for_completion=true&refresh=true", "POST _aliases"],
            requests.Select(r => $"{r.Method} {r.Path}").ToArray());
        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(MappingFile.Path)), requests[1].Body);
        Recorded.AssertGolden("reindex-request.json", requests[2].Body);
        Recorded.AssertGolden("aliases-swap-request.json", requests[3].Body);
    }

    [Fact]
    public async Task ReindexAsync_CopyFailures_LeaveTheAliasWhereItWas()
    {
        var cluster = new FakeCluster();
        cluster.Invoker
            .Then(200, """{"quotes-v4":{"aliases":{"quotes":{}}}}""")
            .ThenRecorded(200, "index-created.json")
            .Then(200, """{"took":9,"total":2,"created":1,"failures":[{"index":"quotes-v5","id":"q_1","cause":{"type":"document_parsing_exception","reason":"bad date"},"status":400}]}""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Reindexer(cluster).ReindexAsync(None));

        Assert.Contains("the alias still points at quotes-v4", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(cluster.Invoker.Requests, r => r.Path == "_aliases");
    }

    [Fact]
    public async Task ReindexAsync_NoAlias_SaysThereIsNothingToReindex()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.ThenRecorded(404, "alias-missing.json");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Reindexer(cluster).ReindexAsync(None));

        Assert.Contains("'quotes' does not exist at http://127.0.0.1:9200", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quotes-v1", 1)]
    [InlineData("quotes-v12", 12)]
    [InlineData("quotes-handmade", 1)]
    [InlineData("other-v7", 1)]
    public void VersionOf_ReadsTheSuffix(string index, int expected) => Assert.Equal(expected, QuoteIndexReindexer.VersionOf("quotes", index));

    private static QuoteIndexReindexer Reindexer(FakeCluster cluster) => new(cluster.Client, cluster.Resilience, cluster.Options);
}
