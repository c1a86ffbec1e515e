using System.CommandLine;
using QuoteIndex.Cli.Commands;

namespace QuoteIndex.Cli;

/// <summary>The `quoteindex` command: one subcommand per job.</summary>
public static class QuoteIndexCommand
{
    public static RootCommand Create(CliConsole console)
    {
        var root = new RootCommand(
            "QuoteIndex: who said what, when, where. Extracts attributed quotes from news articles, indexes them and serves search.\n" +
            "Exit codes: 0 success; 1 failure; 3 ingest finished but some inputs were rejected; 130 ingest interrupted by Ctrl+C.");
        root.Options.Add(CommonOptions.Data);
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(VerifyCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DemoCommand.Create(console));
        root.Subcommands.Add(ApiKeyCommand.Create(console));
        root.Subcommands.Add(ReindexCommand.Create(console));
        return root;
    }
}
