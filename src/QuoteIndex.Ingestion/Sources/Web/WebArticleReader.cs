using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Ingestion.Sources.Html;

namespace QuoteIndex.Ingestion.Sources.Web;

/// <summary>
/// Articles from an http(s) URL: a page (HTML, plain text or a JSON record) is one article; an RSS or Atom feed
/// (told by its content type or its root element) gives one article per item, each item's page fetched in turn,
/// <see cref="ArticleSourceOptions.ParallelFetches"/> at a time.
/// </summary>
public sealed class WebArticleReader(ArticleFetcher fetcher, IOptions<ArticleSourceOptions> options)
{
    private readonly int _parallelFetches = options.Value.ParallelFetches;

    public async IAsyncEnumerable<ArticleInput> ReadAsync(Uri url, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var (body, text, problem) = await FetchTextAsync(url, cancellationToken);
        if (problem is not null)
        {
            yield return ArticleInput.Rejected(url.AbsoluteUri, problem);
            yield break;
        }

        var isFeed = body!.IsFeedType || (body.IsXml || body.MediaType == "") && FeedDocument.IsFeed(text!);
        if (!isFeed && body.IsXml)
        {
            yield return ArticleInput.Rejected(url.AbsoluteUri, "XML that is not an RSS or Atom feed");
            yield break;
        }

        if (!isFeed)
        {
            foreach (var input in Page(url, body, text!, fallbackPublished: null))
                yield return input;
            yield break;
        }

        var (items, feedProblem) = FeedDocument.Parse(text!, body.Url);
        if (items is null)
        {
            yield return ArticleInput.Rejected(url.AbsoluteUri, feedProblem!);
            yield break;
        }

        // Items are fetched a few at a time, and given out in feed order.
        var window = new Queue<Task<IReadOnlyList<ArticleInput>>>();
        foreach (var item in items)
        {
            window.Enqueue(ReadItemAsync(item, cancellationToken));
            if (window.Count < _parallelFetches)
                continue;
            foreach (var input in await window.Dequeue())
                yield return input;
        }

        while (window.Count > 0)
        {
            foreach (var input in await window.Dequeue())
                yield return input;
        }
    }

    private async Task<IReadOnlyList<ArticleInput>> ReadItemAsync(FeedItem item, CancellationToken cancellationToken)
    {
        if (item.Link is null)
            return [ArticleInput.Rejected(item.Label, "the feed item has no http(s) link")];

        var (body, text, problem) = await FetchTextAsync(item.Link, cancellationToken);
        if (problem is null && (body!.IsFeedType || body.IsXml && FeedDocument.IsFeed(text!)))
            problem = "the feed item links to another feed, not to an article";
        return problem is not null
            ? [ArticleInput.Rejected(item.Link.AbsoluteUri, problem)]
            : [.. Page(item.Link, body!, text!, item.Published)];
    }

    private async Task<(FetchedBody? Body, string? Text, string? Problem)> FetchTextAsync(Uri url, CancellationToken cancellationToken)
    {
        var (body, problem) = await fetcher.FetchAsync(url, cancellationToken);
        if (body is null)
            return (null, null, problem);
        var (text, decodeProblem) = HtmlDecoding.Decode(body.Bytes, body.Charset, lookInside: body.IsHtml || body.IsXml || body.MediaType == "");
        return (body, text, decodeProblem);
    }

    private static IEnumerable<ArticleInput> Page(Uri url, FetchedBody body, string text, DateTimeOffset? fallbackPublished)
    {
        var format = body.MediaType switch
        {
            "text/plain" => ArticleFormats.Text,
            "application/json" => ArticleFormats.Json,
            "" when !text.TrimStart().StartsWith('<') => ArticleFormats.Text,
            _ => ArticleFormats.Html,
        };
        return ArticleFormats.Parse(url.AbsoluteUri, text, format, body.Url, fallbackPublished);
    }
}
