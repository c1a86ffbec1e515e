using System.Text;
using System.Text.RegularExpressions;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Ingestion.Sources.Html;

/// <summary>
/// Bytes to text for a web page or any fetched body: a byte-order mark, then the charset the HTTP header declares,
/// then a <c>&lt;meta charset&gt;</c> or an XML declaration's encoding in the first 1,024 bytes, else strict UTF-8.
/// Decoding is strict in every case, so a page that is not what it claims is rejected instead of indexed with
/// replacement characters.
/// </summary>
public static partial class HtmlDecoding
{
    // Browsers look for <meta charset> in the first 1,024 bytes only (HTML "prescan"); so do we.
    private const int PrescanBytes = 1024;

    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text of <paramref name="bytes"/>, or why it cannot be decoded.</summary>
    /// <param name="bytes">The raw body.</param>
    /// <param name="headerCharset">The charset of an HTTP Content-Type header, when there was one.</param>
    /// <param name="lookInside">Whether to look for a declaration inside the document (HTML and XML, not plain text or JSON).</param>
    public static (string? Content, string? Problem) Decode(ReadOnlySpan<byte> bytes, string? headerCharset, bool lookInside)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            return ArticleFiles.Decode(bytes);

        var declared = headerCharset ?? (lookInside ? DeclaredCharset(bytes) : null);
        if (declared is null)
            return ArticleFiles.Decode(bytes);

        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(declared.Trim().Trim('"', '\''), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return (null, $"unknown charset '{declared}'");
        }

        if (encoding.CodePage == Encoding.UTF8.CodePage)
            return ArticleFiles.Decode(bytes);
        if (bytes.IndexOf((byte)0) >= 0 && encoding.IsSingleByte)
            return (null, "binary content, not text");
        try
        {
            return (encoding.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"not valid {encoding.WebName} text (bad byte at offset {e.Index})");
        }
    }

    /// <summary>
    /// The charset a document declares in its first bytes: <c>&lt;?xml … encoding="x"?&gt;</c>,
    /// <c>&lt;meta charset="x"&gt;</c> or the http-equiv form.
    /// </summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 maps each byte to one char, so an ASCII-compatible declaration is found whatever the real charset.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = XmlEncodingPattern().Match(head) is { Success: true } xml ? xml : MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex("""<meta\s[^>]*?charset\s*=\s*["']?(?<charset>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();

    [GeneratedRegex("""^\s*<\?xml\s[^>]*?encoding\s*=\s*["'](?<charset>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncodingPattern();
}
