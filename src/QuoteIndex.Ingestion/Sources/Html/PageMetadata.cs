using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace QuoteIndex.Ingestion.Sources.Html;

/// <summary>
/// What a page says about itself in its head: Open Graph and article meta tags, JSON-LD (schema.org
/// <c>NewsArticle</c>/<c>Article</c>), the canonical link and the document language. Any field may be missing.
/// </summary>
public sealed record PageMetadata
{
    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting", "Report"];

    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public Uri? Canonical { get; init; }
    public string? SiteName { get; init; }
    public string? Language { get; init; }

    /// <summary>Reads the metadata of <paramref name="document"/> before anything strips its head.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="location">Where the page was fetched from, against which relative links resolve.</param>
    public static PageMetadata From(IDocument document, Uri? location)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ogUrl = HttpUrl(Meta(document, "og:url"), location);
        JsonElement? jsonLd = JsonLdArticles(document).Cast<JsonElement?>().FirstOrDefault();
        return new PageMetadata
        {
            Title = Meta(document, "og:title") ?? JsonString(jsonLd, "headline") ?? NonEmpty(document.Title),
            Author = Meta(document, "author") ?? JsonLdAuthor(jsonLd) ?? Meta(document, "article:author"),
            Published = Date(Meta(document, "article:published_time")) ?? Date(JsonString(jsonLd, "datePublished")),
            Canonical = HttpUrl(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"), location ?? ogUrl) ?? ogUrl,
            SiteName = Meta(document, "og:site_name") ?? JsonPublisher(jsonLd),
            Language = NonEmpty(document.DocumentElement.GetAttribute("lang")) ?? Meta(document, "og:locale")?.Replace('_', '-'),
        };
    }

    /// <summary>The content of a <c>&lt;meta property=…&gt;</c> or <c>&lt;meta name=…&gt;</c> tag.</summary>
    private static string? Meta(IDocument document, string key) =>
        document.QuerySelectorAll("meta[property][content], meta[name][content]")
            .Where(meta => string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
            .Select(meta => NonEmpty(meta.GetAttribute("content")))
            .FirstOrDefault(content => content is not null);

    private static IEnumerable<JsonElement> JsonLdArticles(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            JsonElement root;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                root = json.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue; // a broken JSON-LD block is common on real pages; the meta tags may still say enough
            }

            foreach (var node in Nodes(root).Where(IsArticle))
                yield return node;
        }
    }

    // JSON-LD puts the article at the root, in an array, or in "@graph".
    private static IEnumerable<JsonElement> Nodes(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Nodes),
        JsonValueKind.Object when element.TryGetProperty("@graph", out var graph) => Nodes(graph),
        JsonValueKind.Object => [element],
        _ => [],
    };

    private static bool IsArticle(JsonElement node) =>
        node.TryGetProperty("@type", out var type) && type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString())),
            _ => false,
        };

    private static string? JsonString(JsonElement? node, string name) =>
        node is { ValueKind: JsonValueKind.Object } n && n.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? NonEmpty(value.GetString())
            : null;

    // "author" is a string, a Person/Organization, or an array of them.
    private static string? JsonLdAuthor(JsonElement? node)
    {
        if (node is not { ValueKind: JsonValueKind.Object } n || !n.TryGetProperty("author", out var author))
            return null;
        var names = (author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author])
            .Select(a => a.ValueKind == JsonValueKind.String ? NonEmpty(a.GetString()) : JsonString(a, "name"))
            .OfType<string>()
            .ToArray();
        return names.Length > 0 ? string.Join(", ", names) : null;
    }

    private static string? JsonPublisher(JsonElement? node) =>
        node is { ValueKind: JsonValueKind.Object } n && n.TryGetProperty("publisher", out var publisher) ? JsonString(publisher, "name") : null;

    private static DateTimeOffset? Date(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    /// <summary>An absolute http(s) URL, a relative one resolved against <paramref name="base"/>; null for anything else.</summary>
    private static Uri? HttpUrl(string? value, Uri? @base)
    {
        if (NonEmpty(value) is not { } v)
            return null;
        var url = @base is not null && Uri.TryCreate(@base, v, out var resolved) ? resolved
            : Uri.TryCreate(v, UriKind.Absolute, out var absolute) ? absolute : null;
        return url is not null && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
