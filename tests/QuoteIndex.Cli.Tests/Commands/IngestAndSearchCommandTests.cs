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

        var search = await CliRun.RunAsync(["search", "\"unbalanced", "--data", Data]);

        Assert.Equal(1, search.ExitCode);
        Assert.Contains("unbalanced", search.Error, StringComparison.Ordinal);
    }

    private static string Title(string table) => table.Split('\n').First(l => l.Contains("quotes match", StringComparison.Ordinal)).Trim();
}
