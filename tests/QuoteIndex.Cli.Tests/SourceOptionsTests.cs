using System.CommandLine;

namespace QuoteIndex.Cli.Tests;

public sealed class SourceOptionsTests
{
    [Fact]
    public void Selection_RepeatedGlobsAndAFormat_AreAllKept()
    {
        using var stdin = new MemoryStream();

        var selection = SourceOptions.Selection(Parse("--include", "**/*.html", "--include", "*.txt", "--exclude", "drafts/**", "--stdin-format", "html"), stdin);

        Assert.Equal(["**/*.html", "*.txt"], selection.Include);
        Assert.Equal(["drafts/**"], selection.Exclude);
        Assert.Equal("html", selection.StandardInputFormat);
        Assert.Same(stdin, selection.StandardInput);
    }

    [Fact]
    public void StdinFormat_UnknownValue_IsAParseError()
    {
        var parse = Parse("--stdin-format", "pdf");

        Assert.Contains(parse.Errors, error => error.Message.Contains("pdf", StringComparison.Ordinal));
    }

    private static ParseResult Parse(params string[] args) =>
        new RootCommand { SourceOptions.Include, SourceOptions.Exclude, SourceOptions.StdinFormat }.Parse(args);
}
