using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Elasticsearch;
using QuoteIndex.Store.Tests.Conformance;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>
/// The conformance suite against a real cluster when QUOTEINDEX_ELASTICSEARCH_URL is set (each test under aliases of its
/// own, deleted afterwards); every test is reported as skipped, with the reason, otherwise.
/// </summary>
[RunsOnlyWhenSet(LiveElasticsearchFactAttribute.UrlVariable, LiveCluster.SkipReason)]
public sealed class ElasticsearchLiveConformanceTests : QuoteStoreConformanceTests, IAsyncLifetime
{
    private readonly ElasticsearchOptions _options = LiveCluster.Options();
    private readonly Lazy<(Elastic.Clients.Elasticsearch.ElasticsearchClient Client, ElasticsearchResilience Resilience)> _cluster;

    public ElasticsearchLiveConformanceTests()
    {
        _cluster = new(() => (ElasticsearchClientFactory.Create(_options), ElasticsearchResilience.Create(_options)));
    }

    protected override int ExportChunkSize => 100;

    protected override IQuoteStore CreateStore() => ReopenStore();

    protected override IQuoteStore ReopenStore()
    {
        var (client, resilience) = _cluster.Value;
        return new ElasticsearchQuoteStore(client, resilience, _options, new BulkQuoteWriter(client, resilience, _options, TimeProvider.System),
            new QuoteIndexBootstrapper(client, resilience, _options))
        { ExportChunk = ExportChunkSize };
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (!_cluster.IsValueCreated)
            return;
        var (client, resilience) = _cluster.Value;
        foreach (var alias in new[] { _options.IndexAlias, _options.ReviewIndexAlias })
        {
            await resilience.ExecuteAsync($"deleting test index {alias}-v1", ct => client.Transport.RequestAsync<Elastic.Transport.StringResponse>(
                new Elastic.Transport.EndpointPath(HttpMethod.DELETE, $"{alias}-v1"), null, null, null, ct), CancellationToken.None);
        }
    }
}
