using System.Text.Json.Nodes;
using QuoteIndex.Store.Elasticsearch;

namespace QuoteIndex.Store.Tests.Elasticsearch;

public sealed class QuoteIndexBootstrapperTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task EnsureIndexAsync_AliasMissing_CreatesVersionOneFromTheMappingFileWithTheAlias()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.ThenRecorded(404, "alias-missing.json").ThenRecorded(200, "index-created.json");

        var index = await Bootstrapper(cluster).EnsureIndexAsync(None);

        Assert.Equal("quotes-v1", index);
        Assert.Equal(["GET _alias/quotes", "PUT quotes-v1"], cluster.Invoker.Requests.Select(r => $"{r.Method} {r.Path}").ToArray());
        var sent = JsonNode.Parse(cluster.Invoker.Requests[1].Body)!.AsObject();
        var file = JsonNode.Parse(File.ReadAllText(MappingFile.Path))!.AsObject();
        Assert.True(JsonNode.DeepEquals(file["settings"], sent["settings"]), "the settings sent differ from index-mappings/quotes.json");
        Assert.True(JsonNode.DeepEquals(file["mappings"], sent["mappings"]), "the mappings sent differ from index-mappings/quotes.json");
        Assert.Equal("""{"quotes":{}}""", sent["aliases"]!.ToJsonString());
        Assert.Equal(["settings", "mappings", "aliases"], sent.Select(p => p.Key).ToArray());
    }

    [Fact]
    public async Task EnsureIndexAsync_AliasPresent_LeavesItAlone()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.Then(200, """{"quotes-v3":{"aliases":{"quotes":{}}}}""");

        var index = await Bootstrapper(cluster).EnsureIndexAsync(None);

        Assert.Equal("quotes-v3", index);
        Assert.Single(cluster.Invoker.Requests);
    }

    [Fact]
    public async Task EnsureIndexAsync_AnotherProcessCreatedItFirst_UsesTheirs()
    {
        var cluster = new FakeCluster();
        cluster.Invoker
            .ThenRecorded(404, "alias-missing.json")
            .ThenRecorded(400, "index-already-exists.json")
            .Then(200, """{"quotes-v1":{"aliases":{"quotes":{}}}}""");

        Assert.Equal("quotes-v1", await Bootstrapper(cluster).EnsureIndexAsync(None));
    }

    [Fact]
    public async Task EnsureIndexAsync_ARejectedMapping_ThrowsWithTheClusterAndReason()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.ThenRecorded(404, "alias-missing.json").Then(400, """{"error":{"type":"mapper_parsing_exception","reason":"unknown parameter [normalizer]"},"status":400}""");

        var error = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => Bootstrapper(cluster).EnsureIndexAsync(None));

        Assert.Contains(FakeCluster.Url, error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown parameter [normalizer]", error.Message, StringComparison.Ordinal);
    }

    private static QuoteIndexBootstrapper Bootstrapper(FakeCluster cluster) => new(cluster.Client, cluster.Resilience, cluster.Options);
}
