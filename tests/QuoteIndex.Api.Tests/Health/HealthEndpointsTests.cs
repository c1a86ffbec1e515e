using System.Net;

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
}
