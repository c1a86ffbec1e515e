using System.Text;
using QuoteIndex.Ingestion.Sources.Html;

namespace QuoteIndex.Ingestion.Tests.Sources.Html;

public sealed class HtmlDecodingTests
{
    private static readonly Encoding Latin1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void Decode_MetaCharsetWindows1252_DecodesAccentsAndCurlyQuotes()
    {
        var page = "<html><head><meta charset=\"windows-1252\"></head><body><p>\u201CCaf\u00E9 Ol\u00E9 stays,\u201D said Zo\u00EB.</p></body></html>";

        var (text, problem) = HtmlDecoding.Decode(Latin1252.GetBytes(page), headerCharset: null, lookInside: true);

        Assert.Null(problem);
        Assert.Equal(page, text);
    }

    [Fact]
    public void Decode_HttpEquivContentType_IsAlsoADeclaration()
    {
        var page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>Fran\u00E7ois</body></html>";

        var (text, _) = HtmlDecoding.Decode(Encoding.Latin1.GetBytes(page), headerCharset: null, lookInside: true);

        Assert.Contains("Fran\u00E7ois", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_XmlDeclarationEncoding_IsADeclarationForFeeds()
    {
        var feed = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>Caf\u00E9 news</title></channel></rss>";

        var (text, _) = HtmlDecoding.Decode(Latin1252.GetBytes(feed), headerCharset: null, lookInside: true);

        Assert.Equal(feed, text);
    }

    [Fact]
    public void Decode_PlainText_DoesNotLookForDeclarations()
    {
        var (text, problem) = HtmlDecoding.Decode(Latin1252.GetBytes("<meta charset=\"windows-1252\"> Zo\u00EB"), headerCharset: null, lookInside: false);

        Assert.Null(text);
        Assert.StartsWith("not valid UTF-8 text", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HeaderCharset_WinsOverTheMetaTag()
    {
        var page = "<html><head><meta charset=\"utf-8\"></head><body>Zo\u00EB</body></html>";

        var (text, _) = HtmlDecoding.Decode(Latin1252.GetBytes(page), headerCharset: "windows-1252", lookInside: true);

        Assert.Contains("Zo\u00EB", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NoDeclaration_InvalidUtf8_IsRejectedNamingTheOffset()
    {
        var bytes = Latin1252.GetBytes("<html><body>Zo\u00EB</body></html>");

        var (text, problem) = HtmlDecoding.Decode(bytes, headerCharset: null, lookInside: true);

        Assert.Null(text);
        Assert.Equal("not valid UTF-8 text (bad byte at offset 14)", problem);
    }

    [Fact]
    public void Decode_UnknownCharset_IsRejectedNamingIt()
    {
        var (text, problem) = HtmlDecoding.Decode("<p>x</p>"u8, headerCharset: "klingon-8", lookInside: true);

        Assert.Null(text);
        Assert.Equal("unknown charset 'klingon-8'", problem);
    }

    [Fact]
    public void Decode_DeclaredShiftJis_BadBytes_AreRejectedNamingTheCharset()
    {
        byte[] bytes = [.. "<meta charset=shift_jis><p>"u8, 0x81, 0x20, .. "</p>"u8];

        var (text, problem) = HtmlDecoding.Decode(bytes, headerCharset: null, lookInside: true);

        Assert.Null(text);
        Assert.StartsWith("not valid shift_jis text", problem, StringComparison.Ordinal);
    }
}
