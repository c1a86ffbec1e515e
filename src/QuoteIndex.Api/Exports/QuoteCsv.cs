using System.Globalization;
using CsvHelper;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Api.Exports;

/// <summary>Quotes as CSV: RFC 4180, one header row, one quote a row, protected against formula injection.</summary>
public static class QuoteCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The header row, in column order.</summary>
    public static readonly string[] Columns =
    [
        "id", "text", "kind", "speakerName", "speakerKey", "speakerRole", "speakerOrganisation", "venueName", "venueType",
        "statementDate", "statementDateSource", "published", "outlet", "title", "url", "clusterId", "confidence", "cue",
    ];

    // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula: such text cells get a leading
    // apostrophe, which shows them as text (OWASP's advice, CsvHelper's Escape). Numbers and dates are left alone.
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    // Rows between flushes, so that a slow, selective export still reaches the client steadily.
    private const int RowsPerFlush = 500;

    /// <summary>Writes the header and then <paramref name="quotes"/>, whose current quote is the first when <paramref name="any"/>.</summary>
    public static async Task WriteAsync(Stream body, IAsyncEnumerator<Quote> quotes, bool any, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(body, Options, leaveOpen: true);
        csv.WriteHeader(Columns);
        var rows = 0;
        for (var more = any; more; more = await quotes.MoveNextAsync())
        {
            WriteRow(csv, quotes.Current);
            await csv.EndRecordAsync(cancellationToken);
            if (++rows % RowsPerFlush == 0)
                await csv.FlushAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static void WriteRow(CsvWriter csv, Quote quote)
    {
        csv.WriteField(quote.Id);
        csv.WriteField(quote.Text);
        csv.WriteField(quote.Kind.ToString().ToLowerInvariant());
        csv.WriteField(quote.Speaker?.Name);
        csv.WriteField(quote.Speaker?.Key);
        csv.WriteField(quote.Speaker?.Role);
        csv.WriteField(quote.Speaker?.Organisation);
        csv.WriteField(quote.Venue?.Name);
        csv.WriteField(quote.Venue?.Type.ToString().ToLowerInvariant());
        csv.WriteField(quote.Date?.ToString());
        csv.WriteField(quote.Date?.Source.ToString().ToLowerInvariant());
        csv.WriteField(quote.Article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        csv.WriteField(quote.Article.Outlet);
        csv.WriteField(quote.Article.Title);
        csv.WriteField(quote.Article.Url?.AbsoluteUri);
        csv.WriteField(quote.ClusterId);
        csv.WriteField(quote.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
        csv.WriteField(quote.Cue?.Text);
    }
}
