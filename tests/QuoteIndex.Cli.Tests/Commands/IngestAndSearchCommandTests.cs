using System.Text.Json;
using QuoteIndex.Cli.Commands;

namespace QuoteIndex.Cli.Tests.Commands;

public sealed class IngestAndSearchCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("quoteindex-ingest-");

    private string Data => Path.Combine(_folder.FullName, "data");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Ingest_SeedArticle_ThenSearchFindsTheAggressorQuote()
    {
        var ingest = await CliRun.RunAsync(["ingest", SharedData.Path("corpus", "seed-blinken-unsc.txt"), "--data", Data]);
        var search = await CliRun.RunAsync(["search", "aggressor", "--data", Data]);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("1 quotes match", search.Out, StringComparison.Ordinal);
        Assert.Contains("Russia is the aggressor", search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FolderWithBadFiles_NamesEachRejectAndIngestsTheRest()
    {
        var articles = Directory.CreateDirectory(Path.Combine(_folder.FullName, "articles"));
        await File.WriteAllTextAsync(Path.Combine(articles.FullName, "good.txt"),
            "Title: Wall\n\n\"The harbour wall will be rebuilt before the winter storms,\" said Elena Vasquez-Moreau.");
        await File.WriteAllBytesAsync(Path.Combine(articles.FullName, "binary.txt"), [1, 2, 0, 4]);
        await File.WriteAllTextAsync(Path.Combine(articles.FullName, "records.jsonl"),
            "{\"id\":\"r1\",\"text\":\"\\\"Flooding will return every spring unless we act,\\\" said Hal Brannigan.\"}\n{broken\n");
        var missing = Path.Combine(_folder.FullName, "missing.txt");

        var ingest = await CliRun.RunAsync(["ingest", articles.FullName, missing, "--data", Data]);
        var search = await CliRun.RunAsync(["search", "harbour OR flooding", "--data", Data]);

        Assert.Equal(3, ingest.ExitCode);
        var errors = ingest.Error.Trim().Split('\n');
        Assert.Equal(3, errors.Length);
        Assert.Contains(errors, e => e.Contains("binary.txt: binary content", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("records.jsonl:2: malformed JSON", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("missing.txt: no such file", StringComparison.Ordinal));
        Assert.Contains("2 quotes match", search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_FolderSaltedWithBadFiles_FilesOneRejectLineEachAndExitsWith3()
    {
        var articles = Directory.CreateDirectory(Path.Combine(_folder.FullName, "salted"));
        await File.WriteAllTextAsync(Path.Combine(articles.FullName, "good.txt"),
            "\"The tram line will open again next spring,\" said Ines Okafor.");
        await File.WriteAllBytesAsync(Path.Combine(articles.FullName, "binary.txt"), [0x50, 0x4B, 0, 0, 7]);
        await File.WriteAllTextAsync(Path.Combine(articles.FullName, "empty.txt"), "");
        await File.WriteAllTextAsync(Path.Combine(articles.FullName, "lines.jsonl"),
            "{\"id\":\"l1\",\"text\":\"\\\"The ferry will run all winter,\\\" said Tomas Varga.\"}\n{\"id\": \"l2\", \"text\": \n");
        await File.WriteAllTextAsync(Path.Combine(articles.FullName, "huge.txt"), new string('a', 600));

        var ingest = await CliRun.RunAsync(["ingest", articles.FullName, "--data", Data, "--max-file-bytes", "500", "--json"]);

        Assert.Equal(3, ingest.ExitCode);
        var rejects = File.ReadAllLines(Path.Combine(Data, "rejects.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, rejects.Count);
        Assert.All(rejects, r => Assert.True(r.TryGetProperty("time", out _)));
        string Reason(string source) => rejects.Single(r => r.GetProperty("source").GetString()!.EndsWith(source, StringComparison.Ordinal)).GetProperty("reason").GetString()!;
        Assert.StartsWith("binary content", Reason("binary.txt"), StringComparison.Ordinal);
        Assert.Contains("no text", Reason("empty.txt"), StringComparison.Ordinal);
        Assert.StartsWith("malformed JSON", Reason("lines.jsonl:2"), StringComparison.Ordinal);
        Assert.Contains("over the 500-byte limit", Reason("huge.txt"), StringComparison.Ordinal);
        Assert.Equal(4, ingest.Error.Trim().Split('\n').Length);
        var summary = JsonDocument.Parse(ingest.Data).RootElement;
        Assert.Equal(2, summary.GetProperty("articles").GetInt64());
        Assert.Equal(4, summary.GetProperty("rejected").GetInt64());
    }

    [Fact]
    public async Task Ingest_Json_WritesOneSummaryObjectAndASecondRunFindsEverythingUnchanged()
    {
        var first = await CliRun.RunAsync(["ingest", DemoCommand.SamplesFolder, "--data", Data, "--json"]);
        var second = await CliRun.RunAsync(["ingest", DemoCommand.SamplesFolder, "--data", Data, "--json"]);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Empty(first.Out);
        var (one, two) = (JsonDocument.Parse(first.Data).RootElement, JsonDocument.Parse(second.Data).RootElement);
        Assert.Equal((12, 0), (one.GetProperty("articles").GetInt64(), one.GetProperty("unchanged").GetInt64()));
        Assert.Equal((0, 12, 0), (two.GetProperty("articles").GetInt64(), two.GetProperty("unchanged").GetInt64(), two.GetProperty("quotes").GetInt64()));
        Assert.True(one.GetProperty("quotes").GetInt64() > 12);
        Assert.False(one.GetProperty("interrupted").GetBoolean());
        Assert.InRange(one.GetProperty("smallestBatchShare").GetDouble(), 0.1, 1);
    }

    [Fact]
    public async Task Ingest_Table_ShowsEveryCountOfTheSummary()
    {
        var ingest = await CliRun.RunAsync(["ingest", DemoCommand.SamplesFolder, "--data", Data]);

        Assert.Equal(0, ingest.ExitCode);
        foreach (var column in new[] { "articles", "unchanged", "quotes", "rejected", "time", "articles/s" })
            Assert.Contains(column, ingest.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_IndexHeldByAnotherStore_FailsWithExitCode1AndSaysWhy()
    {
        await using var holder = QuoteIndex.Store.Lucene.LuceneQuoteStore.Open(Path.Combine(Data, "index"));

        var ingest = await CliRun.RunAsync(["ingest", DemoCommand.SamplesFolder, "--data", Data]);

        Assert.Equal(1, ingest.ExitCode);
        Assert.StartsWith("ingest failed:", ingest.Error, StringComparison.Ordinal);
        Assert.Contains("locked", ingest.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", ingest.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestHelp_DocumentsEveryExitCodeAndTheDataFiles()
    {
        var output = new StringWriter();
        var help = QuoteIndexCommand.Create(CliConsole.System()).Parse(["ingest", "--help"]);

        var exitCode = await help.InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output });

        Assert.Equal(0, exitCode);
        var text = output.ToString();
        Assert.Contains("Exit codes: 0 every input went in; 3 some inputs were rejected; 1 the run failed; 130", text, StringComparison.Ordinal);
        Assert.Contains("DIR/ledger.jsonl", text, StringComparison.Ordinal);
        Assert.Contains("DIR/rejects.jsonl", text, StringComparison.Ordinal);
        Assert.Contains("--json", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SameInputTwice_DoesNotDuplicateQuotes()
    {
        var seed = SharedData.Path("corpus", "seed-blinken-unsc.txt");

        await CliRun.RunAsync(["ingest", seed, "--data", Data]);
        var first = await CliRun.RunAsync(["search", "Russia", "--data", Data]);
        await CliRun.RunAsync(["ingest", seed, "--data", Data]);
        var second = await CliRun.RunAsync(["search", "Russia", "--data", Data]);

        Assert.Equal(Title(first.Out), Title(second.Out));
    }

    [Fact]
    public async Task Ingest_BundledSamples_AllReadWithoutRejects()
    {
        var ingest = await CliRun.RunAsync(["ingest", DemoCommand.SamplesFolder, "--data", Data]);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Empty(ingest.Error);
        Assert.Matches(@"\b12\b", ingest.Out);
    }

    [Fact]
    public async Task Search_SpeakerOption_KeepsOnlyThatSpeaker()
    {
        var file = Path.Combine(_folder.FullName, "two.txt");
        await File.WriteAllTextAsync(file,
            "\"The harbour wall will be rebuilt before the winter storms,\" said Elena Vasquez-Moreau.\n\n" +
            "\"The harbour wall is a waste of public money and time,\" said Hal Brannigan.");
        await CliRun.RunAsync(["ingest", file, "--data", Data]);

        var search = await CliRun.RunAsync(["search", "harbour", "--speaker", "Hal Brannigan", "--data", Data]);

        Assert.Contains("1 quotes match", search.Out, StringComparison.Ordinal);
        Assert.Contains("waste of public money", search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BadQuery_PrintsTheProblemAndFails()
    {
        await CliRun.RunAsync(["ingest", SharedData.Path("corpus", "seed-blinken-unsc.txt"), "--data", Data]);

        var search = await CliRun.RunAsync(["search", "*gressor", "--data", Data]);

        Assert.Equal(1, search.ExitCode);
        Assert.Contains("*gressor", search.Error, StringComparison.Ordinal);
    }

    private static string Title(string table) => table.Split('\n').First(l => l.Contains("quotes match", StringComparison.Ordinal)).Trim();
}
