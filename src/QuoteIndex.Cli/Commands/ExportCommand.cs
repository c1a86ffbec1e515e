using System.CommandLine;
using QuoteIndex.Api.Exports;
using QuoteIndex.Api.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Cli.Commands;

/// <summary>`quoteindex export`: every matching quote as CSV or NDJSON, as the API's export endpoint writes them.</summary>
public static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "csv (the default) or ndjson.", DefaultValueFactory = _ => "csv" };
        var text = new Option<string?>("--q") { Description = "Words to find in the quote text, as in search; without it, every quote that passes the filters." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var speaker = Values("--speaker", "Only quotes by this speaker (name or key); repeatable.");
        var outlet = Values("--outlet", "Only quotes from this outlet, exactly as stored; repeatable.");
        var kind = Values("--kind", "Only this kind: direct, partial, indirect, headline; repeatable.");
        var venueType = Values("--venue-type", "Only this venue type (event, interview, pressconference, ...); repeatable.");
        var language = Values("--language", "Only articles in this language (en); repeatable.");
        var from = Day("--from", "First statement day, YYYY-MM-DD.");
        var to = Day("--to", "Last statement day, YYYY-MM-DD.");
        var publishedFrom = Day("--published-from", "First publication day (UTC), YYYY-MM-DD.");
        var publishedTo = Day("--published-to", "Last publication day (UTC), YYYY-MM-DD.");
        var minConfidence = new Option<double?>("--min-confidence") { Description = "Only quotes at least this confident, 0 to 1." };
        var command = new Command("export", "Write every matching quote as CSV or NDJSON, earliest published first.")
        {
            format, text, output, speaker, outlet, kind, venueType, language, from, to, publishedFrom, publishedTo, minConfidence,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = new Dictionary<string, string[]>();
            var filter = new QuoteFilterParameters
            {
                Speaker = parse.GetValue(speaker),
                Outlet = parse.GetValue(outlet),
                Kind = parse.GetValue(kind),
                VenueType = parse.GetValue(venueType),
                Language = parse.GetValue(language),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                PublishedFrom = parse.GetValue(publishedFrom),
                PublishedTo = parse.GetValue(publishedTo),
                MinConfidence = parse.GetValue(minConfidence),
            }.ToFilter(errors);
            if (!QuoteExport.TryParse(parse.GetValue(format), out var exportFormat))
                errors["format"] = [$"--format must be csv or ndjson; '{parse.GetValue(format)}' is not."];
            foreach (var message in errors.Values.SelectMany(m => m))
                await console.Error.WriteLineAsync(message);
            if (errors.Count > 0)
                return ExitCodes.Failure;

            var (services, store) = CliStore.Open(parse.GetValue(CommonOptions.Data)!);
            await using (services)
            {
                QuoteExport export;
                try
                {
                    export = await QuoteExport.StartAsync(store, new QuoteQuery { Text = parse.GetValue(text), Filter = filter }, cancellationToken);
                }
                catch (InvalidQueryException e)
                {
                    await console.Error.WriteLineAsync(e.Message);
                    return ExitCodes.Failure;
                }

                await using (export)
                {
                    var file = parse.GetValue(output);
                    await using var destination = file?.Create();
                    await export.WriteAsync(exportFormat, destination ?? console.Data, cancellationToken);
                }

                return ExitCodes.Success;
            }
        });
        return command;
    }

    private static Option<string[]> Values(string name, string description) => new(name) { Description = description };

    private static Option<string?> Day(string name, string description) => new(name) { Description = description, HelpName = "YYYY-MM-DD" };
}
