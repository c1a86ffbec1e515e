using Elastic.Clients.Elasticsearch;
using QuoteIndex.Store.Elasticsearch;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

/// <summary>
/// An Elasticsearch client wired to an in-memory <see cref="EmulatedElasticsearch"/> node, with the options
/// <see cref="FakeCluster"/> uses: what a store test needs to run a store against "a cluster" with no server.
/// </summary>
internal sealed class EmulatedCluster
{
    public EmulatedCluster(Action<ElasticsearchOptions>? configure = null, TimeProvider? clock = null)
    {
        Node = new EmulatedElasticsearch(clock ?? TimeProvider.System);
        Invoker = new EmulatedRequestInvoker(Node);
        Options = FakeCluster.TestOptions();
        configure?.Invoke(Options);
        Client = ElasticsearchClientFactory.Create(Options, Invoker);
        Resilience = ElasticsearchResilience.Create(Options);
    }

    public EmulatedElasticsearch Node { get; }

    public EmulatedRequestInvoker Invoker { get; }

    public ElasticsearchOptions Options { get; }

    public ElasticsearchClient Client { get; }

    public ElasticsearchResilience Resilience { get; }

    /// <summary>The requests sent to <paramref name="pathSuffix"/> (e.g. "/_bulk"), in order.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string pathSuffix) =>
        Invoker.Requests.Where(r => r.PathOnly.EndsWith(pathSuffix, StringComparison.Ordinal)).ToList();
}
