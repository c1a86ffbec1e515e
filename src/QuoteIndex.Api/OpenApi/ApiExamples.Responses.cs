using QuoteIndex.Api.Articles;
using QuoteIndex.Api.Claims;
using QuoteIndex.Api.Exports;
using QuoteIndex.Api.Quotes;
using QuoteIndex.Api.Search;
using QuoteIndex.Api.Speakers;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;
using QuoteIndex.Core.Speakers;
using QuoteIndex.Core.Storage;
using QuoteIndex.Core.Verification;

namespace QuoteIndex.Api.OpenApi;

/// <summary>The sample of each response type the API answers with, built from the invented quote.</summary>
public static partial class ApiExamples
{
    private const string QuoteAddress = "https://quoteindex.example/api/v1/quotes/q_b52e166c7c50012e38e4f71f784d1577";

    private static readonly Dictionary<Type, Func<object>> Samples = new()
    {
        [typeof(QuotePage)] = () => new QuotePage(1, 1, 20, [new QuoteMatch(Quote, 7.42, 2)]),
        [typeof(SearchPage)] = () => new SearchPage(1, [new SearchHit(Quote, 7.42, "We will rebuild the <mark>pier</mark>, and we will do it before the storms.", 2)],
            "AQy7dGhlLWN1cnNvci1pcy1vcGFxdWU", Facets, Histogram),
        [typeof(QuoteDetails)] = () => QuoteDetails.Of(Quote, Cluster, [Review]),
        [typeof(SchemaClaim)] = () => ClaimDocuments.Claim(Quote, Cluster, QuoteAddress),
        [typeof(SchemaGraph<SchemaClaimReview>)] = () => new SchemaGraph<SchemaClaimReview>(ClaimDocuments.SchemaContext,
            [ClaimDocuments.ClaimReview(Review, ClaimDocuments.Claim(Quote, Cluster, QuoteAddress, topLevel: false))]),
        [typeof(QuoteReview)] = () => Review,
        [typeof(IReadOnlyList<QuoteReview>)] = () => new[] { Review },
        [typeof(SpeakerSuggestions)] = () => new SpeakerSuggestions([new SpeakerSuggestion("tomas-varga", "Tomas Varga", 42)]),
        [typeof(SpeakerProfile)] = () => Profile,
        [typeof(VerificationResult)] = () => new VerificationResult(Verdict.AttestedWithDifferentWording,
            [new VerifiedMatch(Quote, MatchKind.Reworded, 0.86, BySpeaker: true, OnDate: null, 2, ClusterAppearance.Of(Quote))]),
        [typeof(ArticleIngested)] = () => new ArticleIngested(Quote.Article.Id, 1, [Quote]),
        [typeof(BatchReport)] = () => new BatchReport(1, 1,
        [
            new BatchLine(1, BatchLineStatus.Stored, Quote.Article.Id, 3, null),
            new BatchLine(2, BatchLineStatus.Rejected, null, 0, "line 2 is not valid JSON: 'x' is an invalid start of a value"),
        ]),
    };

    /// <summary>The export of the sample quote in <paramref name="mediaType"/>, or null for a media type that is not an export's.</summary>
    public static async Task<string?> FileAsync(string mediaType, CancellationToken cancellationToken)
    {
        Func<Stream, IAsyncEnumerator<Quote>, bool, CancellationToken, Task>? write =
            mediaType.StartsWith(QuoteCsv.ContentType.Split(';')[0], StringComparison.Ordinal) ? QuoteCsv.WriteAsync
            : mediaType.StartsWith(QuoteNdjson.ContentType.Split(';')[0], StringComparison.Ordinal) ? QuoteNdjson.WriteAsync
            : null;
        if (write is null)
            return null;
        using var file = new MemoryStream();
        await using var quotes = new[] { Quote }.ToAsyncEnumerable().GetAsyncEnumerator(cancellationToken);
        var any = await quotes.MoveNextAsync();
        await write(file, quotes, any, cancellationToken);
        return System.Text.Encoding.UTF8.GetString(file.ToArray());
    }

    private static QuoteReview Review => new(Quote.Id, new ReviewRating("Mostly true", 4), new Uri("https://factcheck.example/pier-promise"), "Harbour Fact Check")
    {
        Author = "Ines Okafor",
        DatePublished = new DateOnly(2024, 10, 3),
        Received = new DateTimeOffset(2024, 10, 3, 12, 0, 0, TimeSpan.Zero),
    };

    private static IReadOnlyList<QuoteFacet> Facets =>
    [
        new(FacetNames.Speaker, [new FacetValue("tomas-varga", 1, "Tomas Varga")]),
        new(FacetNames.Outlet, [new FacetValue("The Harbour Ledger", 1, "The Harbour Ledger")]),
        new(FacetNames.VenueType, [new FacetValue("pressconference", 1, "pressconference")]),
        new(FacetNames.Kind, [new FacetValue("direct", 1, "direct")]),
    ];

    private static DateHistogram Histogram => new(HistogramInterval.Month, QuoteDateField.Published,
        [new HistogramBucket(new DateOnly(2024, 9, 1), 0), new HistogramBucket(new DateOnly(2024, 10, 1), 1)]);

    private static SpeakerProfile Profile => new(
        "tomas-varga", "Tomas Varga", ["Varga", "the harbour master"],
        [new ValueCount("harbour master", 40)], [new ValueCount("Port Elling Harbour Authority", 38)],
        42, new DateOnly(2023, 2, 6), new DateOnly(2024, 9, 30),
        new DateTimeOffset(2023, 2, 7, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 10, 1, 5, 15, 0, TimeSpan.Zero),
        [new ValueCount("The Harbour Ledger", 30), new ValueCount("The Calder Courier", 12)],
        [new ValueCount("a press conference", 9)],
        [new MonthCount(2024, 8, 3), new MonthCount(2024, 9, 0), new MonthCount(2024, 10, 1)],
        0, 42, [Quote]);
}
