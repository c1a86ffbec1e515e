using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Exports;

/// <summary>The formats quotes are exported in, for the API and the `quoteindex export` command alike.</summary>
public enum ExportFormat
{
    Csv,
    Ndjson,
}

/// <summary>
/// One export under way: the store's enumeration, with its first quote already read, so that a query the store cannot
/// read fails before any output is written. Disposing it ends the enumeration (and frees the store's snapshot).
/// </summary>
public sealed class QuoteExport : IAsyncDisposable
{
    private readonly IAsyncEnumerator<Quote> _quotes;
    private readonly bool _any;

    private QuoteExport(IAsyncEnumerator<Quote> quotes, bool any)
    {
        _quotes = quotes;
        _any = any;
    }

    /// <exception cref="InvalidQueryException">The store cannot read the query's text.</exception>
    public static async Task<QuoteExport> StartAsync(IQuoteStore store, QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var quotes = store.ExportAsync(query, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            return new QuoteExport(quotes, await quotes.MoveNextAsync());
        }
        catch
        {
            await quotes.DisposeAsync();
            throw;
        }
    }

    /// <summary>"csv" or "ndjson" in any case; blank means CSV.</summary>
    public static bool TryParse(string? value, out ExportFormat format)
    {
        format = ExportFormat.Csv;
        if (string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), "csv", StringComparison.OrdinalIgnoreCase))
            return true;
        format = ExportFormat.Ndjson;
        return string.Equals(value.Trim(), "ndjson", StringComparison.OrdinalIgnoreCase);
    }

    public static string ContentType(ExportFormat format) => format == ExportFormat.Csv ? QuoteCsv.ContentType : QuoteNdjson.ContentType;

    public static string FileName(ExportFormat format) => format == ExportFormat.Csv ? "quotes.csv" : "quotes.ndjson";

    /// <summary>Writes every quote to <paramref name="destination"/>, flushing it as it goes. Call once.</summary>
    public Task WriteAsync(ExportFormat format, Stream destination, CancellationToken cancellationToken) =>
        format == ExportFormat.Csv
            ? QuoteCsv.WriteAsync(destination, _quotes, _any, cancellationToken)
            : QuoteNdjson.WriteAsync(destination, _quotes, _any, cancellationToken);

    public ValueTask DisposeAsync() => _quotes.DisposeAsync();
}
