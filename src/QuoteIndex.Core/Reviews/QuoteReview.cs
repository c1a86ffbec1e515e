using System.Text.Json.Serialization;
using QuoteIndex.Core.Articles;

namespace QuoteIndex.Core.Reviews;

/// <summary>
/// A fact-checker's published verdict on a quote, as schema.org's <c>ClaimReview</c> describes one. Reviews are kept
/// apart from quotes and outlive re-ingestion: they refer to the quote by its id, which is stable for the same
/// article and statement.
/// </summary>
public sealed record QuoteReview
{
    [JsonConstructor]
    public QuoteReview(string quoteId, ReviewRating rating, Uri url, string organisation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(quoteId);
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        if (!IsWebAddress(url))
            throw new ArgumentException($"A review's URL must be an absolute http or https address; '{url}' is not.", nameof(url));
        QuoteId = quoteId;
        Rating = rating;
        Url = url;
        Organisation = organisation.Trim();
        // One review per quote and review page: sending the same review again replaces it instead of adding a copy.
        Id = "r_" + ArticleIdentity.Hash($"{quoteId}\n{url.AbsoluteUri}");
    }

    /// <summary>Made from the quote's id and the review's URL.</summary>
    public string Id { get; }

    /// <summary>The reviewed quote (<see cref="Quotes.Quote.Id"/>).</summary>
    public string QuoteId { get; }

    public ReviewRating Rating { get; }

    /// <summary>The page where the review is published.</summary>
    public Uri Url { get; }

    /// <summary>The fact-checking organisation that publishes the review (schema.org <c>author</c>).</summary>
    public string Organisation { get; }

    /// <summary>The person who wrote the review, when given.</summary>
    public string? Author { get; init; }

    /// <summary>The day the review was published, when given.</summary>
    public DateOnly? DatePublished { get; init; }

    /// <summary>When the index received the review.</summary>
    public DateTimeOffset Received { get; init; }

    /// <summary>True for an absolute http or https URL, the only kind a review page can have.</summary>
    public static bool IsWebAddress(Uri url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}

/// <summary>
/// A review's verdict: the words (schema.org <c>alternateName</c>, "False", "Mostly true"), required by Google, and
/// optionally a number on a scale from <see cref="WorstRating"/> to <see cref="BestRating"/>.
/// </summary>
public sealed record ReviewRating
{
    [JsonConstructor]
    public ReviewRating(string alternateName, double? ratingValue = null, double? bestRating = null, double? worstRating = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alternateName);
        if (ratingValue is { } value && !(value >= (worstRating ?? DefaultWorst) && value <= (bestRating ?? DefaultBest)))
            throw new ArgumentOutOfRangeException(nameof(ratingValue), value, "The rating must lie between the worst and the best rating.");
        AlternateName = alternateName.Trim();
        RatingValue = ratingValue;
        BestRating = ratingValue is null ? bestRating : bestRating ?? DefaultBest;
        WorstRating = ratingValue is null ? worstRating : worstRating ?? DefaultWorst;
    }

    /// <summary>schema.org's default scale is 1 to 5.</summary>
    public const double DefaultBest = 5;

    /// <inheritdoc cref="DefaultBest"/>
    public const double DefaultWorst = 1;

    /// <summary>The verdict in words.</summary>
    public string AlternateName { get; }

    public double? RatingValue { get; }
    public double? BestRating { get; }
    public double? WorstRating { get; }
}
