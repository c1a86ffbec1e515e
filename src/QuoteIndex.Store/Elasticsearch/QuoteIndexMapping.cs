namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// The index settings and mappings of index-mappings/quotes.json and index-mappings/reviews.json, embedded in this
/// assembly from those files (links in the project file, not copies), sent as they are whenever an index is created.
/// </summary>
public static class QuoteIndexMapping
{
    private static readonly Lazy<byte[]> Quotes = new(() => Read("QuoteIndex.Store.Elasticsearch.quotes.json"));
    private static readonly Lazy<byte[]> Reviews = new(() => Read("QuoteIndex.Store.Elasticsearch.reviews.json"));

    /// <summary>The quotes file's bytes, exactly.</summary>
    public static ReadOnlyMemory<byte> Utf8 => Quotes.Value;

    /// <summary>The reviews file's bytes, exactly.</summary>
    public static ReadOnlyMemory<byte> ReviewsUtf8 => Reviews.Value;

    private static byte[] Read(string resourceName)
    {
        using var stream = typeof(QuoteIndexMapping).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded mapping '{resourceName}' is missing from the assembly; see QuoteIndex.Store.csproj.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
