using System.Globalization;
using QuoteIndex.Core.Articles;

namespace QuoteIndex.Core.Ingestion;

/// <summary>
/// Plain-text articles. Optional header lines ("Title:", "Outlet:", "Published:", "URL:", "Author:")
/// may stand before the first blank line; everything after it is the body.
/// </summary>
public static class TextArticleParser
{
    private static readonly string[] HeaderNames = ["title", "outlet", "published", "url", "author", "language"];

    public static Article Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content = content.ReplaceLineEndings("\n");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = content;
        var blank = content.IndexOf("\n\n", StringComparison.Ordinal);
        if (blank > 0 && TryReadHeaders(content[..blank], headers))
            body = content[(blank + 2)..];
        body = body.Trim('\n');
        if (string.IsNullOrWhiteSpace(body))
            throw new FormatException("the article has no text");

        var url = headers.TryGetValue("url", out var u) ? ParseUrl(u) : null;
        var title = headers.GetValueOrDefault("title");
        return new Article(ArticleIdentity.For(url, title, body), body)
        {
            Url = url,
            Title = title,
            Outlet = headers.GetValueOrDefault("outlet"),
            Author = headers.GetValueOrDefault("author"),
            Published = headers.TryGetValue("published", out var p) ? ParseDate(p) : null,
            Language = headers.GetValueOrDefault("language") ?? "en",
        };
    }

    /// <summary>A date ("2024-09-25") or a timestamp with offset; a date alone is taken as midnight UTC.</summary>
    public static DateTimeOffset ParseDate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return date;
        throw new FormatException($"'{value}' is not a date (expected e.g. 2024-09-25 or 2024-09-25T14:30:00Z)");
    }

    public static Uri ParseUrl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            return url;
        throw new FormatException($"'{value}' is not an http(s) URL");
    }

    private static bool TryReadHeaders(string block, Dictionary<string, string> headers)
    {
        foreach (var line in block.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                return false;
            var name = line[..colon].Trim();
            if (!HeaderNames.Contains(name, StringComparer.OrdinalIgnoreCase))
                return false;
            headers[name] = line[(colon + 1)..].Trim();
        }

        return headers.Count > 0;
    }
}
