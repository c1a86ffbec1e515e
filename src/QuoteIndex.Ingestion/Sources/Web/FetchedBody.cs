namespace QuoteIndex.Ingestion.Sources.Web;

/// <summary>A response body read whole, with what its headers said about it.</summary>
/// <param name="Url">Where the body came from after redirects.</param>
/// <param name="MediaType">The Content-Type without parameters, lower case; empty when the server sent none.</param>
/// <param name="Charset">The Content-Type charset, when declared.</param>
/// <param name="Bytes">The body, at most <see cref="ArticleSourceOptions.MaxBytes"/> long.</param>
public sealed record FetchedBody(Uri Url, string MediaType, string? Charset, byte[] Bytes)
{
    public bool IsHtml => MediaType is "text/html" or "application/xhtml+xml";

    public bool IsFeedType => MediaType is "application/rss+xml" or "application/atom+xml";

    public bool IsXml => IsFeedType || MediaType is "application/xml" or "text/xml";

    /// <summary>The content types an article or a feed comes in; anything else (images, PDFs, video) is refused unread.</summary>
    public static bool IsSupportedType(string mediaType) =>
        mediaType is "" or "text/html" or "application/xhtml+xml" or "text/plain" or "application/json"
            or "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml";
}
