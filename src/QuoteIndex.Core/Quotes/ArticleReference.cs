using QuoteIndex.Core.Articles;

namespace QuoteIndex.Core.Quotes;

/// <summary>The article a quote came from, carried with the quote so search results show their source.</summary>
public sealed record ArticleReference(string Id, string? Title, string? Outlet, Uri? Url, DateTimeOffset? Published)
{
    /// <summary>The article's BCP 47 language tag, as <see cref="Article.Language"/> gives it; null when not known.</summary>
    public string? Language { get; init; }

    public static ArticleReference Of(Article article) =>
        new(article.Id, article.Title, article.Outlet, article.Url, article.Published) { Language = article.Language };
}
