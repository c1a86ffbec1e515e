using QuoteIndex.Api.Security;

namespace QuoteIndex.Cli.Tests.Commands;

public sealed class ApiKeyCommandTests
{
    [Fact]
    public async Task ApiKey_PrintsANewKeyAndTheHashTheServerAccepts()
    {
        var first = await CliRun.RunAsync(["api-key"]);
        var second = await CliRun.RunAsync(["api-key"]);

        Assert.Equal(0, first.ExitCode);
        var (key, hash) = Parse(first.Out);
        Assert.NotEqual(key, Parse(second.Out).Key);
        var stored = ApiKeys.ParseHash(hash);
        Assert.NotNull(stored);
        Assert.True(ApiKeys.Matches(key, [stored]));
        Assert.False(ApiKeys.Matches(key + "x", [stored]));
    }

    private static (string Key, string Hash) Parse(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (lines.Single(l => l.StartsWith("key:", StringComparison.Ordinal))[4..].Trim(),
            lines.Single(l => l.StartsWith("hash:", StringComparison.Ordinal))[5..].Trim());
    }
}
