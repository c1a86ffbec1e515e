using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QuoteIndex.Api.Tests.Articles;

/// <summary>`POST /api/v1/articles` with only a URL: the server fetches the page from a loopback site started here.</summary>
public sealed class ArticleUrlTests : IAsyncLifetime
{
    private const string Page = """
        <html lang="en"><head><title>Harbour wall plan</title>
        <meta property="og:site_name" content="The Calder Courier">
        <meta property="article:published_time" content="2025-08-21T09:00:00Z">
        <link rel="canonical" href="https://courier.example/wall"></head>
        <body><nav>Home | News | Sport</nav><article><h1>Harbour wall plan</h1>
        <p>The council met on Tuesday to decide the future of the harbour wall, which was damaged in the spring storms and has been closed to walkers since April.</p>
        <p>"The harbour wall will be rebuilt before the winter storms arrive," said Elena Vasquez-Moreau, the mayor of Calder, after the vote.</p>
        <p>Work is due to start next month, and the council expects the path along the top of the wall to reopen in the new year.</p>
        </article></body></html>
        """;

    private WebApplication _site = null!;
    private Uri _siteAddress = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _site = builder.Build();
        _site.MapGet("/wall", () => Results.Content(Page, "text/html; charset=utf-8"));
        _site.MapGet("/gone", () => Results.NotFound());
        await _site.StartAsync();
        _siteAddress = new Uri(_site.Urls.First());
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task AddArticle_UrlOnly_FetchesThePageAndStoresItsQuotes()
    {
        await using var api = new QuoteIndexApiFactory(fetchPrivate: true);

        var response = await PostAsync(api, new Uri(_siteAddress, "/wall"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://courier.example/wall", body.GetProperty("articleId").GetString());
        var quote = Assert.Single(body.GetProperty("quotes").EnumerateArray());
        Assert.Equal("Elena Vasquez-Moreau", quote.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("The Calder Courier", quote.GetProperty("article").GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task AddArticle_UrlThatIsNotFound_Is400NamingTheUrlAndStatus()
    {
        await using var api = new QuoteIndexApiFactory(fetchPrivate: true);
        var url = new Uri(_siteAddress, "/gone");

        var response = await PostAsync(api, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains(url.ToString(), detail, StringComparison.Ordinal);
        Assert.Contains("404", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddArticle_UrlOnLoopbackByDefault_IsRefusedAndNothingIsFetched()
    {
        await using var api = new QuoteIndexApiFactory();

        var response = await PostAsync(api, new Uri(_siteAddress, "/wall"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("not a public address", detail, StringComparison.Ordinal);
        Assert.Equal(0, await api.Store.CountAsync(CancellationToken.None));
    }

    private static async Task<HttpResponseMessage> PostAsync(QuoteIndexApiFactory api, Uri url)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { url }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", QuoteIndexApiFactory.WriteKey);
        return await client.SendAsync(request);
    }
}
