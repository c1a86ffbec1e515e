using System.CommandLine;
using QuoteIndex.Core.Evaluation;
using QuoteIndex.Core.Extraction;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Cli.Commands;

/// <summary>`quoteindex extract FILE|-`: quotes as prediction JSONL on standard output; touches no index.</summary>
public static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("input")
        {
            Description = "A .txt, .json or .jsonl article file, or '-' for standard input (JSONL when it starts with '{', else text).",
        };
        var command = new Command("extract", "Extract the quotes of articles and write them as JSONL in the evaluation prediction format.")
        {
            input,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input)!;
            var inputs = path == "-"
                ? await ReadStandardInputAsync(console.Input, cancellationToken)
                : await ReadFileAsync(path, cancellationToken);
            var exitCode = ExitCodes.Success;
            foreach (var item in inputs)
            {
                if (item.Article is not { } article)
                {
                    await console.Error.WriteLineAsync($"{item.Source}: {item.Problem}");
                    exitCode = ExitCodes.Failure;
                    continue;
                }

                PredictionJson.Write(console.Data, article, QuoteExtractor.Extract(article));
            }

            await console.Data.FlushAsync(cancellationToken);
            return exitCode;
        });
        return command;
    }

    private static async Task<List<ArticleInput>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var inputs = new List<ArticleInput>();
        await foreach (var item in ArticleFiles.ReadFileAsync(path, cancellationToken: cancellationToken))
            inputs.Add(item);
        return inputs;
    }

    private static async Task<List<ArticleInput>> ReadStandardInputAsync(Stream stdin, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stdin.CopyToAsync(buffer, cancellationToken);
        var (content, problem) = ArticleFiles.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (content is null)
            return [ArticleInput.Rejected("standard input", problem!)];
        var name = content.TrimStart().StartsWith('{') ? "stdin.jsonl" : "stdin.txt";
        return ArticleFiles.Parse(name, content).ToList();
    }
}
