using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Tests.Articles;

public sealed class ArticlesApiTests : ApiHostTests
{
    private const string Harbour =
        "\"The harbour wall will be rebuilt before the winter storms arrive,\" said Elena Vasquez-Moreau, the mayor of Calder.";

    [Fact]
    public async Task AddArticle_WithKey_StoresAndReturnsTheQuotes()
    {
        var response = await PostAsync("/api/v1/articles", Record("wall-1", Harbour), QuoteIndexApiFactory.WriteKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("wall-1", body.GetProperty("articleId").GetString());
        var quote = Assert.Single(body.GetProperty("quotes").EnumerateArray());
        Assert.Equal("Elena Vasquez-Moreau", quote.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal(1, await Api.Store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AddArticle_SentTwice_StoresItOnce()
    {
        await PostAsync("/api/v1/articles", Record("wall-1", Harbour), QuoteIndexApiFactory.WriteKey);
        await PostAsync("/api/v1/articles", Record("wall-1", Harbour), QuoteIndexApiFactory.WriteKey);

        Assert.Equal(1, await Api.Store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AddArticle_ChangedText_ReplacesTheOldQuotes()
    {
        await PostAsync("/api/v1/articles", Record("wall-1", Harbour), QuoteIndexApiFactory.WriteKey);
        var changed = "\"We will open the new ferry pier in May,\" said Hal Brannigan, the harbour master.";
        await PostAsync("/api/v1/articles", Record("wall-1", changed), QuoteIndexApiFactory.WriteKey);

        var found = await Api.Store.SearchAsync(new QuoteQuery { Limit = 10 }, CancellationToken.None);
        var hit = Assert.Single(found.Hits);
        Assert.Equal("Hal Brannigan", hit.Quote.Speaker?.Name);
    }

    [Fact]
    public async Task AddArticle_WithoutKey_IsUnauthorizedProblemAndStoresNothing()
    {
        var response = await PostAsync("/api/v1/articles", Record("wall-1", Harbour), key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await Api.Store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AddArticle_WrongKey_IsUnauthorizedProblem()
    {
        var response = await PostAsync("/api/v1/articles", Record("wall-1", Harbour), key: "qi_not-the-key");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("The API key is not valid.", (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AddArticle_NoKeysConfigured_SaysWritingIsSwitchedOff()
    {
        await using var readOnly = new QuoteIndexApiFactory(writable: false);
        using var client = readOnly.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = Json(Record("wall-1", Harbour)) };
        request.Headers.Add("X-Api-Key", QuoteIndexApiFactory.WriteKey);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("switched off", (await ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"x\"}", "no \"text\"")]
    [InlineData("{\"text\": 42}", "\"text\" must be a string")]
    [InlineData("{\"text\": \"a", "malformed JSON")]
    [InlineData("[1,2]", "JSON object")]
    public async Task AddArticle_BadRecord_Is400NamingTheProblem(string json, string problem)
    {
        var response = await PostRawAsync("/api/v1/articles", json, "application/json", QuoteIndexApiFactory.WriteKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await ProblemAsync(response)).GetProperty("detail").GetString();
        Assert.Contains(problem, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddArticle_BodyOverTheLimit_Is413()
    {
        var huge = new string('a', (int)QuoteIndex.Api.Articles.ArticlesApi.MaxArticleBytes + 10);
        var response = await PostRawAsync("/api/v1/articles", huge, "application/json", QuoteIndexApiFactory.WriteKey);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit", (await ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddBatch_ReportsEveryLineAndStoresTheGoodOnes()
    {
        var ndjson = string.Join('\n',
            JsonSerializer.Serialize(Record("wall-1", Harbour)),
            "{ not json",
            "",
            JsonSerializer.Serialize(Record("pier-1", "\"The pier opens in May,\" said Hal Brannigan, the harbour master.")),
            "{\"title\":\"no text here\"}");

        var response = await PostRawAsync("/api/v1/articles/batch", ndjson, "application/x-ndjson", QuoteIndexApiFactory.WriteKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("stored").GetInt32());
        Assert.Equal(2, report.GetProperty("rejected").GetInt32());
        var lines = report.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal([1, 2, 4, 5], lines.Select(l => l.GetProperty("line").GetInt32()));
        Assert.Equal("stored", lines[0].GetProperty("status").GetString(), ignoreCase: true);
        Assert.Contains("malformed JSON", lines[1].GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Contains("no \"text\"", lines[3].GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await Api.Store.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AddBatch_SameStatementWithAWordChangedInTwoArticles_StoresBothInOneCluster()
    {
        // One word differs, so only the near-duplicate matching of the batch (not the exact key) can join them.
        var ndjson = string.Join('\n',
            JsonSerializer.Serialize(Record("wall-1", Harbour)),
            JsonSerializer.Serialize(Record("wall-2", Harbour.Replace("winter", "autumn", StringComparison.Ordinal))));

        var response = await PostRawAsync("/api/v1/articles/batch", ndjson, "application/x-ndjson", QuoteIndexApiFactory.WriteKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = await Api.Store.SearchAsync(new QuoteQuery { Limit = 10 }, CancellationToken.None);
        Assert.Equal(2, found.Hits.Select(h => h.Quote.Text).Distinct().Count());
        Assert.Single(found.Hits.Select(h => h.Quote.ClusterId).Distinct());
    }

    [Fact]
    public async Task ReadingQuotes_NeedsNoKey()
    {
        var response = await Client.GetAsync(new Uri("/api/v1/quotes", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static object Record(string id, string text) =>
        new { id, text, title = "Harbour news", outlet = "The Calder Courier", published = "2025-08-21" };

    private static StringContent Json(object record) => new(JsonSerializer.Serialize(record), Encoding.UTF8, "application/json");

    private Task<HttpResponseMessage> PostAsync(string path, object record, string? key) =>
        PostRawAsync(path, JsonSerializer.Serialize(record), "application/json", key);

    private async Task<HttpResponseMessage> PostRawAsync(string path, string body, string contentType, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        return await Client.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
