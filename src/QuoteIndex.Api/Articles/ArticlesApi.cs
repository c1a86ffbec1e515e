using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using QuoteIndex.Api.Security;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Api.Articles;

/// <summary>Adding articles through the API: the same extraction and storage as `quoteindex ingest`, for developers.</summary>
public static class ArticlesApi
{
    /// <summary>Largest single article request: the same cap as an article file.</summary>
    public const long MaxArticleBytes = ArticleFiles.DefaultMaxBytes;

    /// <summary>Largest batch request.</summary>
    public const long MaxBatchBytes = 100L * 1024 * 1024;

    public static RouteGroupBuilder MapArticlesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/articles")
            .WithTags("Articles")
            .RequireAuthorization(ApiKeyAuthentication.WritePolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapPost("/", AddArticle)
            .WithName("AddArticle")
            .WithSummary("Add one article")
            .WithDescription("Extracts the quotes of one article (a JSON record: `text`, and optionally `id`, `title`, `outlet`, " +
                             "`published`, `author`, `url`, `language`; or only a `url`, whose page the server fetches and reads) and " +
                             "makes them the article's stored quotes. Sending the same article again changes nothing; a changed " +
                             "article replaces its quotes. Needs an API key in `X-Api-Key`.")
            .Accepts<ArticleRecord>("application/json")
            .WithMetadata(new RequestSizeLimitAttribute(MaxArticleBytes))
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/batch", AddBatch)
            .WithName("AddArticles")
            .WithSummary("Add many articles (NDJSON)")
            .WithDescription("One JSON article record a line (`application/x-ndjson`), each ingested as by `POST /api/v1/articles`. " +
                             "The answer reports every line: stored with its quote count, or rejected with the problem; a bad line " +
                             "never stops the others. Needs an API key in `X-Api-Key`.")
            .Accepts<string>("application/x-ndjson")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBatchBytes));

        return group;
    }

    private static async Task<Results<Ok<ArticleIngested>, ProblemHttpResult>> AddArticle(
        HttpRequest request, ArticleIngestor ingestor, ArticleRequests articles, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = await RequestBody.ReadAsync(request, MaxArticleBytes, cancellationToken);
        if (tooLarge is not null)
            return tooLarge;
        var (article, problem) = await articles.ReadAsync(body!, cancellationToken);
        if (article is null)
        {
            return TypedResults.Problem($"The article was not stored: {problem}.", statusCode: StatusCodes.Status400BadRequest,
                title: "The article is not valid.");
        }

        var quotes = await ingestor.IngestArticleAsync(article, cancellationToken);
        return TypedResults.Ok(new ArticleIngested(article.Id, quotes.Count, quotes));
    }

    private static async Task<Results<Ok<BatchReport>, ProblemHttpResult>> AddBatch(
        HttpRequest request, ArticleIngestor ingestor, ArticleRequests articles, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = await RequestBody.ReadAsync(request, MaxBatchBytes, cancellationToken);
        if (tooLarge is not null)
            return tooLarge;
        // Every line is read first, then the good ones are extracted, clustered and stored together in one commit.
        var lines = new List<BatchLine>();
        var articlesRead = new List<(int Line, Core.Articles.Article Article)>();
        var number = 0;
        foreach (var line in body!.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var (article, problem) = await articles.ReadAsync(line, cancellationToken);
            if (article is null)
                lines.Add(new BatchLine(number, BatchLineStatus.Rejected, null, 0, problem));
            else
                articlesRead.Add((number, article));
        }

        var stored = await ingestor.IngestArticlesAsync([.. articlesRead.Select(a => a.Article)], cancellationToken);
        lines.AddRange(articlesRead.Select((a, i) => new BatchLine(a.Line, BatchLineStatus.Stored, a.Article.Id, stored[i].Count, null)));
        lines.Sort((x, y) => x.Line.CompareTo(y.Line));

        return TypedResults.Ok(new BatchReport(
            lines.Count(l => l.Status == BatchLineStatus.Stored), lines.Count(l => l.Status == BatchLineStatus.Rejected), lines));
    }
}

/// <summary>An article sent to the API, in the record shape of article .jsonl files.</summary>
/// <param name="Text">The article text; quote offsets point into it exactly as sent. Without it, the page at <paramref name="Url"/> is fetched.</param>
/// <param name="Id">Your id for the article; without one, its canonical URL or a hash of its content.</param>
/// <param name="Title">The headline.</param>
/// <param name="Outlet">Who published it.</param>
/// <param name="Published">Publication time (ISO 8601); statement dates such as "on Tuesday" resolve against it.</param>
/// <param name="Author">The byline.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Language">Language tag; "en" when absent.</param>
public sealed record ArticleRecord(
    string? Text, string? Id, string? Title, string? Outlet, string? Published, string? Author, string? Url, string? Language);

/// <summary>What adding one article did.</summary>
/// <param name="ArticleId">The stored article's id.</param>
/// <param name="QuoteCount">How many quotes the article now has in the index.</param>
/// <param name="Quotes">The quotes extracted and stored.</param>
public sealed record ArticleIngested(string ArticleId, int QuoteCount, IReadOnlyList<Quote> Quotes);

/// <summary>What a batch did, line by line.</summary>
public sealed record BatchReport(int Stored, int Rejected, IReadOnlyList<BatchLine> Lines);

/// <summary>One line of a batch: stored (with the article id and its quote count) or rejected (with the problem).</summary>
/// <param name="Line">The line number in the request body, from 1.</param>
/// <param name="Status">Stored or rejected.</param>
/// <param name="ArticleId">The stored article's id.</param>
/// <param name="Quotes">How many quotes the stored article has.</param>
/// <param name="Problem">Why the line was rejected.</param>
public sealed record BatchLine(int Line, BatchLineStatus Status, string? ArticleId, int Quotes, string? Problem);

public enum BatchLineStatus
{
    Stored,
    Rejected,
}
