using QuoteIndex.Ingestion.Sources.Web;

namespace QuoteIndex.Ingestion.Tests.Sources.Web;

public sealed class FeedDocumentTests
{
    private static readonly Uri FeedUrl = new("https://courier.example/feeds/harbour.xml");

    [Theory]
    [InlineData("Tue, 08 Apr 2031 09:00:00 GMT", "2031-04-08T09:00:00+00:00")]
    [InlineData("Tue, 8 Apr 2031 09:00:00 +0100", "2031-04-08T09:00:00+01:00")]
    [InlineData("08 Apr 2031 09:00:00 EST", "2031-04-08T09:00:00-05:00")]
    [InlineData("Tuesday, 08 Apr 2031 09:00", "2031-04-08T09:00:00+00:00")]
    [InlineData("2031-04-08T09:00:00Z", "2031-04-08T09:00:00+00:00")]
    public void Parse_DatesAsFeedsWriteThem_AreRead(string written, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(written));
    }

    [Fact]
    public void Parse_RssWithAnUnreadableDateAndARelativeLink_KeepsTheItem()
    {
        const string rss = """
            <rss version="2.0"><channel><title>t</title><link>https://courier.example/</link><description>d</description>
              <item><title>a</title><link>/news/a</link><pubDate>sometime last week</pubDate></item>
              <item><title>b</title><description>no link at all</description></item>
              <item><title>c</title><link>mailto:desk@courier.example</link></item>
            </channel></rss>
            """;

        var (items, problem) = FeedDocument.Parse(rss, FeedUrl);

        Assert.Null(problem);
        Assert.Equal([new Uri("https://courier.example/news/a"), null, null], items!.Select(i => i.Link));
        Assert.Null(items![0].Published);
        Assert.Equal("https://courier.example/feeds/harbour.xml item 2", items![1].Label);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel>", "not a valid RSS or Atom feed")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", "not an RSS 2.0 or Atom 1.0 feed")]
    public void Parse_BrokenOrUnsupportedFeed_IsAProblem(string xml, string problem)
    {
        var (items, actual) = FeedDocument.Parse(xml, FeedUrl);

        Assert.Null(items);
        Assert.StartsWith(problem, actual, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- hi -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", true)]
    [InlineData("<rss version=\"2.0\"/>", true)]
    [InlineData("<!DOCTYPE html><html><body>rss</body></html>", false)]
    [InlineData("<sitemap/>", false)]
    [InlineData("plain words", false)]
    public void IsFeed_LooksAtTheRootElement(string text, bool expected)
    {
        Assert.Equal(expected, FeedDocument.IsFeed(text));
    }
}
