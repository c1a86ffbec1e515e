using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Speakers;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Core.Tests.Speakers;

public sealed class SpeakerProfileTests
{
    [Fact]
    public void WithEmptyMonths_GapsAcrossAYear_AreFilledWithZero()
    {
        var months = SpeakerProfile.WithEmptyMonths([new MonthCount(2023, 11, 2), new MonthCount(2024, 2, 5)]);

        Assert.Equal(
            [new MonthCount(2023, 11, 2), new MonthCount(2023, 12, 0), new MonthCount(2024, 1, 0), new MonthCount(2024, 2, 5)],
            months);
    }

    [Fact]
    public void WithEmptyMonths_None_IsEmpty() => Assert.Empty(SpeakerProfile.WithEmptyMonths([]));

    [Fact]
    public void From_NamesRolesAndAliases_ComeFromTheCountsAndTheSample()
    {
        Quote[] recent =
        [
            Said(new Speaker("Tessa Graves") { Role = "mayor", Organisation = "Fenwick council", Aliases = ["Graves"] }),
            Said(new Speaker("Tessa Graves") { Role = "mayor", Aliases = ["the mayor"] }),
            Said(new Speaker("TESSA GRAVES") { Role = "councillor", Organisation = "Fenwick council" }),
        ];
        var statistics = new SpeakerStatistics(
            "tessa-graves", [new ValueCount("Tessa Graves", 40), new ValueCount("TESSA GRAVES", 2)], 42, null, null, null, null,
            [.. Enumerable.Range(0, 12).Select(i => new ValueCount($"Outlet {i:D2}", 12 - i))], [], [], 0, recent);

        var profile = SpeakerProfile.From(statistics);

        Assert.Equal("Tessa Graves", profile.Name);
        Assert.Equal(["TESSA GRAVES", "Graves", "the mayor"], profile.Aliases);
        Assert.Equal([new ValueCount("mayor", 2), new ValueCount("councillor", 1)], profile.Roles);
        Assert.Equal([new ValueCount("Fenwick council", 2)], profile.Organisations);
        Assert.Equal(SpeakerProfile.TopCount, profile.TopOutlets.Count);
        Assert.Equal("Outlet 00", profile.TopOutlets[0].Value);
        Assert.Equal(3, profile.SampledQuotes);
        Assert.Equal(42, profile.QuoteCount);
    }

    private static Quote Said(Speaker speaker)
    {
        var article = new ArticleReference($"https://tidings.example/{Guid.NewGuid():N}", "Council news", "The Marlow Tidings", null, null);
        return new Quote(article, "The mill will reopen", [new TextSpan(0, 20)], QuoteKind.Direct) { Speaker = speaker };
    }
}
