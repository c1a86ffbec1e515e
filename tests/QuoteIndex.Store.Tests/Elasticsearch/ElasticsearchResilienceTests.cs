using Elastic.Clients.Elasticsearch;
using QuoteIndex.Store.Elasticsearch;

namespace QuoteIndex.Store.Tests.Elasticsearch;

public sealed class ElasticsearchResilienceTests
{
    [Fact]
    public async Task RepeatedFailures_OpenTheCircuit_SoLaterCallsAreRefusedUnsentWithTheClusterNamed()
    {
        var cluster = new FakeCluster(o =>
        {
            o.BreakerMinimumThroughput = 3;
            o.BreakDuration = TimeSpan.FromMinutes(1);
        });
        cluster.Invoker.Always(_ => true, 503, Recorded.Read("cluster-unavailable.json"));

        for (var i = 0; i < 3; i++)
            Assert.False((await CountAsync(cluster)).IsValidResponse);
        var refused = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => CountAsync(cluster));

        Assert.Equal(3, cluster.Invoker.Requests.Count);
        Assert.Contains(FakeCluster.Url, refused.Message, StringComparison.Ordinal);
        Assert.Contains("counting quotes was not sent", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404, "index_not_found_exception")]
    [InlineData(429, "es_rejected_execution_exception")]
    public async Task ClientErrorsAndBusyAnswers_DoNotCountAgainstTheCircuit(int status, string type)
    {
        var cluster = new FakeCluster(o => o.BreakerMinimumThroughput = 2);
        cluster.Invoker.Always(_ => true, status, $$"""{"error":{"type":"{{type}}","reason":"invented"},"status":{{status}}}""");

        for (var i = 0; i < 5; i++)
            Assert.Equal(status, (await CountAsync(cluster)).ApiCallDetails.HttpStatusCode);

        Assert.Equal(5, cluster.Invoker.Requests.Count);
    }

    [Fact]
    public async Task ACallPastTheOperationTimeout_IsAbandonedWithTheClusterNamed()
    {
        var cluster = new FakeCluster(o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(50);
            o.OperationTimeout = TimeSpan.FromMilliseconds(100);
        });
        cluster.Invoker.ThenHang();

        var error = await Assert.ThrowsAsync<ElasticsearchStoreException>(() => CountAsync(cluster));

        Assert.Equal($"Elasticsearch at {FakeCluster.Url} did not answer counting quotes within 00:00:00.1000000.", error.Message);
    }

    [Fact]
    public async Task TheCallersCancellation_IsNotATimeout()
    {
        var cluster = new FakeCluster();
        cluster.Invoker.ThenHang();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CountAsync(cluster, cancel.Token));
    }

    private static Task<CountResponse> CountAsync(FakeCluster cluster, CancellationToken cancellationToken = default) =>
        cluster.Resilience.ExecuteAsync("counting quotes", ct => cluster.Client.CountAsync(new CountRequest("quotes"), ct), cancellationToken);
}
