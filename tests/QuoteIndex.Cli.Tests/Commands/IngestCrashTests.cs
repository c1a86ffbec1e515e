using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace QuoteIndex.Cli.Tests.Commands;

/// <summary>
/// `ingest` killed at a random moment (SIGKILL: no cleanup of any kind) and run again must end with exactly the quotes
/// of one clean run: none lost, none twice.
/// </summary>
public sealed class IngestCrashTests : IDisposable
{
    private const int Files = 4;
    private const int ArticlesPerFile = 500;

    // Small batches, so the ledger shows progress early and the kill lands in the middle of a long run of commits.
    private const int BatchArticles = 50;
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(120);

    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("quoteindex-crash-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Ingest_KilledMidRunThenRunAgain_StoresExactlyTheQuotesOfOneCleanRun()
    {
        var corpus = System.IO.Directory.CreateDirectory(Path.Combine(_folder.FullName, "corpus")).FullName;
        for (var file = 0; file < Files; file++)
            InventedCorpus.WriteJsonLines(Path.Combine(corpus, $"part-{file}.jsonl"), file * ArticlesPerFile, ArticlesPerFile);
        var crashed = Path.Combine(_folder.FullName, "crashed");
        var clean = Path.Combine(_folder.FullName, "clean");

        using (var doomed = StartIngest(corpus, crashed))
        {
            var ledger = Path.Combine(crashed, "ledger.jsonl");
            var deadline = Stopwatch.StartNew();
            while (LedgerLines(ledger) < 3 * BatchArticles && !doomed.HasExited && deadline.Elapsed < RunLimit)
                await Task.Delay(20);
            Assert.False(doomed.HasExited, "the run ended before it could be killed: the corpus is too small to test a crash");
            doomed.Kill(entireProcessTree: true);
            await doomed.WaitForExitAsync().WaitAsync(RunLimit);
        }

        var resumed = await RunToEndAsync(corpus, crashed);
        var once = await CliRun.RunAsync(["ingest", corpus, "--data", clean, "--json"]);

        Assert.True(resumed.GetProperty("unchanged").GetInt64() >= 3 * BatchArticles, "the second run should skip what the first committed");
        Assert.Equal(0, once.ExitCode);
        Assert.Equal(Files * ArticlesPerFile, JsonDocument.Parse(once.Data).RootElement.GetProperty("articles").GetInt64());
        var expected = StoredQuoteIds(clean);
        Assert.True(expected.Count > Files * ArticlesPerFile);
        Assert.Equal(expected, StoredQuoteIds(crashed));
    }

    private static Process StartIngest(string corpus, string data)
    {
        // The built CLI beside this test assembly (the project reference copies it), run the way users run it.
        var cli = Path.Combine(AppContext.BaseDirectory, "quoteindex.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "ingest", corpus, "--data", data, "--json" },
            Environment = { ["QUOTEINDEX_Ingestion__BatchArticles"] = BatchArticles.ToString(CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException($"could not start dotnet {cli}");
    }

    private static int LedgerLines(string path)
    {
        if (!File.Exists(path))
            return 0;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file);
        return reader.ReadToEnd().Count(c => c == '\n');
    }

    /// <summary>Runs `ingest --json` in a child process to its end and returns its summary.</summary>
    private static async Task<JsonElement> RunToEndAsync(string corpus, string data)
    {
        using var process = StartIngest(corpus, data);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(RunLimit);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"ingest exited with {process.ExitCode}: {await errors}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }

    /// <summary>The ids of the live quotes in the index, read from the folder as Lucene committed it.</summary>
    private static List<string> StoredQuoteIds(string data)
    {
        using var directory = FSDirectory.Open(Path.Combine(data, "index"));
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        return Enumerable.Range(0, reader.MaxDoc)
            .Where(doc => live is null || live.Get(doc))
            .Select(doc => reader.Document(doc).Get("id"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
