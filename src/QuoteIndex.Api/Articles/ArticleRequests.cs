using System.Text.Json;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Ingestion.Sources.Web;

namespace QuoteIndex.Api.Articles;

/// <summary>
/// Turns one JSON record of an articles request into an article: the record itself when it has a <c>text</c>, else the
/// page its <c>url</c> names, fetched and read as `quoteindex ingest URL` would.
/// </summary>
public sealed class ArticleRequests(WebArticleReader web)
{
    /// <summary>The article, or the problem in words a client can act on.</summary>
    public async Task<(Article? Article, string? Problem)> ReadAsync(string json, CancellationToken cancellationToken)
    {
        if (UrlOnly(json) is not { } url)
        {
            try
            {
                return (JsonArticleParser.Parse(json), null);
            }
            catch (FormatException e)
            {
                return (null, e.Message);
            }
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return (null, $"\"url\" must be an absolute http or https URL, not '{url}'");
        var inputs = new List<ArticleInput>();
        await foreach (var input in web.ReadAsync(uri, cancellationToken))
        {
            inputs.Add(input);
            if (inputs.Count > 1)
                return (null, $"{url} is a feed; send its items' URLs, one record a line, to POST /api/v1/articles/batch");
        }

        return inputs switch
        {
            [{ Article: { } article }] => (article, null),
            [{ Problem: { } problem }] => (null, $"{url}: {problem}"),
            _ => (null, $"{url}: no article found"),
        };
    }

    /// <summary>The record's URL when it has one and no text; null for anything else (the parser then names its problem).</summary>
    private static string? UrlOnly(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("text", out _)
                   && root.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
                ? url.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
