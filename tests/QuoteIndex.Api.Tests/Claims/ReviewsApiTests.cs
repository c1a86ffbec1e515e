using System.Net;
using System.Text.Json;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Tests.Claims;

/// <summary>
/// `POST`/`GET /api/v1/quotes/{id}/reviews` and `GET /api/v1/quotes/{id}/claim-review`. The article, the outlet, the
/// people and the fact-checkers are invented.
/// </summary>
public sealed class ReviewsApiTests : IAsyncLifetime
{
    private const string Body =
        "\"The harbour wall will be rebuilt before the winter storms arrive,\" said Elena Vasquez-Moreau.\n\n" +
        "\"We cannot afford another season of flooding in the old town,\" said Hal Brannigan.";

    private const string Verdict =
        """{"rating":{"alternateName":"Misleading","ratingValue":2,"bestRating":5,"worstRating":1},"url":"https://checkers.example/wall","organisation":"Harbour Fact Desk","author":"Ines Halloran","datePublished":"2025-03-09"}""";

    private readonly QuoteIndexApiFactory _api = new();
    private HttpClient _client = null!;
    private string _wall = null!;

    public async Task InitializeAsync()
    {
        _client = _api.CreateClient();
        await _api.IngestAsync(Article(Body));
        _wall = await _api.QuoteIdAsync("harbour wall");
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task AddReview_WithKey_Is201WithTheStoredReviewAndListedAfterwards()
    {
        var response = await _client.PostJsonAsync($"/api/v1/quotes/{_wall}/reviews", Verdict, QuoteIndexApiFactory.WriteKey);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/quotes/{_wall}/reviews", response.Headers.Location?.OriginalString);
        var stored = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(_wall, stored.GetProperty("quoteId").GetString());
        Assert.Equal("Misleading", stored.GetProperty("rating").GetProperty("alternateName").GetString());
        Assert.Equal("Harbour Fact Desk", stored.GetProperty("organisation").GetString());
        Assert.Equal("2025-03-09", stored.GetProperty("datePublished").GetString());
        var listed = Assert.Single((await _client.GetJsonAsync($"/api/v1/quotes/{_wall}/reviews")).EnumerateArray());
        Assert.Equal(stored.GetProperty("id").GetString(), listed.GetProperty("id").GetString());
        var details = await _client.GetJsonAsync($"/api/v1/quotes/{_wall}");
        Assert.Single(details.GetProperty("reviews").EnumerateArray());
        Assert.Equal($"/api/v1/quotes/{_wall}/claim-review", details.GetProperty("links").GetProperty("claimReview").GetString());
    }

    [Fact]
    public async Task AddReview_SameUrlAgain_ReplacesTheReview()
    {
        await _client.PostJsonAsync($"/api/v1/quotes/{_wall}/reviews", Verdict, QuoteIndexApiFactory.WriteKey);

        await _client.PostJsonAsync($"/api/v1/quotes/{_wall}/reviews", Verdict.Replace("Misleading", "False", StringComparison.Ordinal), QuoteIndexApiFactory.WriteKey);

        var listed = Assert.Single((await _client.GetJsonAsync($"/api/v1/quotes/{_wall}/reviews")).EnumerateArray());
        Assert.Equal("False", listed.GetProperty("rating").GetProperty("alternateName").GetString());
    }

    [Fact]
    public async Task GetClaimReview_AfterAReview_HasGooglesRequiredFields()
    {
        await _client.PostJsonAsync($"/api/v1/quotes/{_wall}/reviews", Verdict, QuoteIndexApiFactory.WriteKey);

        var response = await _client.GetAsync($"/api/v1/quotes/{_wall}/claim-review");

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://schema.org", document.GetProperty("@context").GetString());
        var review = Assert.Single(document.GetProperty("@graph").EnumerateArray());
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.Equal("The harbour wall will be rebuilt before the winter storms arrive", review.GetProperty("claimReviewed").GetString());
        Assert.Equal("https://checkers.example/wall", review.GetProperty("url").GetString());
        Assert.Equal("Misleading", review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal(2, review.GetProperty("reviewRating").GetProperty("ratingValue").GetDouble());
        Assert.Equal("Organization", review.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Harbour Fact Desk", review.GetProperty("author").GetProperty("name").GetString());
        var claim = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.Equal("Elena Vasquez-Moreau", claim.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetClaimReview_QuoteWithoutReview_IsA404Problem()
    {
        var problem = await (await _client.GetAsync($"/api/v1/quotes/{_wall}/claim-review")).ProblemAsync(404);

        Assert.Contains("no review", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("qi_not-the-key")]
    public async Task AddReview_WithoutAValidKey_IsA401ProblemAndStoresNothing(string? key)
    {
        var response = await _client.PostJsonAsync($"/api/v1/quotes/{_wall}/reviews", Verdict, key);

        await response.ProblemAsync(401);
        Assert.Empty(await _api.Store.GetReviewsAsync(_wall, CancellationToken.None));
    }

    [Theory]
    [InlineData("""{"url":"https://checkers.example/a","organisation":"Desk"}""", "rating")]
    [InlineData("""{"rating":{"ratingValue":2},"url":"https://checkers.example/a","organisation":"Desk"}""", "rating.alternateName")]
    [InlineData("""{"rating":{"alternateName":"False","ratingValue":9},"url":"https://checkers.example/a","organisation":"Desk"}""", "rating.ratingValue")]
    [InlineData("""{"rating":{"alternateName":"False","bestRating":1,"worstRating":5},"url":"https://checkers.example/a","organisation":"Desk"}""", "rating.bestRating")]
    [InlineData("""{"rating":{"alternateName":"False"},"organisation":"Desk"}""", "url")]
    [InlineData("""{"rating":{"alternateName":"False"},"url":"/reviews/a","organisation":"Desk"}""", "url")]
    [InlineData("""{"rating":{"alternateName":"False"},"url":"ftp://checkers.example/a","organisation":"Desk"}""", "url")]
    [InlineData("""{"rating":{"alternateName":"False"},"url":"https://checkers.example/a","organisation":" "}""", "organisation")]
    [InlineData("""{"rating":{"alternateName":"False"},"url":"https://checkers.example/a","organisation":"Desk","datePublished":"March 9"}""", "datePublished")]
    [InlineData("null", "body")]
    public async Task AddReview_InvalidField_IsA400ProblemNamingItAndStoresNothing(string json, string field)
    {
        var response = await _client.PostJsonAsync($"/api/v1/quotes/{_wall}/reviews", json, QuoteIndexApiFactory.WriteKey);

        var problem = await response.ProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.Contains(field.Split('.')[^1], messages[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(await _api.Store.GetReviewsAsync(_wall, CancellationToken.None));
    }

    [Theory]
    [InlineData("{\"rating\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"rating\": \"False\"}")]
    public async Task AddReview_NotAJsonReview_IsA400ProblemWithoutStackTrace(string json)
    {
        var response = await _client.PostJsonAsync($"/api/v1/quotes/{_wall}/reviews", json, QuoteIndexApiFactory.WriteKey);

        var problem = await response.ProblemAsync(400);
        Assert.Contains("not a JSON review", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddReview_UnknownQuote_IsA404Problem()
    {
        var response = await _client.PostJsonAsync("/api/v1/quotes/q_unknown/reviews", Verdict, QuoteIndexApiFactory.WriteKey);

        await response.ProblemAsync(404);
    }

    [Fact]
    public async Task Reviews_ArticleIngestedAgainWithAChange_KeepTheReviewAndAreNotQuotes()
    {
        await _client.PostJsonAsync($"/api/v1/quotes/{_wall}/reviews", Verdict, QuoteIndexApiFactory.WriteKey);

        // The same article with a paragraph added: its quotes are replaced, the wall quote keeps its id.
        await _api.IngestAsync(Article(Body + "\n\n\"The ferry will run all winter,\" said Hal Brannigan."));

        Assert.Equal(3, await _api.Store.CountAsync(CancellationToken.None));
        Assert.Equal(3, (await _api.Store.SearchAsync(new QuoteQuery(), CancellationToken.None)).Total);
        Assert.Single((await _client.GetJsonAsync($"/api/v1/quotes/{_wall}/reviews")).EnumerateArray());
    }

    private static Core.Articles.Article Article(string body) =>
        TextArticleParser.Parse($"Title: Harbour wall\nOutlet: The Calder Courier\nPublished: 2025-03-06\nURL: https://courier.example/wall\n\n{body}");
}
