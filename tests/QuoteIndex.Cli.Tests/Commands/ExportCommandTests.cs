using System.Text.Json;
using CsvHelper;

namespace QuoteIndex.Cli.Tests.Commands;

/// <summary>`quoteindex export`. The articles and people are invented.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("quoteindex-export-");

    private string Data => Path.Combine(_folder.FullName, "data");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Export_NdjsonWithSpeakerFilter_WritesOnlyThatSpeakersQuotesToStandardOutput()
    {
        await IngestAsync();

        var export = await CliRun.RunAsync(["export", "--format", "ndjson", "--speaker", "Hal Brannigan", "--data", Data]);

        Assert.Equal(0, export.ExitCode);
        var lines = export.Data.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var speakers = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal(["Hal Brannigan", "Hal Brannigan"], speakers);
    }

    [Fact]
    public async Task Export_CsvWithTextToAFile_WritesTheHeaderAndTheMatches()
    {
        await IngestAsync();
        var file = Path.Combine(_folder.FullName, "out.csv");

        var export = await CliRun.RunAsync(["export", "--q", "ferry", "--output", file, "--data", Data]);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal("", export.Data);
        using var csv = CsvReader.FromText(await File.ReadAllTextAsync(file));
        var texts = new List<string>();
        while (csv.Read())
            texts.Add(csv.GetString("text"));
        Assert.Equal(["The ferry will run all winter,"], texts);
    }

    [Theory]
    [InlineData("--format", "xml", "--format")]
    [InlineData("--from", "last spring", "from")]
    public async Task Export_BadOption_ExitsWith1AndNamesIt(string option, string value, string named)
    {
        var export = await CliRun.RunAsync(["export", option, value, "--data", Data]);

        Assert.Equal(1, export.ExitCode);
        Assert.Contains(named, export.Error, StringComparison.Ordinal);
        Assert.Contains(value, export.Error, StringComparison.Ordinal);
    }

    private async Task IngestAsync()
    {
        var article = Path.Combine(_folder.FullName, "article.txt");
        await File.WriteAllTextAsync(article,
            "Title: Harbour\nPublished: 2025-03-06\n\n" +
            "\"The ferry will run all winter,\" said Hal Brannigan.\n\n" +
            "\"The harbour wall will be rebuilt before the storms,\" said Elena Vasquez-Moreau.\n\n" +
            "\"We cannot afford another season of flooding,\" said Hal Brannigan.");
        Assert.Equal(0, (await CliRun.RunAsync(["ingest", article, "--data", Data])).ExitCode);
    }
}
