using System.Net;
using System.Text.Json;
using CsvHelper;
using QuoteIndex.Api.Exports;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Api.Tests.Exports;

/// <summary>`GET /api/v1/quotes/export`. Every person, outlet and statement here is invented.</summary>
public sealed class ExportsApiTests : ApiHostTests
{
    [Fact]
    public async Task Export_Csv_ParsesBackWithEveryFieldQuotedAsNeededAndFormulasDefused()
    {
        var tricky = Quote("We said \"no\", twice,\nand we meant it", "Elena Vasquez-Moreau", day: 1) with
        {
            Venue = new Venue("a council hearing, in public", VenueType.Hearing),
            Date = new StatementDate(new DateOnly(2025, 3, 3), DateSource.Stated, "on Monday"),
            Cue = new Cue("said", new TextSpan(40, 44)),
            Confidence = 0.875,
        };
        var formula = Quote("=HYPERLINK(\"https://evil.example\",\"click\")", "Hal Brannigan", day: 2);
        var plus = Quote("+1 for the harbour wall", "Hal Brannigan", day: 3);
        var minus = Quote("-2 degrees tonight on the quay", "Hal Brannigan", day: 4);
        var at = Quote("@everyone come to the quay", "@harbourmaster", day: 5);
        await Api.Store.UpsertAsync([tricky, formula, plus, minus, at], CancellationToken.None);

        var response = await Client.GetAsync("/api/v1/quotes/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("quotes.csv", response.Content.Headers.ContentDisposition?.FileName);
        using var csv = CsvReader.FromText(await response.Content.ReadAsStringAsync());
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
            rows.Add(QuoteCsv.Columns.ToDictionary(c => c, c => csv.GetString(c)));
        Assert.Equal([tricky.Id, formula.Id, plus.Id, minus.Id, at.Id], rows.Select(r => r["id"]));
        var first = rows[0];
        Assert.Equal(tricky.Text, first["text"]);
        Assert.Equal("direct", first["kind"]);
        Assert.Equal("Elena Vasquez-Moreau", first["speakerName"]);
        Assert.Equal("elena-vasquez-moreau", first["speakerKey"]);
        Assert.Equal("a council hearing, in public", first["venueName"]);
        Assert.Equal("hearing", first["venueType"]);
        Assert.Equal("2025-03-03", first["statementDate"]);
        Assert.Equal("stated", first["statementDateSource"]);
        Assert.Equal("2025-03-01T09:00:00+00:00", first["published"]);
        Assert.Equal("The Calder Courier", first["outlet"]);
        Assert.Equal("https://courier.example/1", first["url"]);
        Assert.Equal(tricky.ClusterId, first["clusterId"]);
        Assert.Equal("0.875", first["confidence"]);
        Assert.Equal("said", first["cue"]);
        Assert.Equal("'" + formula.Text, rows[1]["text"]);
        Assert.Equal("'" + plus.Text, rows[2]["text"]);
        Assert.Equal("'" + minus.Text, rows[3]["text"]);
        Assert.Equal("'" + at.Text, rows[4]["text"]);
        Assert.Equal("'@harbourmaster", rows[4]["speakerName"]);
    }

    [Fact]
    public async Task Export_CsvOfAnEmptyIndex_IsTheHeaderAlone()
    {
        var body = await (await Client.GetAsync("/api/v1/quotes/export?format=csv")).Content.ReadAsStringAsync();

        Assert.Equal(string.Join(',', QuoteCsv.Columns) + "\r\n", body);
    }

    [Fact]
    public async Task Export_NdjsonOfMoreQuotesThanOneStoreChunk_EveryQuoteOnceEarliestPublishedFirst()
    {
        // More than the Lucene store reads per chunk (4,096), so the stream spans several chunks and many flushes.
        var quotes = Enumerable.Range(0, 4_500).Select(i => Quote($"The quay budget line {i} is settled", "Hal Brannigan", day: 1 + (i % 28))).ToList();
        await Api.Store.UpsertAsync(quotes, CancellationToken.None);

        var response = await Client.GetAsync("/api/v1/quotes/export?format=ndjson");

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("quotes.ndjson", response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("", lines[^1]);
        var exported = lines[..^1].Select(l => JsonSerializer.Deserialize<Quote>(l, QuoteJson.Options)!).ToList();
        var expected = quotes.OrderBy(q => q.Article.Published).ThenBy(q => q.Id, StringComparer.Ordinal).Select(q => q.Id);
        Assert.Equal(expected, exported.Select(q => q.Id));
        Assert.Equal(quotes[7].Text, exported.Single(q => q.Id == quotes[7].Id).Text);
    }

    [Fact]
    public async Task Export_TextAndFilters_KeepOnlyTheMatchingQuotes()
    {
        var wanted = Quote("The ferry fares will fall", "Hal Brannigan", day: 1);
        var otherSpeaker = Quote("The ferry fares will rise", "Elena Vasquez-Moreau", day: 2);
        var otherWords = Quote("The pier will close", "Hal Brannigan", day: 3);
        var tooEarly = Quote("The ferry is late again", "Hal Brannigan", day: 1) with { Date = new StatementDate(new DateOnly(2025, 1, 2), DateSource.Stated) };
        await Api.Store.UpsertAsync([wanted, otherSpeaker, otherWords, tooEarly], CancellationToken.None);

        var body = await (await Client.GetAsync("/api/v1/quotes/export?format=ndjson&q=ferry&speaker=hal-brannigan&publishedFrom=2025-03-01")).Content.ReadAsStringAsync();
        var ids = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());

        Assert.Equal([wanted.Id, tooEarly.Id], ids);
        var dated = await (await Client.GetAsync("/api/v1/quotes/export?format=ndjson&q=ferry&speaker=hal-brannigan&from=2025-01-01&to=2025-01-31")).Content.ReadAsStringAsync();
        Assert.Equal(tooEarly.Id, JsonDocument.Parse(dated.Trim()).RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("format=xlsx", "format")]
    [InlineData("format=csv&from=2025-05-01&to=2025-04-01", "from")]
    [InlineData("format=ndjson&kind=shouted", "kind")]
    public async Task Export_BadParameter_IsA400ProblemNamingIt(string query, string parameter)
    {
        var response = await Client.GetAsync($"/api/v1/quotes/export?{query}");

        var problem = await response.ProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task Export_QueryTheStoreCannotRead_IsA400ProblemInsteadOfAFile()
    {
        await Api.Store.UpsertAsync([Quote("The harbour wall stands", "Hal Brannigan", day: 1)], CancellationToken.None);

        // A leading wildcard would scan every term of the index: the search syntax refuses it.
        var response = await Client.GetAsync("/api/v1/quotes/export?format=csv&q=*arbour");

        await response.ProblemAsync(400);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    private static Quote Quote(string text, string speaker, int day)
    {
        var article = new ArticleReference(
            $"https://courier.example/{day}", "Harbour news", "The Calder Courier", new Uri($"https://courier.example/{day}"),
            new DateTimeOffset(2025, 3, day, 9, 0, 0, TimeSpan.Zero));
        return new Quote(article, text, [new TextSpan(1, 1 + text.Length)], QuoteKind.Direct) { Speaker = new Speaker(speaker) };
    }
}
