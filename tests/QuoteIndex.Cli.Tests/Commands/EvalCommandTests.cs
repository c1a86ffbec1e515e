using System.Text.Json;

namespace QuoteIndex.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    // An invented article in the gold format: one direct quote, then a blank line, then a line that is not JSON.
    private const string GoodLine =
        """{"id": "t1", "text": "\"We will open the bridge in spring,\" said Ana Petrov.", "attributions": [{"kind": "direct", "content": [{"start": 1, "end": 34}]}]}""";

    private static readonly string[] Rules = ["lenient", "strict", "tight"];
    private static readonly string[] Tiers = ["T1 direct", "T2 quoted (direct+mixed)", "T3 speech indirect", "T4 all"];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("quoteindex-evalcmd-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Eval_SeedWithoutPredictions_PrintsATablePerRuleWithTheAccuracyLines()
    {
        var run = await CliRun.RunAsync(["eval", "--gold", SharedData.Path("eval", "seed.jsonl")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Empty(run.Data);
        Assert.StartsWith("1 articles (0 without prediction)", run.Out, StringComparison.Ordinal);
        foreach (var label in Rules.Concat(Tiers).Concat(["speaker accuracy", "named speaker accuracy", "cue accuracy", "venue accuracy", "stated dates found"]))
            Assert.Contains(label, run.Out, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(run.Out, "T4 all"));
    }

    [Fact]
    public async Task Eval_Json_WritesScorePysStructureOnTheDataStream()
    {
        var run = await CliRun.RunAsync(["eval", "--gold", SharedData.Path("eval", "seed.jsonl"), "--json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Out);
        var root = JsonDocument.Parse(run.Data).RootElement;
        Assert.Equal(["articles", "articles_without_prediction", "rules"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("articles").GetInt32());
        Assert.Equal(Rules, root.GetProperty("rules").EnumerateObject().Select(p => p.Name));
        foreach (var rule in root.GetProperty("rules").EnumerateObject())
        {
            string[] expected = [.. Tiers, "speaker accuracy", "named speaker accuracy", "cue accuracy",
                "venue accuracy", "stated venues found", "date accuracy", "stated dates found"];
            Assert.Equal(expected, rule.Value.EnumerateObject().Select(p => p.Name));
            foreach (var tier in Tiers)
            {
                var score = rule.Value.GetProperty(tier);
                Assert.Equal(["gold", "found", "predicted", "P", "R", "F1"], score.EnumerateObject().Select(p => p.Name));
                Assert.InRange(score.GetProperty("F1").GetDouble(), 0, 100);
            }

            Assert.Matches(@"^\d+/\d+$", rule.Value.GetProperty("stated venues found").GetString()!);
        }
    }

    [Fact]
    public async Task Eval_PredictionFileFromExtract_ScoresTheSameAsExtractingInProcess()
    {
        var gold = SharedData.Path("eval", "seed.jsonl");
        var predictions = Path.Combine(_folder.FullName, "seed.pred.jsonl");
        await File.WriteAllTextAsync(predictions, (await CliRun.RunAsync(["extract", gold])).Data);

        var fromFile = await CliRun.RunAsync(["eval", "--gold", gold, "--pred", predictions, "--json"]);
        var inProcess = await CliRun.RunAsync(["eval", "--gold", gold, "--json"]);

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(inProcess.Data, fromFile.Data);
    }

    [Fact]
    public async Task Eval_PredictionFileWithoutTheArticle_CountsItAsWithoutPrediction()
    {
        var gold = await WriteAsync("gold.jsonl", GoodLine + "\n");
        var predictions = await WriteAsync("pred.jsonl", """{"id": "another", "quotes": []}""" + "\n");

        var run = await CliRun.RunAsync(["eval", "--gold", gold, "--pred", predictions, "--json"]);

        var root = JsonDocument.Parse(run.Data).RootElement;
        Assert.Equal(1, root.GetProperty("articles_without_prediction").GetInt32());
        Assert.Equal(0, root.GetProperty("rules").GetProperty("lenient").GetProperty("T4 all").GetProperty("found").GetInt32());
    }

    [Fact]
    public async Task Eval_MissingGoldFile_PrintsOneLineNamingItAndFails()
    {
        var path = Path.Combine(_folder.FullName, "missing.jsonl");

        var run = await CliRun.RunAsync(["eval", "--gold", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{path}: no such file", run.Error.Trim());
        Assert.Empty(run.Out);
        Assert.Empty(run.Data);
    }

    [Fact]
    public async Task Eval_MalformedGoldLine_PrintsOneLineNamingFileAndLineAndFails()
    {
        var path = await WriteAsync("gold.jsonl", GoodLine + "\n\n{\"id\": \"t2\", \"text\": \n");

        var run = await CliRun.RunAsync(["eval", "--gold", path, "--json"]);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.StartsWith($"{path}:3: malformed JSON", line, StringComparison.Ordinal);
        Assert.Empty(run.Data);
    }

    [Fact]
    public async Task Eval_GoldLineWithoutText_CannotBeExtractedAndFails()
    {
        var path = await WriteAsync("gold.jsonl", """{"id": "t3", "attributions": []}""" + "\n");

        var run = await CliRun.RunAsync(["eval", "--gold", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{path}:1: the record has no \"text\"", run.Error.Trim());
    }

    [Fact]
    public async Task Eval_MalformedPredictionLine_PrintsOneLineNamingItAndFails()
    {
        var gold = await WriteAsync("gold.jsonl", GoodLine + "\n");
        var predictions = await WriteAsync("pred.jsonl", """{"id": "t1", "quotes": [{"start": "one", "end": 9}]}""" + "\n");

        var run = await CliRun.RunAsync(["eval", "--gold", gold, "--pred", predictions]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{predictions}:1: quotes[0].start must be an integer", run.Error.Trim());
    }

    private async Task<string> WriteAsync(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
