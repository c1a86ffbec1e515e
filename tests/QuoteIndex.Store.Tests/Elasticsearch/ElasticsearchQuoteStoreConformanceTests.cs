using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Elasticsearch;
using QuoteIndex.Store.Tests.Conformance;
using QuoteIndex.Store.Tests.Elasticsearch.Emulator;

namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>
/// The conformance suite against the Elasticsearch store on the in-memory emulator (standard Elasticsearch 9 semantics
/// for the endpoints and query DSL the store sends; see Emulator/): the real client, the real request bodies.
/// </summary>
public sealed class ElasticsearchQuoteStoreConformanceTests : QuoteStoreConformanceTests
{
    // One node for the test: a reopened store finds the indices and quotes the first one wrote.
    private readonly EmulatedCluster _cluster = new();

    protected override int ExportChunkSize => 100;

    protected override IQuoteStore CreateStore() => ReopenStore();

    protected override IQuoteStore ReopenStore() =>
        new ElasticsearchQuoteStore(_cluster.Client, _cluster.Resilience, _cluster.Options,
            new BulkQuoteWriter(_cluster.Client, _cluster.Resilience, _cluster.Options, TimeProvider.System),
            new QuoteIndexBootstrapper(_cluster.Client, _cluster.Resilience, _cluster.Options))
        { ExportChunk = ExportChunkSize };
}
