using System.Globalization;

namespace QuoteIndex.Ingestion.Sources;

/// <summary>Reading a stream of unknown length (a response body, standard input) without holding more than the cap.</summary>
public static class ByteLimit
{
    /// <summary>The whole stream, or null as soon as it passes <paramref name="maxBytes"/> (the rest is never read).</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>"larger than 20 MB" for the usual caps, in bytes for the small ones tests use.</summary>
    public static string TooLarge(long maxBytes) =>
        maxBytes % (1024 * 1024) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"larger than {maxBytes / (1024 * 1024)} MB")
            : string.Create(CultureInfo.InvariantCulture, $"larger than {maxBytes:N0} bytes");
}
