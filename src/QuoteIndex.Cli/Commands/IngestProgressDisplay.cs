using System.Globalization;
using QuoteIndex.Ingestion.Pipeline;
using Spectre.Console;

namespace QuoteIndex.Cli.Commands;

/// <summary>
/// Shows a running ingestion: a live Spectre.Console bar on a terminal, else a plain line every few seconds (for logs
/// and CI). How far the run has got is the article text committed or skipped against the input files' size (which
/// also holds markup and metadata), so the time left is an estimate, and shown only when that size is known.
/// </summary>
internal static class IngestProgressDisplay
{
    private static readonly TimeSpan LiveRefresh = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static async Task<IngestionSummary> ShowAsync(
        IAnsiConsole console, IngestionProgress progress, Task<IngestionSummary> run, long? totalBytes, TimeProvider time)
    {
        var started = time.GetTimestamp();
        if (!console.Profile.Capabilities.Interactive)
        {
            // Straight to the writer: a log line is not wrapped at the console's width.
            while (!await FinishedWithin(run, PlainInterval, time))
                await console.Profile.Out.Writer.WriteLineAsync(Describe(progress, time.GetElapsedTime(started), totalBytes, withEstimate: true));
            return await run;
        }

        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(progress, TimeSpan.Zero, totalBytes, withEstimate: false), maxValue: totalBytes ?? 1);
                task.IsIndeterminate = totalBytes is null;
                while (!await FinishedWithin(run, LiveRefresh, time))
                {
                    task.Description = Describe(progress, time.GetElapsedTime(started), totalBytes, withEstimate: false);
                    if (totalBytes is { } total)
                        task.Value = Math.Min(progress.DoneTextChars, total - 1);
                }

                task.Value = task.MaxValue;
                return await run;
            });
    }

    private static async Task<bool> FinishedWithin(Task run, TimeSpan wait, TimeProvider time) =>
        await Task.WhenAny(run, Task.Delay(wait, time)) == run;

    private static string Describe(IngestionProgress progress, TimeSpan elapsed, long? totalBytes, bool withEstimate)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{progress.Articles:N0} articles ({progress.Articles / seconds:N0}/s), {progress.Unchanged:N0} unchanged, " +
            $"{progress.Quotes:N0} quotes, {progress.Rejected:N0} rejected");
        if (!withEstimate || totalBytes is not { } total || progress.DoneTextChars == 0)
            return line;
        var done = Math.Min((double)progress.DoneTextChars / total, 1);
        var left = TimeSpan.FromSeconds(seconds * (1 - done) / done);
        return string.Create(CultureInfo.InvariantCulture, $"{line}; {done * 100:N0}% done, about {left:h\\:mm\\:ss} left");
    }
}
