using QuoteIndex.Core.Articles;
using QuoteIndex.Ingestion.Sources.Html;

namespace QuoteIndex.Ingestion.Tests.Sources.Html;

public sealed class HtmlArticleReaderTests
{
    [Fact]
    public void Read_MetaTags_GiveTitleAuthorDateCanonicalUrlOutletAndLanguage()
    {
        var html = TestPages.Article(htmlAttributes: "lang=\"en-GB\"", head: """
            <meta property="og:title" content="Harbour council closes ferry pier">
            <meta name="author" content="Tomas Reyke">
            <meta property="article:published_time" content="2031-04-08T09:30:00+01:00">
            <meta property="og:site_name" content="The Vellan Courier">
            <meta property="og:url" content="https://courier.example/og-url">
            <link rel="canonical" href="https://courier.example/news/ferry-pier">
            """);

        var article = Read(html);

        Assert.Equal("Harbour council closes ferry pier", article.Title);
        Assert.Equal("Tomas Reyke", article.Author);
        Assert.Equal(new DateTimeOffset(2031, 4, 8, 9, 30, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("https://courier.example/news/ferry-pier", article.Url!.AbsoluteUri);
        Assert.Equal(article.Url.AbsoluteUri, article.Id);
        Assert.Equal("The Vellan Courier", article.Outlet);
        Assert.Equal("en-GB", article.Language);
    }

    [Fact]
    public void Read_JsonLdNewsArticle_GivesDateAuthorAndPublisher()
    {
        var html = TestPages.Article(head: """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Not this one"},
              {"@type":"NewsArticle","headline":"Ferry pier to close","datePublished":"2031-04-08T07:15:00Z",
               "author":[{"@type":"Person","name":"Ana Kell"},{"@type":"Person","name":"Oren Palt"}],
               "publisher":{"@type":"Organization","name":"Vellan Daily"}}]}
            </script>
            """);

        var article = Read(html);

        Assert.Equal("Ferry pier to close", article.Title);
        Assert.Equal("Ana Kell, Oren Palt", article.Author);
        Assert.Equal(new DateTimeOffset(2031, 4, 8, 7, 15, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Vellan Daily", article.Outlet);
    }

    [Fact]
    public void Read_BrokenJsonLd_IsIgnoredAndTheMetaDateKept()
    {
        var html = TestPages.Article(head: """
            <script type="application/ld+json">{"@type":"NewsArticle", "datePublished": </script>
            <meta property="article:published_time" content="2031-04-09">
            """);

        Assert.Equal(new DateTimeOffset(2031, 4, 9, 0, 0, 0, TimeSpan.Zero), Read(html).Published);
    }

    [Fact]
    public void Read_NoMetadata_UsesTheFetchUrlAsIdAndTheDocumentTitle()
    {
        var location = new Uri("https://courier.example/p?id=7");

        var article = Read(TestPages.Article(), location);

        Assert.Equal(location.AbsoluteUri, article.Id);
        Assert.Equal(location, article.Url);
        Assert.Null(article.Published);
        Assert.Null(article.Author);
        Assert.Equal("en", article.Language);
        Assert.Contains("ferry pier", article.Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_NoUrlAnywhere_IdIsAContentHash()
    {
        var article = Read(TestPages.Article());

        Assert.Null(article.Url);
        Assert.Equal(ArticleIdentity.For(null, article.Title, article.Text), article.Id);
        Assert.Equal(article.Id, Read(TestPages.Article()).Id);
    }

    [Fact]
    public void Read_CanonicalLinkWins_OverOgUrlAndFetchUrl()
    {
        var html = TestPages.Article(head: """
            <meta property="og:url" content="https://courier.example/og">
            <link rel="canonical" href="/news/ferry-pier">
            """);

        var article = Read(html, new Uri("https://courier.example/amp/ferry-pier?utm=x"));

        Assert.Equal("https://courier.example/news/ferry-pier", article.Id);
    }

    [Fact]
    public void Read_OgUrl_IsTheIdWhenThereIsNoCanonicalLink()
    {
        var article = Read(TestPages.Article(head: "<meta property=\"og:url\" content=\"https://courier.example/og\">"), new Uri("https://courier.example/fetched"));

        Assert.Equal("https://courier.example/og", article.Id);
    }

    [Fact]
    public void Read_FeedDate_IsUsedOnlyWhenThePageHasNone()
    {
        var feedDate = new DateTimeOffset(2031, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var dated = TestPages.Article(head: "<meta property=\"article:published_time\" content=\"2031-04-08T00:00:00Z\">");

        Assert.Equal(feedDate, Read(TestPages.Article(), fallbackPublished: feedDate).Published);
        Assert.Equal(new DateTimeOffset(2031, 4, 8, 0, 0, 0, TimeSpan.Zero), Read(dated, fallbackPublished: feedDate).Published);
    }

    [Fact]
    public void Read_PageFurniture_IsLeftOutAndParagraphsKept()
    {
        var text = Read(TestPages.Article()).Text;

        Assert.StartsWith(TestPages.FirstParagraph, text, StringComparison.Ordinal);
        Assert.Contains("\n\n" + TestPages.Quote + "\n\n", text, StringComparison.Ordinal);
        Assert.EndsWith(TestPages.LastParagraph, text, StringComparison.Ordinal);
        foreach (var furniture in new[] { "Subscribe today", "Share on social", "Related stories", "Privacy policy", "All rights reserved" })
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShortBrief_IsKept()
    {
        const string brief = """
            <html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="story"><h1>Landing opens</h1>
            <p>The Gull Point landing opens on Monday.</p>
            <p>"Buses will meet every boat from the first day," said Ilan Besk, who runs the Port Vellan bus depot.</p>
            </div>
            <footer>Copyright The Vellan Courier</footer></body></html>
            """;

        var text = Read(brief).Text;

        Assert.EndsWith("The Gull Point landing opens on Monday.\n\n\"Buses will meet every boat from the first day,\" said Ilan Besk, who runs the Port Vellan bus depot.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestPages.NoArticle)]
    [InlineData("<html><body><nav><a href=\"/\">Home</a></nav><p>Copyright The Vellan Courier.</p></body></html>")]
    public void Read_NoArticleText_IsRejected(string html)
    {
        var input = HtmlArticleReader.Read("search.html", html);

        Assert.Null(input.Article);
        Assert.Equal(("search.html", "no article text found"), (input.Source, input.Problem));
    }

    private static Article Read(string html, Uri? location = null, DateTimeOffset? fallbackPublished = null)
    {
        var input = HtmlArticleReader.Read("page.html", html, location, fallbackPublished);
        Assert.Null(input.Problem);
        return input.Article!;
    }
}
