using System.CommandLine;
using System.Globalization;
using QuoteIndex.Core.Evaluation;
using Spectre.Console;

namespace QuoteIndex.Cli.Commands;

/// <summary>
/// `quoteindex eval --gold FILE [--pred FILE] [--json]`: scores quote extraction against gold attributions with
/// the rules of shared/eval/score.py, either a prediction file or, without one, the extractor run on the gold articles.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold JSONL: one article a line with its \"attributions\" (shared/eval/FORMAT.md).",
            Required = true,
            HelpName = "FILE",
        };
        var pred = new Option<string>("--pred")
        {
            Description = "Prediction JSONL, as `quoteindex extract` writes it; without it, the gold articles are extracted here.",
            HelpName = "FILE",
        };
        var json = new Option<bool>("--json") { Description = "Write the scores as JSON on standard output, as `score.py --json` does." };
        var command = new Command("eval", "Score quote extraction against gold attributions: precision, recall and F1 per tier under three matching rules.")
        {
            gold, pred, json,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(console, parse.GetValue(gold)!, parse.GetValue(pred), parse.GetValue(json), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliConsole console, string goldPath, string? predPath, bool json, CancellationToken cancellationToken)
    {
        // Without a prediction file each gold line is also read as an article (FORMAT.md: gold lines are valid input).
        var (golds, problem) = await EvaluationFiles.ReadAsync(
            goldPath,
            line => GoldLine.Parse(line, asArticle: predPath is null),
            cancellationToken);
        if (golds is null)
            return await FailAsync(console, problem!);

        IReadOnlyList<PredictedArticle> predictions;
        if (predPath is null)
        {
            predictions = ExtractorEvaluation.Predict(golds);
        }
        else
        {
            var (read, predProblem) = await EvaluationFiles.ReadAsync(predPath, PredictedArticle.Parse, cancellationToken);
            if (read is null)
                return await FailAsync(console, predProblem!);
            predictions = read;
        }

        var report = QuoteScorer.Score(golds.Select(g => g.Gold), predictions);
        if (json)
        {
            ScoreReportJson.Write(console.Data, report);
            await console.Data.FlushAsync(cancellationToken);
        }
        else
        {
            Render(console.Out, report, predPath ?? "the extractor");
        }

        return ExitCodes.Success;
    }

    private static async Task<int> FailAsync(CliConsole console, string problem)
    {
        await console.Error.WriteLineAsync(problem);
        return ExitCodes.Failure;
    }

    private static void Render(IAnsiConsole console, ScoreReport report, string predictions)
    {
        console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"{report.Articles} articles ({report.ArticlesWithoutPrediction} without prediction); predictions from {predictions}")));
        foreach (var card in report.Rules)
        {
            var table = new Table()
                .Title(card.Rule.Name)
                .AddColumn("tier")
                .AddColumns(new[] { "gold", "found", "predicted", "P", "R", "F1" }.Select(c => new TableColumn(c).RightAligned()).ToArray());
            foreach (var tier in card.Tiers)
            {
                table.AddRow(
                    Markup.Escape(tier.Name), Number(tier.Gold), Number(tier.Found), Number(tier.Predicted),
                    Percent(tier.Precision), Percent(tier.Recall), Percent(tier.F1));
            }

            console.Write(table);
            var lines = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned());
            lines.AddRow("speaker accuracy", Percent(card.SpeakerAccuracy));
            lines.AddRow("named speaker accuracy", Percent(card.NamedSpeakerAccuracy));
            lines.AddRow("cue accuracy", Percent(card.CueAccuracy));
            if (card.StatedVenuesFound is { } venues)
            {
                lines.AddRow("venue accuracy", Percent(card.VenueAccuracy));
                lines.AddRow("stated venues found", venues.ToString());
            }

            if (card.StatedDatesFound is { } dates)
            {
                lines.AddRow("date accuracy", Percent(card.DateAccuracy));
                lines.AddRow("stated dates found", dates.ToString());
            }

            console.Write(new Padder(lines).Padding(2, 0, 0, 1));
        }
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a";
}
