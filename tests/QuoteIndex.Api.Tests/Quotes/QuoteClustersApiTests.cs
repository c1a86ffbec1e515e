using System.Net.Http.Json;
using System.Text.Json;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Api.Tests.Quotes;

/// <summary>
/// One statement reported by three outlets in three quote styles, one with a word changed, ingested out of date
/// order. The articles, outlets and people are invented.
/// </summary>
public sealed class QuoteClustersApiTests : IAsyncLifetime
{
    private const string Wall = "The harbour wall will be rebuilt before the winter storms arrive, and every family in the old town will be safe,";

    private static readonly Core.Articles.Article Gazette =
        Article("Elling Gazette", "2025-03-05", "https://gazette.example/wall", $"“{Wall}” said Elena Vasquez-Moreau.");

    private static readonly Core.Articles.Article Courier = Article("The Calder Courier", "2025-03-06", "https://courier.example/wall",
        $"«{Wall.Replace("winter", "autumn", StringComparison.Ordinal)}» Elena Vasquez-Moreau said.\n\n" +
        "\"We cannot afford another season of flooding in the old town,\" said Hal Brannigan.");

    private static readonly Core.Articles.Article Ledger =
        Article("The Harbour Ledger", "2025-03-04", "https://ledger.example/wall", $"\"{Wall}\" said Elena Vasquez-Moreau.");

    private readonly QuoteIndexApiFactory _api = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _api.CreateClient();
        // The earliest published comes last.
        await _api.IngestAsync(Gazette, Courier, Ledger);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task GetQuote_StatementInThreeOutlets_ListsItsClusterWithTheEarliestPublishedFirst()
    {
        var gazetteQuoteId = await QuoteIdAsync("harbour wall", "Elling Gazette");

        var details = await GetJsonAsync($"/api/v1/quotes/{gazetteQuoteId}");

        Assert.Equal(gazetteQuoteId, details.GetProperty("quote").GetProperty("id").GetString());
        var cluster = details.GetProperty("cluster");
        Assert.Equal(details.GetProperty("quote").GetProperty("clusterId").GetString(), cluster.GetProperty("id").GetString());
        Assert.Equal(3, cluster.GetProperty("size").GetInt64());
        var first = cluster.GetProperty("firstAppearance");
        Assert.Equal("The Harbour Ledger", first.GetProperty("article").GetProperty("outlet").GetString());
        Assert.Equal("https://ledger.example/wall", first.GetProperty("article").GetProperty("url").GetString());
        Assert.StartsWith("2025-03-04", first.GetProperty("article").GetProperty("published").GetString(), StringComparison.Ordinal);
        Assert.Equal(await QuoteIdAsync("harbour wall", "The Harbour Ledger"), first.GetProperty("quoteId").GetString());
        Assert.Equal(
            ["The Harbour Ledger", "Elling Gazette", "The Calder Courier"],
            cluster.GetProperty("appearances").EnumerateArray().Select(a => a.GetProperty("article").GetProperty("outlet").GetString()));
        Assert.All(cluster.GetProperty("appearances").EnumerateArray(),
            a => Assert.Equal("Elena Vasquez-Moreau", a.GetProperty("speaker").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task GetQuote_SameArticlesIngestedAgainInAnotherOrder_SameClusterIdsAndSize()
    {
        var before = await ClusterIdsAsync();

        await _api.IngestAsync(Ledger, Courier, Gazette);

        Assert.Equal(before, await ClusterIdsAsync());
        var details = await GetJsonAsync($"/api/v1/quotes/{await QuoteIdAsync("harbour wall", "The Calder Courier")}");
        Assert.Equal(3, details.GetProperty("cluster").GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task GetQuote_StatementInOneOutlet_IsAClusterOfOne()
    {
        var id = await QuoteIdAsync("flooding", "The Calder Courier");

        var cluster = (await GetJsonAsync($"/api/v1/quotes/{id}")).GetProperty("cluster");

        Assert.Equal(1, cluster.GetProperty("size").GetInt64());
        Assert.Equal(id, cluster.GetProperty("firstAppearance").GetProperty("quoteId").GetString());
    }

    [Fact]
    public async Task ListQuotes_EachMatch_CarriesItsClusterIdAndSize()
    {
        var page = await GetJsonAsync("/api/v1/quotes?q=harbour&size=10");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, item => Assert.Equal(3, item.GetProperty("clusterSize").GetInt64()));
        Assert.Single(items.Select(item => item.GetProperty("quote").GetProperty("clusterId").GetString()).Distinct());
        var flooding = await GetJsonAsync("/api/v1/quotes?q=flooding");
        Assert.Equal(1, flooding.GetProperty("items")[0].GetProperty("clusterSize").GetInt64());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheClusterOfAQuoteAndTheClusterSizeOfAMatch()
    {
        var schemas = (await GetJsonAsync("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        Assert.True(schemas.GetProperty("QuoteDetails").GetProperty("properties").TryGetProperty("cluster", out _));
        var cluster = schemas.GetProperty("QuoteCluster").GetProperty("properties");
        Assert.True(cluster.TryGetProperty("size", out _));
        Assert.True(cluster.TryGetProperty("firstAppearance", out _));
        Assert.True(cluster.TryGetProperty("appearances", out _));
        Assert.True(schemas.GetProperty("QuoteMatch").GetProperty("properties").TryGetProperty("clusterSize", out _));
        Assert.True(schemas.GetProperty("Quote").GetProperty("properties").TryGetProperty("clusterId", out _));
    }

    private static Core.Articles.Article Article(string outlet, string published, string url, string body) =>
        TextArticleParser.Parse($"Title: Harbour wall\nOutlet: {outlet}\nPublished: {published}\nURL: {url}\n\n{body}");

    /// <summary>Every stored quote's id and cluster id, by quote id.</summary>
    private async Task<List<string>> ClusterIdsAsync()
    {
        var page = await GetJsonAsync("/api/v1/quotes?size=100");
        return page.GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("quote"))
            .Select(quote => $"{quote.GetProperty("id").GetString()} {quote.GetProperty("clusterId").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private async Task<string> QuoteIdAsync(string query, string outlet)
    {
        var page = await GetJsonAsync($"/api/v1/quotes?q={Uri.EscapeDataString(query)}&size=100");
        return page.GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("quote"))
            .Single(quote => quote.GetProperty("article").GetProperty("outlet").GetString() == outlet)
            .GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
