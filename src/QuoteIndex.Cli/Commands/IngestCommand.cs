using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QuoteIndex.Core.Clustering;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Core.Storage;
using QuoteIndex.Ingestion.Pipeline;
using QuoteIndex.Ingestion.Sources;
using QuoteIndex.Store;

namespace QuoteIndex.Cli.Commands;

/// <summary>`quoteindex ingest PATH...`: extract and index articles through the pipeline; a bad input is named and skipped.</summary>
public static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("sources")
        {
            Description = "Article files (.txt, .json, .jsonl, .html), folders (read recursively), '-' for standard input, " +
                          "or http(s) URLs of pages or RSS/Atom feeds (each item's page is fetched).",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "PATH|URL|-",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Write the summary as one JSON object on standard output instead of a table, with no progress display.",
        };
        var maxFileBytes = new Option<long>("--max-file-bytes")
        {
            Description = "Reject files bigger than this many bytes.",
            DefaultValueFactory = _ => ArticleFiles.DefaultMaxBytes,
            HelpName = "BYTES",
        };
        maxFileBytes.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long>() < 1)
                r.AddError("--max-file-bytes must be at least 1.");
        });
        var command = new Command("ingest",
            "Extract the quotes of articles and add them to the index. Articles already ingested with the same content " +
            "are skipped (DIR/ledger.jsonl), so an interrupted run picks up where it stopped; each rejected input is " +
            "named on standard error and in DIR/rejects.jsonl. Batches shrink while the process keeps more than its " +
            "memory budget (QUOTEINDEX_Ingestion__MemoryBudget, bytes; default 100 MB, 0 for none).\n" +
            "Exit codes: 0 every input went in; 3 some inputs were rejected; 1 the run failed; " +
            "130 interrupted (Ctrl+C) after committing what had been read.")
        {
            paths, json, maxFileBytes, SourceOptions.Include, SourceOptions.Exclude, SourceOptions.StdinFormat,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            parse.GetValue(CommonOptions.Data)!,
            parse.GetValue(paths)!,
            new IngestSettings
            {
                Json = parse.GetValue(json),
                MaxFileBytes = parse.GetValue(maxFileBytes),
                Selection = SourceOptions.Selection(parse, console.Input),
            },
            cancellationToken));
        return command;
    }

    /// <summary>
    /// The index is read with ordinary reads while ingesting (<see cref="LuceneStoreOptions.MemoryMapped"/>): merges
    /// read every segment, and mapped, the whole index would count in the run's resident memory.
    /// </summary>
    private static readonly Dictionary<string, string?> IngestionStoreSettings = new()
    {
        [$"{StoreOptions.Section}:{nameof(StoreOptions.Lucene)}:{nameof(LuceneStoreOptions.MemoryMapped)}"] = "false",
    };

    public static Task<int> RunAsync(CliConsole console, DirectoryInfo data, IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
        RunAsync(console, data, paths, new IngestSettings(), cancellationToken);

    public static async Task<int> RunAsync(
        CliConsole console, DirectoryInfo data, IReadOnlyList<string> paths, IngestSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        var time = TimeProvider.System;
        ServiceProvider services;
        IQuoteStore store;
        try
        {
            (services, store) = CliStore.Open(data, o => o.MaxBytes = settings.MaxFileBytes, IngestionStoreSettings);
        }
        catch (Exception e) when (e is InvalidOperationException or OptionsValidationException)
        {
            // Another process holds the index, or a setting is wrong: a message, not a stack trace.
            await console.Error.WriteLineAsync($"ingest failed: {e.Message}");
            return ExitCodes.Failure;
        }

        await using (services)
        {
            IngestionSummary summary;
            try
            {
                await using var ledger = await IngestionLedger.OpenAsync(Path.Combine(data.FullName, IngestionLedger.FileName), cancellationToken);
                using var rejects = RejectsFile.Open(Path.Combine(data.FullName, RejectsFile.FileName), time);
                var pipeline = new IngestionPipeline(store, new QuoteClusterer(store), ledger, rejects, Options(data), time);
                var run = pipeline.RunAsync(
                    services.GetRequiredService<ArticleSources>().ReadAsync(paths, settings.Selection, cancellationToken),
                    rejected => console.Error.WriteLine($"rejected {rejected.Source}: {rejected.Reason}"),
                    cancellationToken);
                summary = settings.Json
                    ? await run
                    : await IngestProgressDisplay.ShowAsync(console.Out, pipeline.Progress, run, InputSize.TotalBytes(paths), time);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await console.Error.WriteLineAsync($"ingest failed: {e.Message}");
                return ExitCodes.Failure;
            }

            IngestSummaryOutput.Write(console, summary, data, settings.Json);
            return summary switch
            {
                { Interrupted: true } => ExitCodes.Interrupted,
                { Rejected: > 0 } => ExitCodes.SomeRejected,
                _ => ExitCodes.Success,
            };
        }
    }

    /// <summary>The pipeline's limits from the "Ingestion" section (QUOTEINDEX_Ingestion__BatchArticles=500), else the defaults.</summary>
    private static IngestionOptions Options(DirectoryInfo data) =>
        CliStore.Configuration(data).GetSection(IngestionOptions.Section).Get<IngestionOptions>() ?? new IngestionOptions();
}

/// <summary>How `ingest` runs, beyond its paths.</summary>
public sealed record IngestSettings
{
    /// <summary>A JSON summary on standard output, and no progress display.</summary>
    public bool Json { get; init; }

    public long MaxFileBytes { get; init; } = ArticleFiles.DefaultMaxBytes;

    /// <summary>Folder globs and standard input; null reads everything, with standard input from the process.</summary>
    public SourceSelection? Selection { get; init; }
}
