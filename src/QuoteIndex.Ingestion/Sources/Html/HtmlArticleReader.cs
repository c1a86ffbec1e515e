using AngleSharp.Html.Parser;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Ingestion;
using Reader = SmartReader.Reader;

namespace QuoteIndex.Ingestion.Sources.Html;

/// <summary>
/// A web page to an <see cref="Article"/>: SmartReader (a port of Mozilla's Readability) finds the main
/// text and drops the page furniture (navigation, footers, share buttons); <see cref="PageMetadata"/> supplies the
/// title, author, publication time, canonical URL, site name and language.
/// </summary>
public static class HtmlArticleReader
{
    public const string NoArticleText = "no article text found";

    // Readability's own test ("is this page an article?") wants paragraphs worth about 600 characters, and so turns
    // away the two-paragraph briefs that carry many a quote. These accept a single paragraph of about 130 characters
    // or two of about 100; a page of menus, forms and a one-line footer still has none.
    private const int MinParagraphLength = 80;
    private const int MinScore = 4;

    /// <summary>The article in <paramref name="html"/>, or a rejection naming <paramref name="source"/>.</summary>
    /// <param name="source">How the user named the input (a path or a URL).</param>
    /// <param name="html">The decoded page.</param>
    /// <param name="location">Where the page was fetched from, when it was: the id when the page names no canonical URL.</param>
    /// <param name="fallbackPublished">A date to use when the page gives none, such as a feed item's.</param>
    public static ArticleInput Read(string source, string html, Uri? location = null, DateTimeOffset? fallbackPublished = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var metadata = PageMetadata.From(document, location);

        // SmartReader resolves relative links against this; a file gets a file: URI and never becomes the article id.
        var baseUri = location ?? metadata.Canonical ?? new Uri(Path.GetFullPath(source));
        var reader = new Reader(baseUri.AbsoluteUri, document) { MinScoreReaderable = MinScore };
        reader.MinContentLengthReadearable["Default"] = MinParagraphLength;
        var page = reader.GetArticle();
        var text = page.IsReadable ? Paragraphs(page.TextContent) : "";
        if (text.Length == 0)
            return ArticleInput.Rejected(source, NoArticleText);

        var url = metadata.Canonical ?? location;
        var title = metadata.Title ?? NonEmpty(page.Title);
        return ArticleInput.Read(source, new Article(ArticleIdentity.For(url, title, text), text)
        {
            Url = url,
            Title = title,
            Author = metadata.Author ?? NonEmpty(page.Author) ?? NonEmpty(page.Byline),
            Published = metadata.Published ?? fallbackPublished,
            Outlet = metadata.SiteName ?? NonEmpty(page.SiteName),
            Language = metadata.Language ?? NonEmpty(page.Language) ?? "en",
        });
    }

    /// <summary>One paragraph a line, blank lines between, no stray spaces: the shape the extractor reads best.</summary>
    private static string Paragraphs(string text) =>
        string.Join("\n\n", text.ReplaceLineEndings("\n").Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
