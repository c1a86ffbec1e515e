using System.ComponentModel;
using System.Globalization;
using QuoteIndex.Core.Reviews;

namespace QuoteIndex.Api.Claims;

/// <summary>A fact-checker's review of a quote, as sent to <c>POST /api/v1/quotes/{id}/reviews</c>.</summary>
/// <param name="Rating">The verdict: <c>alternateName</c> (required) and optionally a number on a scale.</param>
/// <param name="Url">The page where the review is published: an absolute http(s) URL (required).</param>
/// <param name="Organisation">The fact-checking organisation that publishes the review (required).</param>
/// <param name="Author">The person who wrote the review.</param>
/// <param name="DatePublished">The day the review was published, <c>YYYY-MM-DD</c> (or an ISO 8601 time, whose day is kept).</param>
public sealed record ReviewRequest(
    ReviewRatingRequest? Rating,
    [property: Description("The review page, an absolute http or https URL.")] string? Url,
    [property: Description("The reviewing organisation.")] string? Organisation,
    [property: Description("The review's author.")] string? Author,
    [property: Description("The review's publication day, YYYY-MM-DD.")] string? DatePublished)
{
    /// <summary>Longest name, verdict or author accepted.</summary>
    public const int MaxTextLength = 500;

    /// <summary>Longest review URL accepted.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>The review of <paramref name="quoteId"/> this request describes, or null with each problem in <paramref name="errors"/> under its field's name.</summary>
    public QuoteReview? ToReview(string quoteId, DateTimeOffset received, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var rating = Rating is null ? Missing<ReviewRating>(errors, "rating", "rating is required, with at least alternateName (the verdict in words).") : Rating.ToRating(errors);
        var url = ReviewUrl(errors);
        var organisation = Text(errors, "organisation", Organisation, required: true);
        var author = Text(errors, "author", Author, required: false);
        var published = Day(errors);
        if (errors.Count > 0 || rating is null || url is null || organisation is null)
            return null;
        return new QuoteReview(quoteId, rating, url, organisation) { Author = author, DatePublished = published, Received = received };
    }

    private Uri? ReviewUrl(IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(Url))
            return Missing<Uri>(errors, "url", "url is required: the address of the published review.");
        if (Url.Length > MaxUrlLength)
            return Missing<Uri>(errors, "url", $"url must be at most {MaxUrlLength} characters.");
        return Uri.TryCreate(Url.Trim(), UriKind.Absolute, out var url) && QuoteReview.IsWebAddress(url)
            ? url
            : Missing<Uri>(errors, "url", $"url must be an absolute http or https address; '{Url}' is not.");
    }

    private DateOnly? Day(IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(DatePublished))
            return null;
        var value = DatePublished.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) && value.Contains('T', StringComparison.Ordinal))
            return DateOnly.FromDateTime(time.DateTime);
        errors["datePublished"] = [$"datePublished must be a date written YYYY-MM-DD; '{DatePublished}' is not."];
        return null;
    }

    internal static string? Text(IDictionary<string, string[]> errors, string name, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
            return required ? Missing<string>(errors, name, $"{name} is required.") : null;
        return value.Length > MaxTextLength ? Missing<string>(errors, name, $"{name} must be at most {MaxTextLength} characters.") : value.Trim();
    }

    internal static T? Missing<T>(IDictionary<string, string[]> errors, string name, string message)
        where T : class
    {
        errors[name] = [message];
        return null;
    }
}

/// <summary>A review's verdict.</summary>
/// <param name="AlternateName">The verdict in words, e.g. "False", "Misleading", "Accurate" (required).</param>
/// <param name="RatingValue">The verdict as a number, between worstRating and bestRating.</param>
/// <param name="BestRating">The best value of the scale; 5 when a ratingValue is given without it.</param>
/// <param name="WorstRating">The worst value of the scale; 1 when a ratingValue is given without it.</param>
public sealed record ReviewRatingRequest(string? AlternateName, double? RatingValue, double? BestRating, double? WorstRating)
{
    internal ReviewRating? ToRating(IDictionary<string, string[]> errors)
    {
        var name = ReviewRequest.Text(errors, "rating.alternateName", AlternateName, required: true);
        var best = BestRating ?? ReviewRating.DefaultBest;
        var worst = WorstRating ?? ReviewRating.DefaultWorst;
        if (!double.IsFinite(best) || !double.IsFinite(worst) || worst >= best)
            return ReviewRequest.Missing<ReviewRating>(errors, "rating.bestRating", $"rating.bestRating ({best}) must be a number above rating.worstRating ({worst}).");
        if (RatingValue is { } value && !(value >= worst && value <= best))
            return ReviewRequest.Missing<ReviewRating>(errors, "rating.ratingValue", $"rating.ratingValue ({value}) must lie between {worst} and {best}.");
        return name is null ? null : new ReviewRating(name, RatingValue, BestRating, WorstRating);
    }
}
