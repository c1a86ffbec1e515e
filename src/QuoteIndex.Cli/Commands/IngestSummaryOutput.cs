using System.Globalization;
using System.Text.Json;
using QuoteIndex.Ingestion.Pipeline;
using Spectre.Console;

namespace QuoteIndex.Cli.Commands;

/// <summary>The end of an `ingest` run: a table for people, or with --json one JSON object on standard output.</summary>
internal static class IngestSummaryOutput
{
    public static void Write(CliConsole console, IngestionSummary summary, DirectoryInfo data, bool json)
    {
        if (json)
        {
            WriteJson(console.Data, summary, data);
            return;
        }

        var table = new Table().AddColumns("articles", "unchanged", "quotes", "rejected", "time", "articles/s");
        table.AddRow(
            Count(summary.Articles), Count(summary.Unchanged), Count(summary.Quotes), Count(summary.Rejected),
            summary.Elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture) + " s",
            summary.ArticlesPerSecond.ToString("N0", CultureInfo.InvariantCulture));
        console.Out.Write(table);
        console.Out.MarkupLine($"Index: {Markup.Escape(Path.Combine(data.FullName, "index"))}");
        if (summary.Rejected > 0)
            console.Out.MarkupLine($"Rejected inputs are listed in {Markup.Escape(Path.Combine(data.FullName, RejectsFile.FileName))}.");
        if (summary.SmallestBatchShare < 1)
        {
            console.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"Batches were cut to as little as {Math.Round(summary.SmallestBatchShare * 100)}% of their limits to keep within the memory budget (Ingestion:MemoryBudget)."));
        }

        if (summary.Interrupted)
            console.Out.MarkupLine("Interrupted: everything read before the stop is committed. Run the same command again to go on.");
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static void WriteJson(Stream output, IngestionSummary summary, DirectoryInfo data)
    {
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteNumber("articles", summary.Articles);
            writer.WriteNumber("unchanged", summary.Unchanged);
            writer.WriteNumber("quotes", summary.Quotes);
            writer.WriteNumber("rejected", summary.Rejected);
            writer.WriteNumber("seconds", Math.Round(summary.Elapsed.TotalSeconds, 3));
            writer.WriteNumber("articlesPerSecond", Math.Round(summary.ArticlesPerSecond, 1));
            writer.WriteBoolean("interrupted", summary.Interrupted);
            writer.WriteNumber("smallestBatchShare", Math.Round(summary.SmallestBatchShare, 3));
            writer.WriteString("index", Path.Combine(data.FullName, "index"));
            writer.WriteString("rejects", Path.Combine(data.FullName, RejectsFile.FileName));
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }
}
