using System.Buffers;
using System.Text.Json;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Api.Exports;

/// <summary>Quotes as newline-delimited JSON: one quote a line, in the API's JSON shape.</summary>
public static class QuoteNdjson
{
    public const string ContentType = "application/x-ndjson";

    // Bytes gathered before they are written out: large enough for few writes, small enough to bound memory.
    private const int BytesPerWrite = 64 * 1024;

    /// <summary>Writes <paramref name="quotes"/>, whose current quote is the first when <paramref name="any"/>.</summary>
    public static async Task WriteAsync(Stream body, IAsyncEnumerator<Quote> quotes, bool any, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(BytesPerWrite);
        await using var json = new Utf8JsonWriter(buffer);
        for (var more = any; more; more = await quotes.MoveNextAsync())
        {
            JsonSerializer.Serialize(json, quotes.Current, QuoteJson.Options);
            json.Flush();
            json.Reset();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount >= BytesPerWrite)
                await WriteOutAsync(body, buffer, cancellationToken);
        }

        await WriteOutAsync(body, buffer, cancellationToken);
    }

    private static async Task WriteOutAsync(Stream body, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        await body.WriteAsync(buffer.WrittenMemory, cancellationToken);
        await body.FlushAsync(cancellationToken);
        buffer.ResetWrittenCount();
    }
}
