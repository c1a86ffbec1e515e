using System.ServiceModel.Syndication;
using System.Xml;

namespace QuoteIndex.Ingestion.Sources.Web;

/// <summary>One entry of an RSS or Atom feed: the page it links to and the date the feed gives it.</summary>
public sealed record FeedItem(Uri? Link, DateTimeOffset? Published, string Label);

/// <summary>RSS 2.0 and Atom 1.0 feeds, read with System.ServiceModel.Syndication.</summary>
public static class FeedDocument
{
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Whether <paramref name="text"/> is XML whose root element is <c>rss</c> or <c>feed</c>.</summary>
    public static bool IsFeed(string text) => RootElement(text) is "rss" or "feed";

    /// <summary>The feed's items, or why it cannot be read.</summary>
    public static (IReadOnlyList<FeedItem>? Items, string? Problem) Parse(string text, Uri feedUrl)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Safe);
            SyndicationFeedFormatter formatter = RootElement(text) == "feed"
                ? new Atom10FeedFormatter { DateTimeParser = FeedDates.Lenient }
                : new Rss20FeedFormatter { DateTimeParser = FeedDates.Lenient };
            if (!formatter.CanRead(reader))
                return (null, "not an RSS 2.0 or Atom 1.0 feed");
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException e)
        {
            return (null, $"not a valid RSS or Atom feed ({e.Message})");
        }

        return (feed.Items.Select((item, index) => Item(item, index, feedUrl)).ToList(), null);
    }

    private static FeedItem Item(SyndicationItem item, int index, Uri feedUrl)
    {
        // A relative link (no xml:base to resolve it) is taken relative to the feed, as browsers do.
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") is { Uri: { } uri } alternate
            ? alternate.GetAbsoluteUri() ?? new Uri(feedUrl, uri)
            : Uri.TryCreate(item.Id, UriKind.Absolute, out var id) ? id : null;
        if (link is not null && link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps)
            link = null;
        DateTimeOffset? published = item.PublishDate != default ? item.PublishDate
            : item.LastUpdatedTime != default ? item.LastUpdatedTime : null;
        return new FeedItem(link, published, $"{feedUrl.AbsoluteUri} item {index + 1}");
    }

    private static string? RootElement(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Safe);
            return reader.MoveToContent() == XmlNodeType.Element ? reader.LocalName : null;
        }
        catch (XmlException)
        {
            return null; // HTML with a doctype, or not XML at all
        }
    }
}
