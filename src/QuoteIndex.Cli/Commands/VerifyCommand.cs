using System.CommandLine;
using System.Globalization;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Verification;
using Spectre.Console;

namespace QuoteIndex.Cli.Commands;

/// <summary>`quoteindex verify "STATEMENT"`: whether the index attests the statement, and the quotes that show it.</summary>
public static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var statement = new Argument<string>("statement") { Description = "The words to verify." };
        statement.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>() ?? "";
            if (QuoteText.Normalise(text).Length == 0)
                r.AddError("The statement has no letters or digits to match.");
            else if (text.Length > StatementVerifier.MaxStatementLength)
                r.AddError($"The statement has {text.Length:N0} characters; at most {StatementVerifier.MaxStatementLength:N0} are verified.");
        });
        var speaker = new Option<string>("--speaker") { Description = "Who is said to have said it (a name, or just the surname)." };
        var date = new Option<string>("--date") { Description = "The day it is said to have been said, YYYY-MM-DD; matches said that day rank first." };
        date.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } day && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                r.AddError($"--date must be a date written YYYY-MM-DD; '{day}' is not.");
        });
        var command = new Command("verify", "Check whether a statement was said, by whom, and where it first appeared.") { statement, speaker, date };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (services, store) = CliStore.Open(parse.GetValue(CommonOptions.Data)!);
            await using (services)
            {
                var day = parse.GetValue(date) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
                var request = new VerificationRequest(parse.GetValue(statement)!, parse.GetValue(speaker), day);
                var result = await new StatementVerifier(store).VerifyAsync(request, cancellationToken);
                console.Out.WriteLine($"Verdict: {result.Summary}");
                if (result.Matches.Count > 0)
                    console.Out.Write(Render(result));
                return ExitCodes.Success;
            }
        });
        return command;
    }

    private static Table Render(VerificationResult result)
    {
        var table = new Table()
            .AddColumn("match")
            .AddColumn("score")
            .AddColumn("speaker")
            .AddColumn(new TableColumn("quote").Width(60))
            .AddColumn("first appeared");
        foreach (var match in result.Matches)
        {
            var first = match.FirstAppearance.Article;
            var where = $"{first.Outlet ?? "(unknown outlet)"} {first.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {first.Url}".Trim();
            table.AddRow(
                match.Type.ToString().ToLowerInvariant(),
                match.Score.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(match.Quote.Speaker?.Name ?? "(unknown)"),
                Markup.Escape(match.Quote.Text),
                Markup.Escape(where));
        }

        return table;
    }
}
