using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace QuoteIndex.Api.Tests.Verification;

public sealed class VerificationApiTests : IAsyncLifetime
{
    private const string Breakwater = "The new breakwater will protect the fishing fleet from the winter storms";
    private static readonly DateTimeOffset First = new(2024, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2024, 2, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly QuoteIndexApiFactory _api = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _api.CreateClient();
        // The same words in two outlets, the Courier two days after the Ledger; one is a cluster of two.
        await _api.Store.UpsertAsync(
        [
            SaidQuotes.By("Solveig Ardenne", Breakwater, "The Calder Courier", Later, new DateOnly(2024, 1, 31)),
            SaidQuotes.By("Solveig Ardenne", Breakwater + ".", "The Harbour Ledger", First, new DateOnly(2024, 1, 31)),
            SaidQuotes.By("Arden Pike", "Ferry fares to Tollan will rise by 5 percent in March", "Radio Tollan", First),
        ], CancellationToken.None);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Verify_SameWords_IsAttestedWithTheFirstAppearance()
    {
        var result = await VerifyAsync(new { statement = "\u201Cthe new breakwater will protect the fishing fleet from the winter storms\u201D", speaker = "Ardenne", date = "2024-01-31" });

        Assert.Equal("attested", result.GetProperty("verdict").GetString());
        Assert.Equal("attested", result.GetProperty("summary").GetString());
        var match = Assert.Single(result.GetProperty("matches").EnumerateArray());
        Assert.Equal("exact", match.GetProperty("type").GetString());
        Assert.Equal(1.0, match.GetProperty("score").GetDouble());
        Assert.True(match.GetProperty("bySpeaker").GetBoolean());
        Assert.True(match.GetProperty("onDate").GetBoolean());
        Assert.Equal(2, match.GetProperty("clusterSize").GetInt64());
        Assert.Equal("The Harbour Ledger", match.GetProperty("firstAppearance").GetProperty("article").GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Verify_WordsInAnotherOrder_IsAttestedWithDifferentWording()
    {
        var result = await VerifyAsync(new { statement = "From the winter storms the new breakwater will protect the fishing fleet" });

        Assert.Equal("attestedWithDifferentWording", result.GetProperty("verdict").GetString());
        Assert.Equal("attested with different wording", result.GetProperty("summary").GetString());
        var match = result.GetProperty("matches")[0];
        Assert.Equal("reworded", match.GetProperty("type").GetString());
        Assert.InRange(match.GetProperty("score").GetDouble(), 0.75, 0.99);
    }

    [Fact]
    public async Task Verify_ParaphraseOfTheWords_IsAttestedWithDifferentWording()
    {
        var result = await VerifyAsync(new { statement = "The breakwater should shield the fleet from storms" });

        Assert.Equal("attestedWithDifferentWording", result.GetProperty("verdict").GetString());
        Assert.Equal("paraphrase", result.GetProperty("matches")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Verify_AttributedToSomeoneElse_SaysSo()
    {
        var result = await VerifyAsync(new { statement = Breakwater, speaker = "Arden Pike" });

        Assert.Equal("attestedButSaidBySomeoneElse", result.GetProperty("verdict").GetString());
        var match = result.GetProperty("matches")[0];
        Assert.False(match.GetProperty("bySpeaker").GetBoolean());
        Assert.Equal("Solveig Ardenne", match.GetProperty("quote").GetProperty("speaker").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("Ferry fares to Tollan will rise by 7 percent in March")]
    [InlineData("The orchestra will tour the northern islands next summer")]
    public async Task Verify_OtherNumberOrUnknownStatement_IsNotFound(string statement)
    {
        var result = await VerifyAsync(new { statement });

        Assert.Equal("notFound", result.GetProperty("verdict").GetString());
        Assert.Equal("not found in the index", result.GetProperty("summary").GetString());
        Assert.Equal(0, result.GetProperty("matches").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"statement\": \"\"}", "statement")]
    [InlineData("{\"speaker\": \"Arden Pike\"}", "statement")]
    [InlineData("{\"statement\": \"?!\"}", "statement")]
    [InlineData("{\"statement\": \"The fleet sails\", \"date\": \"31/01/2024\"}", "date")]
    [InlineData("{\"statement\": \"The fleet sails\", \"date\": \"2024-02-30\"}", "date")]
    [InlineData("{\"statement\": \"The fleet sails\", \"speaker\": \"--\"}", "speaker")]
    public async Task Verify_BadField_IsA400ProblemNamingIt(string body, string field)
    {
        await Problems.AssertNamesParameterAsync(await PostAsync(body), field);
    }

    [Fact]
    public async Task Verify_StatementOverTheLimit_IsA400ProblemSayingHowLong()
    {
        var error = await Problems.AssertNamesParameterAsync(await PostAsync(JsonSerializer.Serialize(new { statement = new string('a', 5_001) })), "statement");

        Assert.Contains("5,001", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"statement\": 42}")]
    [InlineData("")]
    public async Task Verify_BodyNotTheJsonObject_IsA400ProblemWithoutStackTrace(string body)
    {
        var problem = await Problems.AssertProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest);

        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_HugeBody_IsA413Problem()
    {
        await Problems.AssertProblemAsync(await PostAsync(JsonSerializer.Serialize(new { statement = new string('a', 100_000) })), HttpStatusCode.RequestEntityTooLarge);
    }

    private async Task<JsonElement> VerifyAsync(object request)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/verify", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> PostAsync(string body) =>
        _client.PostAsync("/api/v1/verify", new StringContent(body, Encoding.UTF8, "application/json"));
}
