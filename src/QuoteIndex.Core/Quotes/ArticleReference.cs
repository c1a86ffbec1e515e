using QuoteIndex.Core.Articles;

namespace QuoteIndex.Core.Quotes;

/// <summary>The article a quote came from, carried with the quote so search results show their source.</summary>
public sealed record ArticleReference(string Id, string? Title, string? Outlet, Uri? Url, DateTimeOffset? Published)
{
    public static ArticleReference Of(Article article) =>
        new(article.Id, article.Title, article.Outlet, article.Url, article.Published);
}
