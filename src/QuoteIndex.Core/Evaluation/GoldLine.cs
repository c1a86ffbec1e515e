using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Core.Evaluation;

/// <summary>A gold line, and when the extractor is to run on it, the same line read as an article.</summary>
public sealed record GoldLine(GoldArticle Gold, Article? Article)
{
    /// <summary>
    /// Reads one gold JSONL line; with <paramref name="asArticle"/>, also as an article (FORMAT.md: gold lines are
    /// valid input). A line that cannot be scored or extracted is a <see cref="FormatException"/> saying why.
    /// </summary>
    public static GoldLine Parse(string line, bool asArticle)
    {
        var gold = GoldArticle.Parse(line);
        if (!asArticle)
            return new GoldLine(gold, null);
        if (string.IsNullOrWhiteSpace(gold.Id))
            throw new FormatException("the \"id\" is blank: no article to extract");
        try
        {
            return new GoldLine(gold, WithId(JsonArticleParser.Parse(line), gold.Id));
        }
        catch (InvalidOperationException e)
        {
            // A string with half a surrogate pair parses as JSON but cannot become a .NET string.
            throw new FormatException($"malformed JSON ({e.Message})", e);
        }
    }

    /// <summary>The article under its gold id, so that its predictions pair with its gold (a gold line may give "doc_id" only).</summary>
    private static Article WithId(Article article, string id) =>
        article.Id == id
            ? article
            : new Article(id, article.Text)
            {
                Url = article.Url,
                Title = article.Title,
                Outlet = article.Outlet,
                Author = article.Author,
                Published = article.Published,
                Language = article.Language,
            };
}
