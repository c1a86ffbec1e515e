using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Quotes;

public class QuoteModelTests
{
    private static readonly ArticleReference Source = new("https://example.test/a", "Title", "The Courier", null, null);

    [Fact]
    public void Id_SameArticleAndWords_IsStableAcrossQuoteMarksAndSpacing()
    {
        var straight = new Quote(Source, "We will not  back down.", [new TextSpan(0, 22)], QuoteKind.Direct);
        var curly = new Quote(Source, "we will not back down", [new TextSpan(5, 26)], QuoteKind.Partial);

        Assert.Equal(straight.Id, curly.Id);
    }

    [Fact]
    public void Id_OtherArticle_Differs()
    {
        var here = new Quote(Source, "We will not back down.", [new TextSpan(0, 22)], QuoteKind.Direct);
        var there = new Quote(Source with { Id = "https://example.test/b" }, "We will not back down.", [new TextSpan(0, 22)], QuoteKind.Direct);

        Assert.NotEqual(here.Id, there.Id);
    }

    [Fact]
    public void Constructor_NoSpans_Throws() =>
        Assert.Throws<ArgumentException>(() => new Quote(Source, "words", [], QuoteKind.Direct));

    [Fact]
    public void Constructor_OverlappingSpans_Throws() =>
        Assert.Throws<ArgumentException>(() => new Quote(Source, "words", [new TextSpan(0, 10), new TextSpan(5, 12)], QuoteKind.Direct));

    [Fact]
    public void Constructor_BlankText_Throws() =>
        Assert.Throws<ArgumentException>(() => new Quote(Source, "  ", [new TextSpan(0, 2)], QuoteKind.Direct));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void Confidence_OutsideZeroToOne_Throws(double confidence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quote(Source, "words", [new TextSpan(0, 5)], QuoteKind.Direct) { Confidence = confidence });

    [Fact]
    public void TextSpan_EndBeforeStart_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));

    [Theory]
    [InlineData("Antony Blinken", "antony-blinken")]
    [InlineData("  ANTONY   BLINKEN ", "antony-blinken")]
    [InlineData("José de la Cruz", "jose-de-la-cruz")]
    [InlineData("J. Okonkwo", "j-okonkwo")]
    [InlineData("Elena Vasquez-Moreau", "elena-vasquez-moreau")]
    [InlineData("Martin Luther King Jr.", "martin-luther-king-jr")]
    [InlineData("Ana  O'Neill -", "ana-o-neill")]
    public void SpeakerKey_FoldsCaseAccentsAndPunctuation(string name, string key) => Assert.Equal(key, Speaker.KeyFor(name));

    [Fact]
    public void SpeakerKey_OfAVeryLongName_IsBuiltTheSameWay()
    {
        // Longer than the stack buffer the key is built in: the pooled buffer must give the same key.
        var name = string.Join(" ", Enumerable.Repeat("Ottilie Marsh-Renwick.", 40));
        var key = string.Join("-", Enumerable.Repeat("ottilie-marsh-renwick", 40));
        Assert.Equal(key, Speaker.KeyFor(name));
    }

    [Fact]
    public void Json_RoundTripsEveryField()
    {
        var quote = new Quote(Source with { Published = new DateTimeOffset(2025, 3, 4, 10, 0, 0, TimeSpan.Zero), Url = new Uri("https://example.test/a") },
            "It is a reckless gamble.", [new TextSpan(10, 20), new TextSpan(30, 44)], QuoteKind.Direct)
        {
            Speaker = new Speaker("Elena Vasquez-Moreau", new TextSpan(2, 8)) { Role = "Harbour Minister", Organisation = "Calder government", Aliases = ["Vasquez-Moreau"] },
            Cue = new Cue("said", new TextSpan(22, 26)),
            Venue = new Venue("press conference in Calder", VenueType.PressConference),
            Date = new StatementDate(new DateOnly(2025, 3, 3), DateSource.Stated, "on Monday"),
            Context = "\"It is a reckless gamble,\" she said.",
            Confidence = 0.87,
        };

        var copy = QuoteJson.Deserialize(QuoteJson.Serialize(quote));

        Assert.Equal(QuoteJson.Serialize(quote), QuoteJson.Serialize(copy));
        Assert.Equal(quote.Id, copy.Id);
        Assert.Equal("elena-vasquez-moreau", copy.Speaker!.Key);
        Assert.Equal(new TextSpan(30, 44), copy.Spans[1]);
        Assert.Equal(VenueType.PressConference, copy.Venue!.Type);
    }
}
