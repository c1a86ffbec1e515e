namespace QuoteIndex.Cli.Tests.Commands;

public sealed class ReindexCommandTests
{
    [Fact]
    public async Task Reindex_WithoutAClusterConfigured_FailsWithTheSettingNamed()
    {
        // The test environment sets no QUOTEINDEX_Store__Elasticsearch__Url.
        var data = Directory.CreateTempSubdirectory("quoteindex-reindex-");
        try
        {
            var run = await CliRun.RunAsync(["reindex", "--data", data.FullName]);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Store:Elasticsearch:Url is required", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
