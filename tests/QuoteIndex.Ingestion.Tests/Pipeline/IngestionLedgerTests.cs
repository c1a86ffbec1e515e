using System.Text;
using QuoteIndex.Ingestion.Pipeline;

namespace QuoteIndex.Ingestion.Tests.Pipeline;

public sealed class IngestionLedgerTests : IDisposable
{
    private const string HashA = "0123456789abcdef0123456789abcdef";
    private const string HashB = "fedcba9876543210fedcba9876543210";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("quoteindex-ledger-");

    private string LedgerPath => Path.Combine(_folder.FullName, IngestionLedger.FileName);

    private static CancellationToken Ct => CancellationToken.None;

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task AppendAsync_ThenReopen_KnowsEachArticleWithItsContent()
    {
        await using (var ledger = await IngestionLedger.OpenAsync(LedgerPath, Ct))
            await ledger.AppendAsync([new LedgerEntry("a.txt", "https://ledger.example/a", HashA, 3), new LedgerEntry("b.txt", "b", HashB, 0)], Ct);

        await using var reopened = await IngestionLedger.OpenAsync(LedgerPath, Ct);

        Assert.Equal(2, reopened.Count);
        Assert.True(reopened.RecordsQuotes);
        Assert.False(reopened.TryClaim("https://ledger.example/a", HashA));
        Assert.True(reopened.TryClaim("https://ledger.example/a", HashB));
        Assert.True(reopened.TryClaim("https://ledger.example/new", HashA));
    }

    [Fact]
    public async Task TryClaim_SameArticleAndContentAgain_IsFalseTheSecondTime()
    {
        await using var ledger = await IngestionLedger.OpenAsync(LedgerPath, Ct);

        Assert.True(ledger.TryClaim("a", HashA));
        Assert.False(ledger.TryClaim("a", HashA));
        Assert.True(ledger.TryClaim("a", HashB));
        Assert.True(ledger.TryClaim("a", HashA));
    }

    [Fact]
    public async Task TryClaim_OnlyClaimed_IsNotWrittenToTheFile()
    {
        await using (var ledger = await IngestionLedger.OpenAsync(LedgerPath, Ct))
            ledger.TryClaim("a", HashA);

        await using var reopened = await IngestionLedger.OpenAsync(LedgerPath, Ct);

        Assert.Equal(0, reopened.Count);
    }

    [Fact]
    public async Task OpenAsync_TornLastLine_IsCutOffSoTheNextAppendStartsClean()
    {
        var complete = "{\"source\":\"a.txt\",\"article\":\"a\",\"hash\":\"" + HashA + "\",\"quotes\":2}\n";
        await File.WriteAllTextAsync(LedgerPath, complete + "{\"source\":\"b.txt\",\"article\":\"b\",\"ha", Encoding.UTF8);

        await using (var ledger = await IngestionLedger.OpenAsync(LedgerPath, Ct))
        {
            Assert.Equal(1, ledger.Count);
            await ledger.AppendAsync([new LedgerEntry("c.txt", "c", HashB, 1)], Ct);
        }

        var lines = await File.ReadAllLinesAsync(LedgerPath);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"article\":\"c\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_DamagedLinesInTheMiddle_AreSkipped()
    {
        await File.WriteAllLinesAsync(LedgerPath,
        [
            "{\"source\":\"a.txt\",\"article\":\"a\",\"hash\":\"" + HashA + "\",\"quotes\":2}",
            "{\"source\":\"b.txt\",\"article\":\"b\",\"hash\":\"not-a-hash\",\"quotes\":2}",
            "garbage",
            "{\"source\":\"c.txt\",\"article\":\"c\",\"hash\":\"" + HashB + "\",\"quotes\":0}",
        ]);

        await using var ledger = await IngestionLedger.OpenAsync(LedgerPath, Ct);

        Assert.Equal(2, ledger.Count);
        Assert.False(ledger.TryClaim("c", HashB));
    }

    [Fact]
    public async Task ClearAsync_ForgetsEverythingOnDiskToo()
    {
        await using (var ledger = await IngestionLedger.OpenAsync(LedgerPath, Ct))
        {
            await ledger.AppendAsync([new LedgerEntry("a.txt", "a", HashA, 2)], Ct);
            await ledger.ClearAsync(Ct);
            Assert.Equal(0, ledger.Count);
            Assert.False(ledger.RecordsQuotes);
        }

        Assert.Equal(0, new FileInfo(LedgerPath).Length);
    }
}
