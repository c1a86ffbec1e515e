using System.CommandLine;
using Spectre.Console;

namespace QuoteIndex.Cli.Commands;

/// <summary>`quoteindex demo`: ingest the bundled sample articles, then serve the API.</summary>
public static class DemoCommand
{
    /// <summary>The sample articles shipped beside the executable: fictional stories written for QuoteIndex.</summary>
    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static Command Create(CliConsole console)
    {
        var command = new Command("demo", "Ingest the bundled sample articles into the data folder, then serve the API.") { CommonOptions.Urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = parse.GetValue(CommonOptions.Data)!;
            var urls = parse.GetValue(CommonOptions.Urls)!;
            var ingested = await IngestCommand.RunAsync(console, data, [SamplesFolder], cancellationToken);
            if (ingested != ExitCodes.Success)
                return ingested;
            console.Out.MarkupLine($"Serving on {Markup.Escape(urls)}: open {Markup.Escape(urls.Split(';')[0])}/swagger. Ctrl+C stops.");
            await ServeCommand.RunAsync(data, urls, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
