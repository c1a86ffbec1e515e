using System.Net;
using System.Text.Json;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Api.Tests.Claims;

/// <summary>
/// `GET /api/v1/quotes/{id}` (evidence, cluster) and `GET /api/v1/quotes/{id}/claim` over one statement reported by two
/// outlets, the later one ingested first. The articles, outlets and people are invented.
/// </summary>
public sealed class ClaimsApiTests : IAsyncLifetime
{
    private const string Wall = "The harbour wall will be rebuilt before the winter storms arrive";

    // Published on Thursday 6 March 2025; the statement was made on Tuesday the 4th.
    private static readonly Core.Articles.Article Ledger = Article("The Harbour Ledger", "2025-03-06", "https://ledger.example/wall",
        "The mayor of Calder, Elena Vasquez-Moreau, spoke to reporters at the town hall on Tuesday.\n\n" +
        $"\"{Wall},\" Vasquez-Moreau said on Tuesday.");

    private static readonly Core.Articles.Article Gazette = Article("Elling Gazette", "2025-03-07", "https://gazette.example/wall",
        $"\"{Wall},\" Elena Vasquez-Moreau said.");

    private readonly QuoteIndexApiFactory _api = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _api.CreateClient();
        await _api.IngestAsync(Gazette, Ledger);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task GetQuote_Evidence_GivesTheWordsCueAndMentionWithTheirTextRuleAndConfidence()
    {
        var id = await QuoteIdAsync("The Harbour Ledger");

        var details = await _client.GetJsonAsync($"/api/v1/quotes/{id}");

        var evidence = details.GetProperty("evidence");
        var words = Assert.Single(evidence.GetProperty("words").EnumerateArray());
        Assert.Equal(Wall + ",", words.GetProperty("text").GetString());
        Assert.Equal(Ledger.Text.IndexOf(Wall, StringComparison.Ordinal), words.GetProperty("start").GetInt32());
        Assert.Equal("said", evidence.GetProperty("cue").GetProperty("text").GetString());
        var mention = evidence.GetProperty("mention");
        var mentionText = mention.GetProperty("text").GetString();
        Assert.Contains("Vasquez-Moreau", mentionText, StringComparison.Ordinal);
        Assert.Equal(mentionText, Ledger.Text[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()]);
        Assert.False(string.IsNullOrEmpty(evidence.GetProperty("rule").GetString()));
        Assert.InRange(evidence.GetProperty("confidence").GetDouble(), 0.01, 1);
        Assert.Equal("https://ledger.example/wall", details.GetProperty("links").GetProperty("article").GetString());
        Assert.Equal($"/api/v1/quotes/{id}/claim", details.GetProperty("links").GetProperty("claim").GetString());
    }

    [Fact]
    public async Task GetQuote_Cluster_MarksOnlyTheEarliestPublishedAppearanceAsFirst()
    {
        var details = await _client.GetJsonAsync($"/api/v1/quotes/{await QuoteIdAsync("Elling Gazette")}");

        var appearances = details.GetProperty("cluster").GetProperty("appearances").EnumerateArray().ToList();
        Assert.Equal(["The Harbour Ledger", "Elling Gazette"], appearances.Select(a => a.GetProperty("article").GetProperty("outlet").GetString()));
        Assert.Equal([true, false], appearances.Select(a => a.GetProperty("firstAppearance").GetBoolean()));
        Assert.True(details.GetProperty("cluster").GetProperty("firstAppearance").GetProperty("firstAppearance").GetBoolean());
    }

    [Fact]
    public async Task GetClaim_StatedDay_IsASchemaOrgClaimWithAuthorDatesAndEveryAppearance()
    {
        var id = await QuoteIdAsync("The Harbour Ledger");

        var response = await _client.GetAsync($"/api/v1/quotes/{id}/claim");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var claim = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://schema.org", claim.GetProperty("@context").GetString());
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.EndsWith($"/api/v1/quotes/{id}", claim.GetProperty("@id").GetString(), StringComparison.Ordinal);
        Assert.Equal(Wall, claim.GetProperty("text").GetString());
        var author = claim.GetProperty("author");
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal("Elena Vasquez-Moreau", author.GetProperty("name").GetString());
        Assert.Equal("2025-03-04", claim.GetProperty("dateCreated").GetString());
        Assert.Equal("2025-03-04", claim.GetProperty("datePublished").GetString());
        var appearances = claim.GetProperty("appearance").EnumerateArray().ToList();
        Assert.Equal(["https://ledger.example/wall", "https://gazette.example/wall"], appearances.Select(a => a.GetProperty("url").GetString()));
        Assert.All(appearances, a => Assert.Equal("NewsArticle", a.GetProperty("@type").GetString()));
        var first = claim.GetProperty("firstAppearance");
        Assert.Equal("https://ledger.example/wall", first.GetProperty("url").GetString());
        Assert.Equal("Harbour wall", first.GetProperty("headline").GetString());
        Assert.Equal("The Harbour Ledger", first.GetProperty("publisher").GetProperty("name").GetString());
        Assert.StartsWith("2025-03-06", first.GetProperty("datePublished").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetClaim_NoStatedDay_DatePublishedIsTheFirstPublication()
    {
        var claim = await _client.GetJsonAsync($"/api/v1/quotes/{await QuoteIdAsync("Elling Gazette")}/claim");

        Assert.False(claim.TryGetProperty("dateCreated", out _));
        Assert.StartsWith("2025-03-06", claim.GetProperty("datePublished").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/quotes/q_unknown")]
    [InlineData("/api/v1/quotes/q_unknown/claim")]
    [InlineData("/api/v1/quotes/q_unknown/claim-review")]
    [InlineData("/api/v1/quotes/q_unknown/reviews")]
    public async Task UnknownId_IsA404ProblemNamingTheId(string url)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(404);

        Assert.Contains("q_unknown", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static Core.Articles.Article Article(string outlet, string published, string url, string body) =>
        TextArticleParser.Parse($"Title: Harbour wall\nOutlet: {outlet}\nPublished: {published}\nURL: {url}\n\n{body}");

    private async Task<string> QuoteIdAsync(string outlet)
    {
        var found = await _api.Store.SearchAsync(new Core.Storage.QuoteQuery { Limit = 10 }, CancellationToken.None);
        return Assert.Single(found.Hits, h => h.Quote.Article.Outlet == outlet).Quote.Id;
    }
}
