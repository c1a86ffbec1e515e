using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Tests.Conformance;

/// <summary>Reviews of quotes: stored apart from the quotes, kept across re-ingestion and reopening.</summary>
public abstract partial class QuoteStoreConformanceTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2025, 2, 3, 10, 0, 0, TimeSpan.Zero);

    [ConformanceFact]
    public async Task GetReviewsAsync_AfterAdd_RoundTripsEveryField()
    {
        var quote = SomeQuotes.Quote();
        await Store.UpsertAsync([quote], Ct);
        var review = Review(quote, "https://checkers.example/ferry") with { Author = "Ines Halloran", DatePublished = new DateOnly(2025, 2, 1) };

        await Store.AddReviewAsync(review, Ct);

        var stored = Assert.Single(await Store.GetReviewsAsync(quote.Id, Ct));
        Assert.Equal(review, stored);
        Assert.Equal(review.Id, stored.Id);
    }

    [ConformanceFact]
    public async Task GetReviewsAsync_SeveralReviews_EarliestReceivedFirstAndOnlyThisQuotes()
    {
        var quote = SomeQuotes.Quote();
        var other = SomeQuotes.Quote("The harbour tax will double");
        await Store.UpsertAsync([quote, other], Ct);
        var later = Review(quote, "https://checkers.example/b") with { Received = ReceivedAt.AddHours(1) };
        var earlier = Review(quote, "https://checkers.example/a");
        await Store.AddReviewAsync(later, Ct);
        await Store.AddReviewAsync(earlier, Ct);
        await Store.AddReviewAsync(Review(other, "https://checkers.example/c"), Ct);

        Assert.Equal([earlier.Id, later.Id], (await Store.GetReviewsAsync(quote.Id, Ct)).Select(r => r.Id));
    }

    [ConformanceFact]
    public async Task AddReviewAsync_SameQuoteAndUrlAgain_ReplacesTheReview()
    {
        var quote = SomeQuotes.Quote();
        await Store.AddReviewAsync(Review(quote, "https://checkers.example/ferry", "False"), Ct);

        await Store.AddReviewAsync(Review(quote, "https://checkers.example/ferry", "Mostly false"), Ct);

        Assert.Equal("Mostly false", Assert.Single(await Store.GetReviewsAsync(quote.Id, Ct)).Rating.AlternateName);
    }

    [ConformanceFact]
    public async Task Reviews_AreNeverCountedSearchedExportedOrClusteredAsQuotes()
    {
        var quote = SomeQuotes.Quote("The ferry timetable will not change");
        await Store.UpsertAsync([quote], Ct);

        // The verdict and organisation repeat the quote's words, so a leak into the quote index would be found.
        await Store.AddReviewAsync(Review(quote, "https://checkers.example/ferry", "The ferry timetable will change") with { Author = "ferry" }, Ct);

        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.Equal(1, (await Store.SearchAsync(new QuoteQuery { Text = "ferry" }, Ct)).Total);
        Assert.Equal(1, (await Store.SearchAsync(new QuoteQuery(), Ct)).Total);
        Assert.Equal(1, (await Store.GetClusterAsync(quote.ClusterId, 10, Ct))!.Size);
        var exported = new List<Quote>();
        await foreach (var q in Store.ExportAsync(new QuoteQuery(), Ct))
            exported.Add(q);
        Assert.Equal([quote.Id], exported.Select(q => q.Id));
    }

    [ConformanceFact]
    public async Task Reviews_ArticleIngestedAgain_KeepsTheReviewOfItsQuote()
    {
        var quote = SomeQuotes.Quote();
        await Store.ReplaceArticlesAsync([new ArticleQuotes(quote.Article.Id, [quote])], Ct);
        var review = Review(quote, "https://checkers.example/ferry");
        await Store.AddReviewAsync(review, Ct);

        await Store.ReplaceArticlesAsync([new ArticleQuotes(quote.Article.Id, [quote])], Ct);
        await Store.ReplaceArticleAsync(quote.Article.Id, [quote], Ct);

        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.Equal(review, Assert.Single(await Store.GetReviewsAsync(quote.Id, Ct)));
    }

    [ConformanceFact]
    public async Task Reviews_StoreReopened_AreStillThere()
    {
        var quote = SomeQuotes.Quote();
        await Store.UpsertAsync([quote], Ct);
        var review = Review(quote, "https://checkers.example/ferry");
        await Store.AddReviewAsync(review, Ct);

        await Store.DisposeAsync();
        _store = ReopenStore();

        Assert.Equal(review, Assert.Single(await Store.GetReviewsAsync(quote.Id, Ct)));
        Assert.Equal(1, await Store.CountAsync(Ct));
    }

    [ConformanceFact]
    public async Task GetReviewsAsync_QuoteWithoutReviews_IsEmpty()
    {
        var quote = SomeQuotes.Quote();
        await Store.UpsertAsync([quote], Ct);

        Assert.Empty(await Store.GetReviewsAsync(quote.Id, Ct));
    }

    private static QuoteReview Review(Quote quote, string url, string verdict = "False") =>
        new(quote.Id, new ReviewRating(verdict, ratingValue: 1, bestRating: 5, worstRating: 1), new Uri(url), "Harbour Fact Desk")
        {
            Received = ReceivedAt,
        };
}
