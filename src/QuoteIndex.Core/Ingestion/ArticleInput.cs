using QuoteIndex.Core.Articles;

namespace QuoteIndex.Core.Ingestion;

/// <summary>What reading one input gave: an article, or the reason it could not be read. Never both.</summary>
public sealed record ArticleInput
{
    private ArticleInput(string source, Article? article, string? problem)
    {
        Source = source;
        Article = article;
        Problem = problem;
    }

    /// <summary>Where the input came from, as the user would name it: a path, "path:line 7", a URL.</summary>
    public string Source { get; }

    public Article? Article { get; }

    /// <summary>Why the input was rejected, in words a user can act on.</summary>
    public string? Problem { get; }

    public static ArticleInput Read(string source, Article article) => new(source, article, null);

    public static ArticleInput Rejected(string source, string problem) => new(source, null, problem);
}
