using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Api.Tests.Quotes;

public sealed class QuotesApiTests : IAsyncLifetime
{
    private readonly QuoteIndexApiFactory _api = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _api.CreateClient();
        var seed = TextArticleParser.Parse(await File.ReadAllTextAsync(SharedData.Path("corpus", "seed-blinken-unsc.txt")));
        var local = TextArticleParser.Parse(
            "Title: Harbour wall\nOutlet: The Calder Courier\nPublished: 2025-08-21\nURL: https://courier.example/wall\n\n" +
            "\"The harbour wall will be rebuilt before the winter storms arrive,\" said Elena Vasquez-Moreau.\n\n" +
            "\"We cannot afford another season of flooding in the old town,\" said Hal Brannigan.");
        await _api.IngestAsync(seed, local);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task ListQuotes_Aggressor_FindsTheSeedQuote()
    {
        var page = await GetJsonAsync("/api/v1/quotes?q=aggressor");

        Assert.Equal(1, page.GetProperty("total").GetInt64());
        var text = page.GetProperty("items")[0].GetProperty("quote").GetProperty("text").GetString();
        Assert.StartsWith("There is a profound difference. Russia is the aggressor;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListQuotes_SpeakerFilter_KeepsOnlyThatSpeaker()
    {
        var page = await GetJsonAsync("/api/v1/quotes?speaker=hal-brannigan");

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Hal Brannigan", item.GetProperty("quote").GetProperty("speaker").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListQuotes_SpeakerGivenAsName_IsNormalisedToItsKey()
    {
        var page = await GetJsonAsync("/api/v1/quotes?speaker=Elena%20Vasquez-Moreau");

        Assert.Equal(1, page.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ListQuotes_Paging_ReturnsTheRequestedSliceAndTheExactTotal()
    {
        var all = await GetJsonAsync("/api/v1/quotes?size=100");
        var second = await GetJsonAsync("/api/v1/quotes?page=2&size=2");

        var total = all.GetProperty("total").GetInt64();
        Assert.True(total > 4, $"expected more than 4 quotes, got {total}");
        Assert.Equal(total, second.GetProperty("total").GetInt64());
        Assert.Equal(2, second.GetProperty("items").GetArrayLength());
        Assert.Equal(
            all.GetProperty("items")[2].GetProperty("quote").GetProperty("id").GetString(),
            second.GetProperty("items")[0].GetProperty("quote").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/v1/quotes?size=0", "size")]
    [InlineData("/api/v1/quotes?size=10000", "size")]
    [InlineData("/api/v1/quotes?page=0", "page")]
    public async Task ListQuotes_BadPaging_IsA400ProblemNamingTheParameter(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("/api/v1/quotes?kind=shouted", "kind", "shouted")]
    [InlineData("/api/v1/quotes?venueType=3", "venueType", "'3'")]
    [InlineData("/api/v1/quotes?from=24/09/2024", "from", "24/09/2024")]
    [InlineData("/api/v1/quotes?from=2024-09-25&to=2024-09-24", "from", "after to")]
    [InlineData("/api/v1/quotes?publishedTo=2024-02-30", "publishedTo", "2024-02-30")]
    [InlineData("/api/v1/quotes?minConfidence=1.5", "minConfidence", "between 0 and 1")]
    public async Task ListQuotes_BadFilter_IsA400ProblemNamingTheParameterAndTheValue(string url, string parameter, string message)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListQuotes_OutletKindAndPublishedFilters_KeepOnlyQuotesMeetingAll()
    {
        var courier = await GetJsonAsync("/api/v1/quotes?outlet=The%20Calder%20Courier&kind=DIRECT&publishedFrom=2025-08-21&publishedTo=2025-08-21");
        var tooEarly = await GetJsonAsync("/api/v1/quotes?outlet=The%20Calder%20Courier&publishedTo=2025-08-20");

        Assert.Equal(2, courier.GetProperty("total").GetInt64());
        Assert.Equal(0, tooEarly.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ListQuotes_NotANumber_IsA400Problem()
    {
        var response = await _client.GetAsync("/api/v1/quotes?size=lots");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListQuotes_UnparseableQuery_IsA400ProblemWithoutStackTrace()
    {
        var response = await _client.GetAsync("/api/v1/quotes?q=*bour");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("*bour", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetQuote_KnownId_ReturnsTheQuoteWithItsSource()
    {
        var page = await GetJsonAsync("/api/v1/quotes?q=flooding");
        var id = page.GetProperty("items")[0].GetProperty("quote").GetProperty("id").GetString();

        var quote = (await GetJsonAsync($"/api/v1/quotes/{id}")).GetProperty("quote");

        Assert.Equal(id, quote.GetProperty("id").GetString());
        Assert.Equal("The Calder Courier", quote.GetProperty("article").GetProperty("outlet").GetString());
        Assert.Equal("https://courier.example/wall", quote.GetProperty("article").GetProperty("url").GetString());
        Assert.Equal("said", quote.GetProperty("cue").GetProperty("text").GetString());
    }

    [Fact]
    public async Task GetQuote_UnknownId_IsA404Problem()
    {
        var response = await _client.GetAsync("/api/v1/quotes/q_doesnotexist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task UnknownRoute_IsA404Problem()
    {
        var response = await _client.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheQuoteEndpoints()
    {
        var document = await GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.Equal("ListQuotes", paths.GetProperty("/api/v1/quotes").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("GetQuote", paths.GetProperty("/api/v1/quotes/{id}").GetProperty("get").GetProperty("operationId").GetString());
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var response = await _client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
