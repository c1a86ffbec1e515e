using QuoteIndex.Core.Extraction.Occasions;
using QuoteIndex.Core.Quotes;
using Xunit.Abstractions;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>
/// The rules on text they were not tuned on: the 840 PolNeAR train articles (shared/eval/polnear/train.jsonl), with every
/// attribution as a site, beliefs and reports included. There is no venue gold here; the test guards against rules that
/// fire wildly: too many venues or days, rambling venue names, days after publication.
/// </summary>
public class OccasionResolverTrainSanityTests(ITestOutputHelper output)
{
    [Fact]
    public void Resolve_TrainArticles_StaysWithinSaneBounds()
    {
        int sites = 0, venues = 0, stated = 0, future = 0, longest = 0;
        foreach (var article in GoldArticles.Read(SharedData.Path("eval", "polnear", "train.jsonl"), annotatedOnly: false))
        {
            var occasions = OccasionResolver.Resolve(article.Layout, article.Published, [.. article.Statements.Select(s => s.Site)]);
            var published = article.Published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
            foreach (var occasion in occasions)
            {
                sites++;
                if (occasion.Venue is { } venue)
                {
                    venues++;
                    longest = Math.Max(longest, venue.Name.Length);
                }

                if (occasion.Date is { Source: DateSource.Stated } date)
                {
                    stated++;
                    Assert.False(string.IsNullOrWhiteSpace(date.Basis));
                    if (published is { } day && date.Date > day)
                        future++;
                }
            }
        }

        output.WriteLine($"{sites} sites: venue {100.0 * venues / sites:F1}%, stated date {100.0 * stated / sites:F1}%, longest venue {longest} chars, days after publication {future}");
        Assert.True(sites > 15_000);
        Assert.InRange(100.0 * venues / sites, 10, 40);
        Assert.InRange(100.0 * stated / sites, 5, 30);
        Assert.InRange(longest, 1, 140);
        Assert.Equal(0, future);
    }
}
