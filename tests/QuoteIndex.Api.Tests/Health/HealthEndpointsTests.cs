using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace QuoteIndex.Api.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Ready_WhenTheStoreAnswers_Is200Healthy()
    {
        await using var factory = new QuoteIndexApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_WhenTheStoreIsGone_Is503Unhealthy_WhileLiveStays200()
    {
        await using var factory = new QuoteIndexApiFactory();
        using var client = factory.CreateClient();
        await factory.Store.DisposeAsync();

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Equal("Unhealthy", body);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_OnElasticsearchThatDoesNotAnswer_Is503Unhealthy()
    {
        await using var lucene = new QuoteIndexApiFactory();
        // Port 9 on the loopback: nothing listens, so the connection is refused at once.
        await using var factory = lucene.WithWebHostBuilder(builder => builder
            .UseSetting("Store:Provider", "Elasticsearch")
            .UseSetting("Store:Elasticsearch:Url", "http://127.0.0.1:9")
            .UseSetting("Store:Elasticsearch:RequestTimeout", "00:00:05")
            .UseSetting("Store:Elasticsearch:OperationTimeout", "00:00:05"));
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync("/health/ready");

        Assert.IsType<QuoteIndex.Store.Elasticsearch.ElasticsearchQuoteStore>(factory.Services.GetRequiredService<QuoteIndex.Core.Storage.IQuoteStore>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
