using System.Globalization;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Claims;

/// <summary>Builds the schema.org documents of a quote: its <c>Claim</c> and the <c>ClaimReview</c> of each review.</summary>
public static class ClaimDocuments
{
    public const string SchemaContext = "https://schema.org";

    // Words that make a speaker's name an organisation's ("the Harbour Authority", "Elling City Council").
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "association", "authority", "bank", "board", "commission", "committee", "company", "corporation", "council",
        "court", "department", "government", "group", "inc", "institute", "league", "ltd", "ministry", "office", "party",
        "police", "service", "union", "university",
    };

    /// <summary>
    /// The quote's claim: its speaker as author, its appearances (those of <paramref name="cluster"/>) earliest first.
    /// </summary>
    /// <param name="quote">The quote asked for.</param>
    /// <param name="cluster">The quote's cluster.</param>
    /// <param name="id">The claim's address.</param>
    /// <param name="topLevel">Whether the claim is a document of its own (with <c>@context</c>) rather than part of a review.</param>
    public static SchemaClaim Claim(Quote quote, QuoteCluster cluster, string id, bool topLevel = true)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(cluster);
        var appearances = cluster.Appearances.Select(a => Article(a.Article)).ToList();
        var stated = quote.Date is { Source: DateSource.Stated, Year: not null } date ? date.ToString() : null;
        return new SchemaClaim(
            topLevel ? SchemaContext : null,
            "Claim",
            id,
            // A quote cut where its attribution starts keeps the comma before it ("...arrive," she said).
            cluster.FirstAppearance.Text.TrimEnd(',', ';', ':', ' '),
            quote.Speaker is { } speaker ? Author(speaker) : null,
            stated ?? appearances[0].DatePublished,
            stated,
            appearances,
            appearances[0]);
    }

    /// <summary>The review as Google's fact-check markup wants it, about <paramref name="claim"/>.</summary>
    public static SchemaClaimReview ClaimReview(QuoteReview review, SchemaClaim claim)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(claim);
        var rating = review.Rating;
        return new SchemaClaimReview(
            "ClaimReview",
            review.Url.AbsoluteUri,
            claim.Text,
            new SchemaAgent("Organization", review.Organisation),
            new SchemaRating("Rating", rating.AlternateName, rating.RatingValue, rating.BestRating, rating.WorstRating),
            claim with { Context = null },
            review.DatePublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A person, with role and organisation when known; or an organisation, when the name has no capital (unnamed
    /// sources such as "officials") or contains an organisation word. The extractor does not record which it is.
    /// </summary>
    public static SchemaAgent Author(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var words = speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var organisation = speaker.Role is null
                           && (!char.IsUpper(speaker.Name[0]) || words.Any(w => OrganisationWords.Contains(w.Trim('.', ','))));
        return organisation
            ? new SchemaAgent("Organization", speaker.Name)
            : new SchemaAgent("Person", speaker.Name, speaker.Role,
                speaker.Organisation is { } affiliation ? new SchemaAgent("Organization", affiliation) : null);
    }

    private static SchemaNewsArticle Article(ArticleReference article) =>
        new("NewsArticle",
            article.Url?.AbsoluteUri,
            article.Title,
            article.Outlet is { } outlet ? new SchemaAgent("Organization", outlet) : null,
            article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
}
