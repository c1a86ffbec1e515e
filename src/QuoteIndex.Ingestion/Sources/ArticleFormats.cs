using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Ingestion.Sources.Html;

namespace QuoteIndex.Ingestion.Sources;

/// <summary>The formats an article comes in, and the reader of each: HTML here, the rest in Core's <see cref="ArticleFiles"/>.</summary>
public static class ArticleFormats
{
    public const string Html = "html";
    public const string Text = "txt";
    public const string Json = "json";
    public const string JsonLines = "jsonl";

    /// <summary>The formats standard input may be read as (<c>--stdin-format</c>).</summary>
    public static readonly IReadOnlyList<string> ForStandardInput = [Text, JsonLines, Json, Html];

    /// <summary>The format a file's extension names, or null when no reader knows it.</summary>
    public static string? OfFile(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => Html,
        ".txt" => Text,
        ".json" => Json,
        ".jsonl" => JsonLines,
        _ => null,
    };

    /// <summary>
    /// The articles in <paramref name="content"/> read as <paramref name="format"/>; every input is named after
    /// <paramref name="source"/> (with ":line" for JSON lines), whatever name Core's parser was given.
    /// </summary>
    /// <param name="source">How the user named the input.</param>
    /// <param name="content">The decoded text.</param>
    /// <param name="format">One of <see cref="Html"/>, <see cref="Text"/>, <see cref="Json"/>, <see cref="JsonLines"/>.</param>
    /// <param name="location">Where the content was fetched from: the URL of a page or text that names none itself.</param>
    /// <param name="fallbackPublished">The date to use when the content gives none, such as a feed item's.</param>
    public static IEnumerable<ArticleInput> Parse(string source, string content, string format, Uri? location = null, DateTimeOffset? fallbackPublished = null)
    {
        if (format == Html)
            return [HtmlArticleReader.Read(source, content, location, fallbackPublished)];

        // Core picks the parser by file extension and names inputs after the name it is given.
        var name = "input." + format;
        return ArticleFiles.Parse(name, content).Select(input =>
        {
            var renamed = source + input.Source[name.Length..];
            return input.Article is { } article
                ? ArticleInput.Read(renamed, format == Text ? Located(article, location, fallbackPublished) : article)
                : ArticleInput.Rejected(renamed, input.Problem!);
        });
    }

    // A fetched text with no URL header is known by where it came from, so that fetching it again replaces it.
    private static Article Located(Article article, Uri? location, DateTimeOffset? fallbackPublished) =>
        location is null || article.Url is not null
            ? article with { Published = article.Published ?? fallbackPublished }
            : new Article(ArticleIdentity.For(location, article.Title, article.Text), article.Text)
            {
                Url = location,
                Title = article.Title,
                Outlet = article.Outlet,
                Author = article.Author,
                Published = article.Published ?? fallbackPublished,
                Language = article.Language,
            };
}
