using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Core.Tests.Ingestion;

public class TextArticleParserTests
{
    [Fact]
    public void Parse_HeaderLines_BecomeMetadataAndTheRestIsText()
    {
        var article = TextArticleParser.Parse(
            "Title: Bridge vote delayed\nOutlet: The Calder Courier\nPublished: 2025-08-21\nURL: https://courier.example/bridge\nAuthor: Mira Holt\n\nFirst paragraph.\n\nSecond paragraph.\n");

        Assert.Equal("Bridge vote delayed", article.Title);
        Assert.Equal("The Calder Courier", article.Outlet);
        Assert.Equal(new DateTimeOffset(2025, 8, 21, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("https://courier.example/bridge", article.Id);
        Assert.Equal("Mira Holt", article.Author);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", article.Text);
    }

    [Fact]
    public void Parse_NoHeaders_KeepsWholeTextAndHashesItForTheId()
    {
        var article = TextArticleParser.Parse("USA\n\nBlinken: a headline\n\nBody text.");

        Assert.Equal("USA\n\nBlinken: a headline\n\nBody text.", article.Text);
        Assert.StartsWith("sha256:", article.Id, StringComparison.Ordinal);
        Assert.Null(article.Title);
    }

    [Fact]
    public void Parse_SameText_SameId() =>
        Assert.Equal(TextArticleParser.Parse("Some words.").Id, TextArticleParser.Parse("Some words.").Id);

    [Fact]
    public void Parse_WindowsLineEndings_AreNormalised() =>
        Assert.Equal("One.\n\nTwo.", TextArticleParser.Parse("Title: T\r\n\r\nOne.\r\n\r\nTwo.").Text);

    [Fact]
    public void Parse_BadDateHeader_ThrowsFormatExceptionNamingTheValue()
    {
        var e = Assert.Throws<FormatException>(() => TextArticleParser.Parse("Published: next week\n\nBody."));
        Assert.Contains("next week", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OnlyHeaders_ThrowsNoText() =>
        Assert.Throws<FormatException>(() => TextArticleParser.Parse("Title: Empty\n\n   \n"));
}
