using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Api.Tests.Speakers;

public sealed class SpeakersApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset January = new(2024, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset April = new(2024, 4, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly QuoteIndexApiFactory _api = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _api.CreateClient();
        var hearing = new Venue("a harbour board hearing", VenueType.Hearing);
        await _api.Store.UpsertAsync(
        [
            SaidQuotes.By("Solveig Ardenne", "The breakwater will be finished by autumn", "The Calder Courier", January, new DateOnly(2024, 1, 14), hearing, role: "harbour commissioner"),
            SaidQuotes.By("Solveig Ardenne", "The breakwater is over budget", "The Calder Courier", April, new DateOnly(2024, 4, 1), hearing, role: "harbour commissioner"),
            SaidQuotes.By("Sólveig Ardenne", "The breakwater needs more stone", "Radio Tollan", April, role: "commissioner"),
            SaidQuotes.By("Arden Pike", "The marina stays open", "Radio Tollan", January),
        ], CancellationToken.None);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("ard")]
    [InlineData("ARDENNE")]
    [InlineData("solveig ar")]
    [InlineData("s%C3%B3lv")]
    public async Task SuggestSpeakers_PrefixOfAWordOrTheName_FindsTheSpeakerWithCount(string prefix)
    {
        var found = await GetJsonAsync($"/api/v1/speakers?prefix={prefix}");

        var first = found.GetProperty("items")[0];
        Assert.Equal("solveig-ardenne", first.GetProperty("key").GetString());
        Assert.Equal("Solveig Ardenne", first.GetProperty("name").GetString());
        Assert.Equal(3, first.GetProperty("quoteCount").GetInt64());
    }

    [Fact]
    public async Task SuggestSpeakers_TwoSpeakersMatch_MostQuotedFirstWithinTheLimit()
    {
        var both = await GetJsonAsync("/api/v1/speakers?prefix=ard");
        var one = await GetJsonAsync("/api/v1/speakers?prefix=ard&limit=1");

        Assert.Equal(["solveig-ardenne", "arden-pike"], both.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        Assert.Equal(1, one.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/speakers", "prefix")]
    [InlineData("/api/v1/speakers?prefix=", "prefix")]
    [InlineData("/api/v1/speakers?prefix=a", "prefix")]
    [InlineData("/api/v1/speakers?prefix=%C3%A9.", "prefix")]
    [InlineData("/api/v1/speakers?prefix=ard&limit=0", "limit")]
    [InlineData("/api/v1/speakers?prefix=ard&limit=51", "limit")]
    [InlineData("/api/v1/speakers/solveig-ardenne?from=2024-13-01", "from")]
    [InlineData("/api/v1/speakers/solveig-ardenne?from=2024-05-01&to=2024-04-01", "from")]
    [InlineData("/api/v1/speakers/solveig-ardenne?speaker=arden-pike", "speaker")]
    public async Task BadParameter_IsA400ProblemNamingIt(string url, string parameter)
    {
        await Problems.AssertNamesParameterAsync(await _client.GetAsync(url), parameter);
    }

    [Fact]
    public async Task SuggestSpeakers_LimitNotANumber_IsA400Problem()
    {
        await Problems.AssertProblemAsync(await _client.GetAsync("/api/v1/speakers?prefix=ard&limit=many"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GetSpeaker_KnownKey_GivesTheProfile()
    {
        var profile = await GetJsonAsync("/api/v1/speakers/solveig-ardenne");

        Assert.Equal("Solveig Ardenne", profile.GetProperty("name").GetString());
        Assert.Equal(["Sólveig Ardenne"], profile.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(3, profile.GetProperty("quoteCount").GetInt64());
        Assert.Equal("harbour commissioner", profile.GetProperty("roles")[0].GetProperty("value").GetString());
        Assert.Equal(2, profile.GetProperty("roles")[0].GetProperty("count").GetInt64());
        Assert.Equal("The Calder Courier", profile.GetProperty("topOutlets")[0].GetProperty("value").GetString());
        Assert.Equal("a harbour board hearing", profile.GetProperty("topVenues")[0].GetProperty("value").GetString());
        Assert.Equal("2024-01-14", profile.GetProperty("firstStatementDate").GetString());
        Assert.Equal("2024-04-01", profile.GetProperty("lastStatementDate").GetString());
        // January, then two empty months, then April with the dated quote and the undated one published then.
        Assert.Equal([1L, 0, 0, 2], profile.GetProperty("quotesByMonth").EnumerateArray().Select(m => m.GetProperty("count").GetInt64()));
        Assert.Equal(3, profile.GetProperty("latestQuotes").GetArrayLength());
    }

    [Fact]
    public async Task GetSpeaker_NameInsteadOfKeyAndAFilter_NarrowsTheCounts()
    {
        var profile = await GetJsonAsync("/api/v1/speakers/Solveig%20Ardenne?outlet=Radio%20Tollan");

        Assert.Equal(1, profile.GetProperty("quoteCount").GetInt64());
        Assert.Equal("The breakwater needs more stone", profile.GetProperty("latestQuotes")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("/api/v1/speakers/nobody-we-know")]
    [InlineData("/api/v1/speakers/ardenne")]
    [InlineData("/api/v1/speakers/%21%21")]
    public async Task GetSpeaker_UnknownKey_IsA404Problem(string url)
    {
        await Problems.AssertProblemAsync(await _client.GetAsync(url), HttpStatusCode.NotFound);
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
