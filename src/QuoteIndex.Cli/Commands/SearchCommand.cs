using System.CommandLine;
using System.Globalization;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using Spectre.Console;

namespace QuoteIndex.Cli.Commands;

/// <summary>`quoteindex search "QUERY"`: matching quotes as a table.</summary>
public static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string>("query") { Description = "Words to find; \"exact phrases\", -exclude, OR, prefix* and fuzzy~ work." };
        var speaker = new Option<string[]>("--speaker") { Description = "Only quotes by this speaker (name or key); repeatable." };
        var size = new Option<int>("--size") { Description = "How many quotes to show (1 to 100).", DefaultValueFactory = _ => 20 };
        size.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > QuoteQuery.MaxLimit)
                r.AddError($"--size must be between 1 and {QuoteQuery.MaxLimit}.");
        });
        var sort = new Option<QuoteSort?>("--sort") { Description = "Order: Relevance (default), Newest or Oldest (by publication)." };
        var command = new Command("search", "Search the indexed quotes.") { query, speaker, size, sort };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (services, store) = CliStore.Open(parse.GetValue(CommonOptions.Data)!);
            await using (services)
            {
                QuoteSearchResult result;
                try
                {
                    result = await store.SearchAsync(new QuoteQuery
                    {
                        Text = parse.GetValue(query),
                        Filter = new QuoteFilter { SpeakerKeys = (parse.GetValue(speaker) ?? []).Select(Speaker.KeyFor).ToArray() },
                        Limit = parse.GetValue(size),
                        Sort = parse.GetValue(sort),
                    }, cancellationToken);
                }
                catch (InvalidQueryException e)
                {
                    await console.Error.WriteLineAsync(e.Message);
                    return ExitCodes.Failure;
                }

                console.Out.Write(Render(result));
                return ExitCodes.Success;
            }
        });
        return command;
    }

    private static Table Render(QuoteSearchResult result)
    {
        var table = new Table()
            .Title($"{result.Total:N0} quotes match")
            .AddColumn("speaker")
            .AddColumn(new TableColumn("quote").Width(70))
            .AddColumn("outlet")
            .AddColumn("date")
            .AddColumn("id");
        foreach (var hit in result.Hits)
        {
            var quote = hit.Quote;
            var date = quote.Date?.ToString()
                       ?? quote.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
            table.AddRow(
                Markup.Escape(quote.Speaker?.Name ?? "(unknown)"),
                Markup.Escape(quote.Text),
                Markup.Escape(quote.Article.Outlet ?? ""),
                date,
                Markup.Escape(quote.Id));
        }

        return table;
    }
}
