using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QuoteIndex.Cli.Tests.Commands;

/// <summary>`quoteindex ingest` over every kind of source: web pages, globs, standard input, URLs and feeds (loopback).</summary>
public sealed class IngestSourcesCommandTests : IAsyncLifetime
{
    private const string Page = """
        <html lang="en"><head><title>Ferry returns</title>
        <meta property="og:site_name" content="The Calder Courier">
        <meta property="article:published_time" content="2025-08-21T09:00:00Z">
        <link rel="canonical" href="https://courier.example/ferry"></head>
        <body><nav>Home | News | Sport</nav><article><h1>Ferry returns</h1>
        <p>The ferry between Calder and Elling stopped running in March after the pier was damaged in a storm, and the island's shops have struggled since.</p>
        <p>"The ferry will run again in May, and every sailing will be free for the first week," said Ana Petrov, the harbour master, on Tuesday.</p>
        <p>The council will meet again next month to approve the timetable and the fares for the summer season.</p>
        </article></body></html>
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("quoteindex-sources-");
    private WebApplication _site = null!;
    private Uri _siteAddress = null!;

    private string Data => Path.Combine(_folder.FullName, "data");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _site = builder.Build();
        _site.MapGet("/ferry", () => Results.Content(Page, "text/html; charset=utf-8"));
        _site.MapGet("/feed", (HttpRequest request) => Results.Content(Feed($"{request.Scheme}://{request.Host}"), "application/rss+xml"));
        await _site.StartAsync();
        _siteAddress = new Uri(_site.Urls.First());
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Ingest_HtmlFile_StoresItsQuoteWithThePageMetadata()
    {
        var file = Path.Combine(_folder.FullName, "ferry.html");
        await File.WriteAllTextAsync(file, Page);

        var run = await CliRun.RunAsync(["ingest", file, "--json", "--data", Data]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, Summary(run).GetProperty("articles").GetInt32());
        var search = await CliRun.RunAsync(["search", "ferry", "--data", Data]);
        Assert.Contains("Ana Petrov", search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FolderWithExcludeGlob_SkipsTheExcludedFiles()
    {
        var articles = Directory.CreateDirectory(Path.Combine(_folder.FullName, "articles"));
        Directory.CreateDirectory(Path.Combine(articles.FullName, "drafts"));
        await File.WriteAllTextAsync(Path.Combine(articles.FullName, "ferry.html"), Page);
        await File.WriteAllTextAsync(Path.Combine(articles.FullName, "drafts", "draft.txt"), "\"Not yet,\" said Hal Brannigan.");

        var run = await CliRun.RunAsync(["ingest", articles.FullName, "--exclude", "drafts/**", "--json", "--data", Data]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, Summary(run).GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Ingest_StandardInputAsJsonLines_ReadsEveryLine()
    {
        var stdin = """
            {"id": "a1", "text": "\"The pier will reopen in spring,\" said Ana Petrov."}
            {"id": "a2", "text": "\"The fares will not rise this year,\" said Hal Brannigan."}
            """;

        var run = await CliRun.RunAsync(["ingest", "-", "--stdin-format", "jsonl", "--json", "--data", Data], stdin);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, Summary(run).GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Ingest_PageUrlAndFeedUrl_FetchesThePagesAndNamesTheBrokenItem()
    {
        var run = await CliRun.RunAsync(
            ["ingest", new Uri(_siteAddress, "/ferry").ToString(), new Uri(_siteAddress, "/feed").ToString(), "--json", "--data", Data]);

        // The feed's first item is the same page (same canonical URL: one article); its second is a 404.
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("/missing", run.Error, StringComparison.Ordinal);
        Assert.Contains("404", run.Error, StringComparison.Ordinal);
        var search = await CliRun.RunAsync(["search", "ferry", "--data", Data]);
        Assert.Contains("1 quotes match", search.Out, StringComparison.Ordinal);
    }

    private static JsonElement Summary(CliRun run) => JsonDocument.Parse(run.Data).RootElement;

    private static string Feed(string site) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Calder Courier</title><link>{site}/</link><description>News</description>
        <item><title>Ferry returns</title><link>{site}/ferry</link><pubDate>Thu, 21 Aug 2025 09:00:00 GMT</pubDate></item>
        <item><title>Missing</title><link>{site}/missing</link><pubDate>Thu, 21 Aug 2025 10:00:00 GMT</pubDate></item>
        </channel></rss>
        """;
}
