using QuoteIndex.Core.Extraction.Occasions;
using Xunit.Abstractions;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>
/// The seed article (shared/eval/seed.jsonl, FORMAT.md): a headline and ten statements from one speech at a UN Security
/// Council meeting, named once in the second paragraph, in an article without a publication date.
/// </summary>
public class OccasionResolverSeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Resolve_SeedArticle_GetsEveryVenueAndDate()
    {
        var article = Assert.Single(GoldArticles.Read(SharedData.Path("eval", "seed.jsonl"), annotatedOnly: true));
        var occasions = OccasionResolver.Resolve(article.Layout, article.Published, [.. article.Statements.Select(s => s.Site)]);

        for (var i = 0; i < occasions.Count; i++)
        {
            var gold = article.Statements[i];
            output.WriteLine($"{gold.Id}: {occasions[i].Venue?.Name} / {occasions[i].Date} (gold {gold.Venue} / {gold.Date})");
            Assert.True(OccasionScore.VenueOk(gold.Venue, occasions[i].Venue?.Name), $"{gold.Id} venue {occasions[i].Venue?.Name}");
            Assert.True(OccasionScore.DateOk(gold.Date, occasions[i].Date?.ToString()), $"{gold.Id} date {occasions[i].Date}");
        }
    }
}
