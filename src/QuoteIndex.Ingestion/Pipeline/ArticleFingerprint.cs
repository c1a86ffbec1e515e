using System.Globalization;
using QuoteIndex.Core.Articles;

namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>A hash of everything in an article that shapes its stored quotes: equal fingerprints, equal quotes.</summary>
public static class ArticleFingerprint
{
    public static string Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // U+001F (unit separator) cannot occur in the fields' meaning, so distinct articles never join to one string.
        return ArticleIdentity.Hash(string.Join('\u001f',
            article.Id,
            article.Url?.AbsoluteUri,
            article.Title,
            article.Outlet,
            article.Author,
            article.Published?.ToString("O", CultureInfo.InvariantCulture),
            article.Language,
            article.Text));
    }
}
