using QuoteIndex.Core.Extraction;
using QuoteIndex.Core.Extraction.Occasions;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>Sites as a faulty extractor might hand them over: anywhere, overlapping, out of order, without cue or speaker.</summary>
public class OccasionResolverRobustnessTests
{
    private const string Text =
        "Quill says the mill will reopen\n\n" +
        "LOWMERE, Ohio, March 9 (Wire) — Mayor Ada Quill said at a rally in Lowmere on Tuesday that the mill would reopen.\n\n" +
        "2:45 p.m.\n\n" +
        "\"We will hire 300 people,\" she added, according to a Harbour Gazette poll published on Monday.\n\n" +
        "Bram Osei told The Harbour Gazette in an interview that the plan was \"a fantasy.\" He said it yesterday, too.\n\n" +
        "The committee hearing ended; Sen. Ines Roldan, who spoke at the forum, said on Sept. 24, 2016, \"No.\"";

    [Fact]
    public void Resolve_RandomSites_AlwaysGivesOneOccasionPerSite()
    {
        var random = new Random(20240314);
        var layout = TextLayout.Of(Text);
        for (var round = 0; round < 300; round++)
        {
            var sites = new List<StatementSite>();
            for (var n = random.Next(0, 8); n > 0; n--)
            {
                sites.Add(new StatementSite(
                    (QuoteKind)random.Next(0, 4),
                    [Span(random), .. random.Next(2) == 0 ? [] : new[] { Span(random) }],
                    random.Next(3) == 0 ? null : Span(random),
                    random.Next(3) == 0 ? null : Span(random),
                    random.Next(3) == 0 ? null : random.Next(2) == 0 ? "Ada Quill" : "Bram Osei"));
            }

            DateTimeOffset? published = random.Next(3) == 0 ? null : new DateTimeOffset(2024, 3, 14, 12, 0, 0, TimeSpan.Zero);
            var occasions = OccasionResolver.Resolve(layout, published, sites);

            Assert.Equal(sites.Count, occasions.Count);
            Assert.All(occasions, o => Assert.True(o.Date is null || published is null || o.Date.Date is null || o.Date.Date <= DateOnly.FromDateTime(published.Value.Date)));
        }
    }

    private static TextSpan Span(Random random)
    {
        var start = random.Next(0, Text.Length);
        return new TextSpan(start, Math.Min(Text.Length, start + random.Next(0, 40)));
    }
}
