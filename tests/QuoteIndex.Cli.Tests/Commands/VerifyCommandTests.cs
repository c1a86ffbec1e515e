namespace QuoteIndex.Cli.Tests.Commands;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("quoteindex-verify-");

    private string Data => Path.Combine(_folder.FullName, "data");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Verify_AfterIngest_GivesTheVerdictAndTheMatch()
    {
        var article = Path.Combine(_folder.FullName, "wall.txt");
        await File.WriteAllTextAsync(article,
            "Title: Wall\nOutlet: The Calder Courier\nPublished: 2025-08-21\n\n\"The harbour wall will be rebuilt before the winter storms arrive,\" said Elena Vasquez-Moreau.");
        Assert.Equal(0, (await CliRun.RunAsync(["ingest", article, "--data", Data])).ExitCode);

        var same = await CliRun.RunAsync(["verify", "the harbour wall will be rebuilt before the winter storms arrive", "--data", Data]);
        var other = await CliRun.RunAsync(["verify", "The harbour wall will be rebuilt before the winter storms arrive", "--speaker", "Hal Brannigan", "--data", Data]);
        var none = await CliRun.RunAsync(["verify", "The orchestra tours the islands", "--data", Data]);

        Assert.Equal(0, same.ExitCode);
        Assert.Contains("Verdict: attested", same.Out, StringComparison.Ordinal);
        Assert.Contains("Elena Vasquez-Moreau", same.Out, StringComparison.Ordinal);
        Assert.Contains("The Calder Courier 2025-08-21", same.Out, StringComparison.Ordinal);
        Assert.Contains("Verdict: attested but said by someone else", other.Out, StringComparison.Ordinal);
        Assert.Contains("Verdict: not found in the index", none.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?!", "no letters or digits")]
    [InlineData("The fleet sails", "--date must be a date", "--date", "2025-02-30")]
    public async Task Verify_BadInput_FailsNamingTheProblem(string statement, string message, params string[] more)
    {
        string[] args = ["verify", statement, "--data", Data, .. more];

        var run = await CliRun.RunAsync(args);

        Assert.NotEqual(0, run.ExitCode);
        // Parse errors go to the process's standard error, which the in-process run does not capture: read them from the parse.
        var parse = QuoteIndexCommand.Create(new CliConsole(Spectre.Console.AnsiConsole.Console, TextWriter.Null, Stream.Null, Stream.Null)).Parse(args);
        Assert.Contains(parse.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }
}
