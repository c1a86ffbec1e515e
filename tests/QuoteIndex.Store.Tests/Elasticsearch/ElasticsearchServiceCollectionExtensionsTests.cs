using Elastic.Clients.Elasticsearch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Elasticsearch;

namespace QuoteIndex.Store.Tests.Elasticsearch;

public sealed class ElasticsearchServiceCollectionExtensionsTests
{
    [Fact]
    public void AddElasticsearch_GivesOneClientForTheProcess_BoundFromStoreElasticsearch()
    {
        using var services = Services(new()
        {
            ["Store:Elasticsearch:Url"] = "http://127.0.0.1:9200",
            ["Store:Elasticsearch:IndexAlias"] = "quotes-test",
            ["Store:Elasticsearch:ApiKey"] = "aW52ZW50ZWQ6a2V5",
        });

        var client = services.GetRequiredService<ElasticsearchClient>();

        Assert.Same(client, services.GetRequiredService<ElasticsearchClient>());
        Assert.Equal("quotes-test", client.ElasticsearchClientSettings.DefaultIndex);
        Assert.Equal("http://127.0.0.1:9200", services.GetRequiredService<ElasticsearchResilience>().ClusterUrl);
        Assert.NotNull(services.GetRequiredService<BulkQuoteWriter>());
        Assert.NotNull(services.GetRequiredService<QuoteIndexBootstrapper>());
    }

    [Fact]
    public void AddElasticsearch_BadSettings_FailWhenTheClientIsFirstNeeded_NamingTheSetting()
    {
        using var services = Services(new() { ["Store:Elasticsearch:Url"] = "http://127.0.0.1:9200", ["Store:Elasticsearch:Username"] = "elastic" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ElasticsearchClient>());

        Assert.Contains("Store:Elasticsearch:Username and Store:Elasticsearch:Password go together", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddQuoteStore_ProviderElasticsearch_IsTheElasticsearchStoreOnTheOneClient()
    {
        await using var services = new ServiceCollection().AddQuoteStore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "elasticsearch",
            ["Store:Elasticsearch:Url"] = "http://127.0.0.1:9200",
        }).Build()).BuildServiceProvider();

        var store = services.GetRequiredService<IQuoteStore>();

        Assert.IsType<ElasticsearchQuoteStore>(store);
        Assert.Same(store, services.GetRequiredService<IQuoteStore>());
        Assert.Same(services.GetRequiredService<ElasticsearchClient>(), services.GetRequiredService<ElasticsearchClient>());
    }

    [Fact]
    public void AddQuoteStore_UnknownProvider_IsRefusedNamingTheChoices()
    {
        using var services = new ServiceCollection().AddQuoteStore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Solr",
        }).Build()).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StoreOptions>>().Value);

        Assert.Contains("Store:Provider must be 'Lucene' or 'Elasticsearch'", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddElasticsearch(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
}
