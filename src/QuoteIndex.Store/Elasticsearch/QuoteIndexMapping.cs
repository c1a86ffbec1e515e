namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// The index settings and mappings of index-mappings/quotes.json, embedded in this assembly from that one file
/// (a link in the project file, not a copy), sent as they are whenever an index is created.
/// </summary>
public static class QuoteIndexMapping
{
    private const string ResourceName = "QuoteIndex.Store.Elasticsearch.quotes.json";

    private static readonly Lazy<byte[]> Bytes = new(Read);

    /// <summary>The file's bytes, exactly.</summary>
    public static ReadOnlyMemory<byte> Utf8 => Bytes.Value;

    private static byte[] Read()
    {
        using var stream = typeof(QuoteIndexMapping).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded mapping '{ResourceName}' is missing from the assembly; see QuoteIndex.Store.csproj.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
