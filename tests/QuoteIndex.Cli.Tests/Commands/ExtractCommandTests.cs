using System.Text.Json;

namespace QuoteIndex.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("quoteindex-extract-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Extract_SeedArticle_WritesOnePredictionLineWithTheAggressorQuote()
    {
        var run = await CliRun.RunAsync(["extract", SharedData.Path("corpus", "seed-blinken-unsc.txt")]);

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Data.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var prediction = JsonDocument.Parse(line).RootElement;
        Assert.StartsWith("sha256:", prediction.GetProperty("id").GetString(), StringComparison.Ordinal);
        var quote = prediction.GetProperty("quotes").EnumerateArray()
            .Single(q => q.GetProperty("text").GetString()!.Contains("Russia is the aggressor", StringComparison.Ordinal));
        var text = await File.ReadAllTextAsync(SharedData.Path("corpus", "seed-blinken-unsc.txt"));
        Assert.Equal(quote.GetProperty("text").GetString(), text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()]);
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Extract_GoldJsonl_KeepsEachArticleId()
    {
        var run = await CliRun.RunAsync(["extract", SharedData.Path("eval", "seed.jsonl")]);

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Data.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("seed-blinken-unsc", JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Extract_StandardInput_ReadsText()
    {
        var run = await CliRun.RunAsync(["extract", "-"], "\"We will open the new bridge in the spring,\" said Ana Petrov.");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"name\":\"Ana Petrov\"", run.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MissingFile_PrintsOneLineNamingItAndFails()
    {
        var path = Path.Combine(_folder.FullName, "missing.txt");

        var run = await CliRun.RunAsync(["extract", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{path}: no such file", run.Error.Trim());
        Assert.Empty(run.Data);
    }

    [Fact]
    public async Task Extract_BinaryFile_PrintsOneLineNamingItAndFails()
    {
        var path = Path.Combine(_folder.FullName, "photo.txt");
        await File.WriteAllBytesAsync(path, [0xFF, 0xD8, 0xFF, 0x00, 0x10]);

        var run = await CliRun.RunAsync(["extract", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{path}: binary content, not text", run.Error.Trim());
    }

    [Fact]
    public async Task Extract_NotUtf8_PrintsOneLineNamingItAndFails()
    {
        var path = Path.Combine(_folder.FullName, "latin1.txt");
        await File.WriteAllBytesAsync(path, System.Text.Encoding.Latin1.GetBytes("Il a dit: « Très bien. »"));

        var run = await CliRun.RunAsync(["extract", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}: not valid UTF-8", run.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }
}
