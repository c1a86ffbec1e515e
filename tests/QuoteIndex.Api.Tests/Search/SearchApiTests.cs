using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Api.Tests.Search;

public sealed class SearchApiTests : IAsyncLifetime
{
    private readonly QuoteIndexApiFactory _api = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _api.CreateClient();
        // Invented articles: two outlets, three speakers, the same harbour story over three months.
        await _api.IngestAsync(
            TextArticleParser.Parse(
                "Title: Harbour wall\nOutlet: The Calder Courier\nPublished: 2025-06-03\nURL: https://courier.example/wall\n\n" +
                "\"The harbour wall will be rebuilt before the winter storms arrive,\" said Elena Vasquez-Moreau.\n\n" +
                "\"We cannot afford another season of flooding in the old town,\" said Hal Brannigan."),
            TextArticleParser.Parse(
                "Title: Harbour fees\nOutlet: Elling Gazette\nPublished: 2025-08-21\nURL: https://gazette.example/fees\n\n" +
                "\"The harbour fees will rise in spring,\" said Elena Vasquez-Moreau.\n\n" +
                "\"A harbour fee that rises every year drives the boats away,\" said Hal Brannigan.\n\n" +
                "\"The harbour master’s office won’t comment on fees,\" said Ines Okafor."));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    // The JSON leaves null properties out: no `next` on the last page.
    private static string? Next(JsonElement page) => page.TryGetProperty("next", out var next) ? next.GetString() : null;

    private static IEnumerable<string> Texts(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("quote").GetProperty("text").GetString()!);

    [Fact]
    public async Task SearchQuotes_Words_ReturnsMatchesWithTotalHighlightsAndClusterSizes()
    {
        var page = await GetJsonAsync("/api/v1/quotes/search?q=harbour%20fees");

        Assert.Equal(3, page.GetProperty("total").GetInt64());
        var first = page.GetProperty("items")[0];
        Assert.Contains("<mark>", first.GetProperty("highlight").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("clusterSize").GetInt64() >= 1);
        Assert.Null(Next(page));
    }

    [Fact]
    public async Task SearchQuotes_SameSearchAgain_AnswersTheSameJsonWithQuotesAsTheQuoteEndpointWritesThem()
    {
        // The second answer is the store's cached result, its JSON copied from the first answer.
        var first = await _client.GetStringAsync("/api/v1/quotes/search?q=harbour");
        using var response = await _client.GetAsync("/api/v1/quotes/search?q=harbour");
        var again = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(first, again);
        var items = JsonDocument.Parse(again).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        foreach (var quote in items.Select(i => i.GetProperty("quote")))
        {
            var details = await GetJsonAsync("/api/v1/quotes/" + Uri.EscapeDataString(quote.GetProperty("id").GetString()!));
            Assert.Equal(details.GetProperty("quote").GetRawText(), quote.GetRawText());
        }
    }

    [Fact]
    public async Task SearchQuotes_ExactPhraseInCurlyQuotes_LeavesOutStemmedLookAlikes()
    {
        var page = await GetJsonAsync("/api/v1/quotes/search?q=" + Uri.EscapeDataString("“harbour fees”"));

        Assert.Equal(["The harbour fees will rise in spring,"], Texts(page));
    }

    [Fact]
    public async Task SearchQuotes_StraightApostrophe_FindsCurlyOne()
    {
        var page = await GetJsonAsync("/api/v1/quotes/search?q=" + Uri.EscapeDataString("\"won't comment\""));

        Assert.Equal(1, page.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task SearchQuotes_FacetsAndHistogram_CountMatchesWithMultiSelectAndNoGaps()
    {
        var page = await GetJsonAsync("/api/v1/quotes/search?q=harbour&speaker=elena-vasquez-moreau&interval=month");

        Assert.Equal(2, page.GetProperty("total").GetInt64());
        var facets = page.GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("values"));
        Assert.Equal(["speaker", "outlet", "venueType", "kind"], facets.Keys);
        // The speaker facet ignores the speaker filter: every harbour speaker is counted, with a display name.
        var speakers = facets["speaker"].EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt64());
        Assert.Equal(2, speakers["elena-vasquez-moreau"]);
        Assert.Equal(1, speakers["hal-brannigan"]);
        Assert.Equal(1, speakers["ines-okafor"]);
        Assert.Contains(facets["speaker"].EnumerateArray(), v => v.GetProperty("label").GetString() == "Hal Brannigan");
        // The outlet facet obeys it.
        Assert.Equal(2, facets["outlet"].EnumerateArray().Sum(v => v.GetProperty("count").GetInt64()));
        var buckets = page.GetProperty("histogram").GetProperty("buckets").EnumerateArray()
            .Select(b => (b.GetProperty("start").GetString(), b.GetProperty("count").GetInt64())).ToList();
        Assert.Equal([("2025-06-01", 1L), ("2025-07-01", 0L), ("2025-08-01", 1L)], buckets);
    }

    [Fact]
    public async Task SearchQuotes_Cursor_WalksEveryQuoteOnceThenStops()
    {
        var all = await GetJsonAsync("/api/v1/quotes/search?sort=oldest&size=100");
        var seen = new List<string>();
        var url = "/api/v1/quotes/search?sort=oldest&size=2";
        for (var pages = 0; pages < 10 && url is not null; pages++)
        {
            var page = await GetJsonAsync(url);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("quote").GetProperty("id").GetString()!));
            url = Next(page) is { } next ? "/api/v1/quotes/search?sort=oldest&size=2&cursor=" + next : null;
        }

        Assert.Null(url);
        Assert.Equal(all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("quote").GetProperty("id").GetString()!), seen);
        Assert.Equal(5, seen.Count);
    }

    [Theory]
    [InlineData("q=*bour", "q")] // leading wildcard
    [InlineData("q=h*", "q")] // too broad a prefix
    [InlineData("q=harbour~7", "q")] // unreadable fuzzy
    [InlineData("q=ha~", "q")] // too broad a fuzzy word
    [InlineData("q=AND", "q")] // nothing to search for
    [InlineData("size=101", "size")]
    [InlineData("size=0", "size")]
    [InlineData("facetSize=101", "facetSize")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "cursor")]
    [InlineData("from=2025-05-02&to=2025-05-01", "from")]
    [InlineData("publishedFrom=2025-05-02&publishedTo=2025-05-01", "publishedFrom")]
    [InlineData("sort=random", "sort")]
    [InlineData("dateField=modified", "dateField")]
    [InlineData("interval=fortnight", "interval")]
    [InlineData("collapse=speaker", "collapse")]
    [InlineData("collapse=true", "collapse")]
    [InlineData("interval=day&publishedFrom=1900-01-01&publishedTo=2100-01-01", "interval")] // 73,000 buckets
    public async Task SearchQuotes_BadInput_IsA400ProblemNamingTheParameterWithoutStackTrace(string parameters, string parameter)
    {
        var response = await _client.GetAsync("/api/v1/quotes/search?" + parameters);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), body);
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task SearchQuotes_CursorOfAnotherSearch_IsA400NamingTheCursor()
    {
        var first = await GetJsonAsync("/api/v1/quotes/search?q=harbour&size=1");
        var cursor = Next(first);

        var response = await _client.GetAsync("/api/v1/quotes/search?q=fees&size=1&cursor=" + cursor);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("another search", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchQuotes_TamperedCursor_IsA400NamingTheCursor()
    {
        var first = await GetJsonAsync("/api/v1/quotes/search?q=harbour&size=1");
        var cursor = Next(first)!;
        var tampered = cursor[..^3] + (cursor[^3] == 'A' ? 'B' : 'A') + cursor[^2..];

        var response = await _client.GetAsync("/api/v1/quotes/search?q=harbour&size=1&cursor=" + tampered);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cursor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // The harbour wall statement as a wire story: two more outlets carry Vasquez-Moreau's words the day after.
    private Task IngestWireCopiesAsync() => _api.IngestAsync(
        TextArticleParser.Parse(
            "Title: Wall to be rebuilt\nOutlet: Elling Gazette\nPublished: 2025-06-04\nURL: https://gazette.example/wall\n\n" +
            "\"The harbour wall will be rebuilt before the winter storms arrive,\" said Elena Vasquez-Moreau."),
        TextArticleParser.Parse(
            "Title: Wall plan\nOutlet: Port Elling Herald\nPublished: 2025-06-04\nURL: https://herald.example/wall\n\n" +
            "\"The harbour wall will be rebuilt before the winter storms arrive,\" said Elena Vasquez-Moreau."));

    [Fact]
    public async Task SearchQuotes_CollapseCluster_GivesAWireStoryOneItemWithItsClusterSize()
    {
        await IngestWireCopiesAsync();

        var every = await GetJsonAsync("/api/v1/quotes/search?q=harbour&sort=newest");
        var collapsed = await GetJsonAsync("/api/v1/quotes/search?q=harbour&sort=newest&collapse=cluster");

        Assert.Equal(6, every.GetProperty("total").GetInt64());
        Assert.Equal(3, Texts(every).Count(t => t.StartsWith("The harbour wall", StringComparison.Ordinal)));
        // The total and the facets still count quotes; the items are one per statement, the newest copy for the wall.
        Assert.Equal(6, collapsed.GetProperty("total").GetInt64());
        var items = collapsed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        var wall = Assert.Single(items, i => i.GetProperty("quote").GetProperty("text").GetString()!.StartsWith("The harbour wall", StringComparison.Ordinal));
        Assert.Equal(3, wall.GetProperty("clusterSize").GetInt64());
        Assert.Equal("2025-06-04", wall.GetProperty("quote").GetProperty("article").GetProperty("published").GetString()![..10]);
        Assert.All(items.Where(i => i.GetProperty("quote").GetProperty("id").GetString() != wall.GetProperty("quote").GetProperty("id").GetString()),
            i => Assert.Equal(1, i.GetProperty("clusterSize").GetInt64()));
        var outlets = collapsed.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "outlet").GetProperty("values");
        Assert.Equal(4, outlets.EnumerateArray().Single(v => v.GetProperty("value").GetString() == "Elling Gazette").GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task SearchQuotes_CollapsedCursor_WalksEveryStatementOnceThenStops()
    {
        await IngestWireCopiesAsync();
        var all = await GetJsonAsync("/api/v1/quotes/search?sort=oldest&size=100&collapse=cluster");
        var seen = new List<string>();
        var url = "/api/v1/quotes/search?sort=oldest&size=2&collapse=cluster";
        for (var pages = 0; pages < 10 && url is not null; pages++)
        {
            var page = await GetJsonAsync(url);
            Assert.Equal(7, page.GetProperty("total").GetInt64());
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("quote").GetProperty("clusterId").GetString()!));
            url = Next(page) is { } next ? "/api/v1/quotes/search?sort=oldest&size=2&collapse=cluster&cursor=" + next : null;
        }

        Assert.Null(url);
        Assert.Equal(all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("quote").GetProperty("clusterId").GetString()!), seen);
        Assert.Equal(5, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(5, seen.Count);
    }

    [Theory]
    [InlineData("", "collapse=cluster")]
    [InlineData("collapse=cluster", "")]
    [InlineData("collapse=cluster", "collapse=none")]
    public async Task SearchQuotes_CursorOfTheSameSearchWithOtherCollapse_IsA400NamingTheCursor(string first, string then)
    {
        var cursor = Next(await GetJsonAsync($"/api/v1/quotes/search?q=harbour&size=1&{first}"));

        var response = await _client.GetAsync($"/api/v1/quotes/search?q=harbour&size=1&{then}&cursor={cursor}");

        Assert.Contains("collapse", await Problems.AssertNamesParameterAsync(response, "cursor"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchQuotes_ForgivingSyntax_AnswersInsteadOfFailing()
    {
        var page = await GetJsonAsync("/api/v1/quotes/search?q=" + Uri.EscapeDataString("(harbour \"fees will"));

        Assert.Equal(1, page.GetProperty("total").GetInt64());
    }
}
