using System.Diagnostics;
using System.Text;
using QuoteIndex.Core.Extraction;
using QuoteIndex.Core.Extraction.Occasions;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>Hostile input: every pattern matches everywhere, and nothing ends a sentence. Resolution must stay linear.</summary>
public class OccasionResolverAdversarialTests
{
    /// <summary>A linear pass takes well under a second, a quadratic one over its 200,000 words minutes; 5 s was overrun at load 20.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    /// <summary>A statement every 500 characters: many statements in one endless sentence.</summary>
    private const int SiteCount = 2_000;

    [Fact]
    public void Resolve_OneMegabyteOfVenueAndDayPhrases_FinishesQuickly()
    {
        var text = Repeat("on Tuesday at the rally in ", 1_000_000);
        AssertQuick(text);
    }

    [Fact]
    public void Resolve_OneMegabyteWithoutPunctuation_FinishesQuickly()
    {
        var text = Repeat("Ada Quill said at a town hall in Lowmere Ohio told The Harbour Gazette in an interview with Valley Radio yesterday ", 1_000_000);
        AssertQuick(text);
    }

    private static void AssertQuick(string text)
    {
        var sites = new List<StatementSite>();
        for (var at = 0; at + 40 < text.Length; at += text.Length / SiteCount)
        {
            var start = text.IndexOf(' ', at) + 1;
            sites.Add(new StatementSite(QuoteKind.Indirect, [new TextSpan(start, start + 20)], new TextSpan(start + 21, start + 27), null, "Ada Quill"));
        }

        var watch = Stopwatch.StartNew();
        var occasions = OccasionResolver.Resolve(TextLayout.Of(text), DateTimeOffset.UnixEpoch.AddDays(19_000), sites);
        watch.Stop();

        Assert.Equal(sites.Count, occasions.Count);
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
            builder.Append(unit);
        return builder.ToString();
    }
}
