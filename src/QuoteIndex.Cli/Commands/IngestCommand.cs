using System.CommandLine;
using QuoteIndex.Core.Ingestion;
using Spectre.Console;

namespace QuoteIndex.Cli.Commands;

/// <summary>`quoteindex ingest PATH...`: extract and index articles; a bad input is named and skipped.</summary>
public static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (.txt, .json, .jsonl) or folders, read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Extract the quotes of articles and add them to the index. Exit code 3 when some inputs were rejected.")
        {
            paths,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(console, parse.GetValue(CommonOptions.Data)!, parse.GetValue(paths)!, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliConsole console, DirectoryInfo data, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var (services, store) = CliStore.Open(data);
        await using (services)
        {
            var report = await new ArticleIngestor(store).IngestAsync(
                ArticleFiles.ReadAsync(paths, cancellationToken: cancellationToken),
                rejected => console.Error.WriteLine($"rejected {rejected.Source}: {rejected.Problem}"),
                cancellationToken);
            var table = new Table().AddColumns("articles", "quotes", "rejected", "index");
            table.AddRow(report.Articles.ToString("N0"), report.Quotes.ToString("N0"), report.Rejected.Count.ToString("N0"),
                Markup.Escape(Path.Combine(data.FullName, "index")));
            console.Out.Write(table);
            return report.Rejected.Count == 0 ? ExitCodes.Success : ExitCodes.SomeRejected;
        }
    }
}
