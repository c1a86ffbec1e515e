using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QuoteIndex.Store.Elasticsearch;
using Spectre.Console;

namespace QuoteIndex.Cli.Commands;

/// <summary>`quoteindex reindex`: the next version of the Elasticsearch quotes index, built from the current one, with the alias moved to it.</summary>
public static class ReindexCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("reindex",
            "Elasticsearch only: create quotes-v{n+1} from index-mappings/quotes.json, copy quotes-v{n} into it and move the alias " +
            "'quotes' to it in one atomic step, so searches never stop. Pause ingestion meanwhile. Reads Store:Elasticsearch:* " +
            "settings from QUOTEINDEX_Store__Elasticsearch__Url, __ApiKey or __Username/__Password.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = CliStore.Configuration(parse.GetValue(CommonOptions.Data)!);
            await using var services = new ServiceCollection().AddElasticsearch(configuration).BuildServiceProvider();
            try
            {
                var result = await services.GetRequiredService<QuoteIndexReindexer>().ReindexAsync(cancellationToken);
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Copied {result.Created:N0} of {result.Total:N0} quotes from {result.OldIndex} into {result.NewIndex}; the alias now points at {result.NewIndex}."));
                console.Out.WriteLine($"{result.OldIndex} is kept: delete it once {result.NewIndex} has been checked.");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is OptionsValidationException or ElasticsearchStoreException or InvalidOperationException)
            {
                await console.Error.WriteLineAsync(e.Message);
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
