using QuoteIndex.Api.Claims;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Tests.Claims;

/// <summary>The schema.org documents built from a quote. People, outlets and statements are invented.</summary>
public sealed class ClaimDocumentsTests
{
    [Fact]
    public void Author_PersonWithRoleAndOrganisation_IsAPersonWithJobTitleAndAffiliation()
    {
        var author = ClaimDocuments.Author(new Speaker("Tomas Varga") { Role = "harbour master", Organisation = "Port Elling Harbour Authority" });

        Assert.Equal(new SchemaAgent("Person", "Tomas Varga", "harbour master", new SchemaAgent("Organization", "Port Elling Harbour Authority")), author);
    }

    [Theory]
    [InlineData("officials")]
    [InlineData("Calder City Council")]
    [InlineData("the Harbour Authority")]
    public void Author_UnnamedSourceOrBody_IsAnOrganization(string name)
    {
        Assert.Equal(new SchemaAgent("Organization", name), ClaimDocuments.Author(new Speaker(name)));
    }

    [Fact]
    public void ClaimReview_HasGooglesRequiredFieldsAndTheClaimWithoutItsOwnContext()
    {
        var article = new ArticleReference("a1", "Pier plans", "The Harbour Ledger", new Uri("https://ledger.example/pier"), new DateTimeOffset(2025, 4, 2, 8, 0, 0, TimeSpan.Zero));
        var quote = new Quote(article, "The pier reopens in May,", [new TextSpan(1, 25)], QuoteKind.Direct) { Speaker = new Speaker("Tomas Varga") };
        var claim = ClaimDocuments.Claim(quote, new QuoteCluster(quote.ClusterId, 1, [ClusterAppearance.Of(quote)]), "https://api.example/q");
        var review = new QuoteReview(quote.Id, new ReviewRating("Mostly false", 2), new Uri("https://checkers.example/pier"), "Harbour Fact Desk")
        {
            DatePublished = new DateOnly(2025, 4, 3),
        };

        var claimReview = ClaimDocuments.ClaimReview(review, claim);

        Assert.Equal("The pier reopens in May", claim.Text);
        Assert.Equal("https://schema.org", claim.Context);
        Assert.Equal("ClaimReview", claimReview.Type);
        Assert.Equal("The pier reopens in May", claimReview.ClaimReviewed);
        Assert.Equal("https://checkers.example/pier", claimReview.Url);
        Assert.Equal(new SchemaAgent("Organization", "Harbour Fact Desk"), claimReview.Author);
        Assert.Equal(new SchemaRating("Rating", "Mostly false", 2, 5, 1), claimReview.ReviewRating);
        Assert.Null(claimReview.ItemReviewed.Context);
        Assert.Equal("Claim", claimReview.ItemReviewed.Type);
        Assert.Equal("2025-04-03", claimReview.DatePublished);
    }
}
