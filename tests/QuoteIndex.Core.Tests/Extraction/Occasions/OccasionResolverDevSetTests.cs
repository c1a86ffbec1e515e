using QuoteIndex.Core.Extraction.Occasions;
using Xunit.Abstractions;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>
/// Venue and date quality on shared/eval/venue-date/dev.jsonl (20 PolNeAR dev articles, 355 annotated attributions),
/// scored with the rules of shared/eval/score.py. Sites are built from the gold content, cue and source spans and gold
/// speaker names, so the figures measure occasion resolution alone. The floors sit a little below the measured figures.
/// </summary>
public class OccasionResolverDevSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Resolve_DevSet_MeetsTheFloors()
    {
        var score = new OccasionScore();
        foreach (var article in GoldArticles.Read(SharedData.Path("eval", "venue-date", "dev.jsonl"), annotatedOnly: true))
        {
            var occasions = OccasionResolver.Resolve(article.Layout, article.Published, [.. article.Statements.Select(s => s.Site)]);
            var own = new OccasionScore();
            for (var i = 0; i < article.Statements.Count; i++)
            {
                var gold = article.Statements[i];
                var (venueOk, dateOk) = own.Add(gold, occasions[i]);
                score.Add(gold, occasions[i]);
                if (!venueOk || !dateOk)
                {
                    output.WriteLine($"  {article.Id[..Math.Min(30, article.Id.Length)]} {gold.Id}: venue {(venueOk ? "ok" : "MISS")} " +
                        $"gold=[{gold.Venue}] got=[{occasions[i].Venue?.Name}]; date {(dateOk ? "ok" : "MISS")} gold={gold.Date} got={occasions[i].Date} ({occasions[i].Date?.Source}, {occasions[i].Date?.Basis})");
                }
            }

            output.WriteLine($"{article.Id}: {own}");
        }

        output.WriteLine($"TOTAL: {score}");
        // Measured when the floors were set: venue 96.6%, date 96.3%, stated venues 249/256, stated dates 226/233.
        Assert.True(score.VenueAccuracy >= 95.0, score.ToString());
        Assert.True(score.DateAccuracy >= 95.0, score.ToString());
        Assert.True(score.StatedVenuesFound >= 0.95 * score.StatedVenues, score.ToString());
        Assert.True(score.StatedDatesFound >= 0.95 * score.StatedDates, score.ToString());
    }
}
