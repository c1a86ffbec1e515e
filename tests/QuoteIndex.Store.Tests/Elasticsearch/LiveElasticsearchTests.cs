using Elastic.Clients.Elasticsearch;
using QuoteIndex.Store.Elasticsearch;
using QuoteIndex.Store.Tests.Conformance;

namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>
/// The Elasticsearch pieces against a real cluster (see <see cref="LiveElasticsearchFactAttribute"/>). Each test works
/// under an alias of its own and deletes its index afterwards.
/// </summary>
public sealed class LiveElasticsearchTests : IAsyncLifetime
{
    private readonly ElasticsearchOptions _options = LiveCluster.Options();

    private ElasticsearchClient? _client;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_client is not null)
            await _client.Indices.DeleteAsync(QuoteIndexBootstrapper.IndexName(_options.IndexAlias, 1), CancellationToken.None);
    }

    [LiveElasticsearchFact]
    public async Task Bootstrap_ThenBulkWrite_ThenCount_SeesEveryQuote()
    {
        _client = ElasticsearchClientFactory.Create(_options);
        var resilience = ElasticsearchResilience.Create(_options);
        var quotes = Enumerable.Range(1, 25).Select(i => SomeQuotes.Quote($"The ferry will sail {i} times a week")).ToArray();

        var index = await new QuoteIndexBootstrapper(_client, resilience, _options).EnsureIndexAsync(CancellationToken.None);
        var again = await new QuoteIndexBootstrapper(_client, resilience, _options).EnsureIndexAsync(CancellationToken.None);
        var result = await new BulkQuoteWriter(_client, resilience, _options, TimeProvider.System).IndexAsync(quotes, CancellationToken.None);
        var count = await _client.CountAsync(new CountRequest(_options.IndexAlias), CancellationToken.None);

        Assert.Equal(QuoteIndexBootstrapper.IndexName(_options.IndexAlias, 1), index);
        Assert.Equal(index, again);
        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        Assert.True(count.IsValidResponse, count.DebugInformation);
        Assert.Equal(quotes.Length, count.Count);
    }
}
