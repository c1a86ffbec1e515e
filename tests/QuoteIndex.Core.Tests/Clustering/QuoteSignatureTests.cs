using QuoteIndex.Core.Clustering;

namespace QuoteIndex.Core.Tests.Clustering;

/// <summary>When two quotes are one statement. Every statement here is invented.</summary>
public class QuoteSignatureTests
{
    // 15 words: the shortest quote for which one changed word must still match.
    private const string FerryPromise = "We will open the ferry terminal in March and keep every fare as it is";

    // 21 words.
    private const string HarbourWall =
        "The harbour wall will be rebuilt before the winter storms arrive, and every family in the old town will be safe.";

    [Fact]
    public void Matches_SameWordsInOtherQuoteMarksCaseAndSpacing_WithSimilarityOne()
    {
        var straight = QuoteSignature.Of($"\"{HarbourWall}\"");
        var curly = QuoteSignature.Of($"“{HarbourWall.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal)}”");

        Assert.Equal(1.0, straight.SimilarityTo(curly));
        Assert.True(straight.Matches(curly));
        Assert.Equal(straight.Keys, curly.Keys);
    }

    [Theory]
    [MemberData(nameof(EveryWordOfTheFerryPromise))]
    public void Matches_OneWordOfFifteenChanged_SharesABandKeyAndMatches(int position)
    {
        var words = FerryPromise.Split(' ');
        words[position] = "zebra";
        var original = QuoteSignature.Of(FerryPromise);
        var changed = QuoteSignature.Of(string.Join(' ', words));

        Assert.True(original.Matches(changed), $"similarity {original.SimilarityTo(changed)}");
        Assert.NotEmpty(BandKeys(original).Intersect(BandKeys(changed)));
    }

    public static TheoryData<int> EveryWordOfTheFerryPromise() => [.. Enumerable.Range(0, FerryPromise.Split(' ').Length)];

    [Fact]
    public void Matches_OneWordChangedInALongerQuote_IsCloserThanInAShortOne()
    {
        var wall = QuoteSignature.Of(HarbourWall);
        var autumn = QuoteSignature.Of(HarbourWall.Replace("winter", "autumn", StringComparison.Ordinal));

        Assert.True(wall.Matches(autumn));
        Assert.InRange(wall.SimilarityTo(autumn), 0.8, 0.85); // 18 of 22 word pairs shared
    }

    [Fact]
    public void Matches_WordAddedAndWordDropped_StillMatches()
    {
        var wall = QuoteSignature.Of(HarbourWall);
        var added = QuoteSignature.Of(HarbourWall.Replace("be rebuilt", "be fully rebuilt", StringComparison.Ordinal));
        var dropped = QuoteSignature.Of(HarbourWall.Replace(" old town", " town", StringComparison.Ordinal));

        Assert.True(wall.Matches(added));
        Assert.True(wall.Matches(dropped));
    }

    [Fact]
    public void Matches_DifferentStatementSharingCommonWords_DoesNotMatch()
    {
        var wall = QuoteSignature.Of(HarbourWall);
        var flooding = QuoteSignature.Of("We cannot afford another season of flooding in the old town, and every family here knows it.");

        Assert.False(wall.Matches(flooding));
        Assert.InRange(wall.SimilarityTo(flooding), 0.01, 0.3);
    }

    [Fact]
    public void Matches_SameSentenceWithOtherFigures_DoesNotMatch()
    {
        var march = QuoteSignature.Of("Ferry passenger numbers rose 1.9 percent in the four weeks to March 6, to 16,390 crossings a day");
        var april = QuoteSignature.Of("Ferry passenger numbers rose 0.1 percent in the four weeks to March 6, to 16,390 crossings a day");

        Assert.Equal(0, march.SimilarityTo(april));
        Assert.True(march.Matches(QuoteSignature.Of("Ferry passenger numbers rose 1.9 per cent in the four weeks to March 6, to 16,390 crossings a day")));
    }

    [Fact]
    public void Matches_SeveralWordsChanged_DoesNotMatch()
    {
        var promise = QuoteSignature.Of(FerryPromise);
        var other = QuoteSignature.Of("We will close the ferry terminal in March and raise every fare as it is");

        Assert.False(promise.Matches(other), $"similarity {promise.SimilarityTo(other)}");
    }

    [Theory]
    [InlineData("No comment.", "“No comment”")]
    [InlineData("We will win", "WE WILL WIN!")]
    public void Matches_ShortQuoteWithTheSameWords_Matches(string one, string other) =>
        Assert.True(QuoteSignature.Of(one).Matches(QuoteSignature.Of(other)));

    [Theory]
    [InlineData("We will win", "We will lose")]
    [InlineData("No comment", "No comment yet")]
    public void Matches_ShortQuoteWithOneWordChanged_DoesNotMatch(string one, string other) =>
        Assert.Equal(0, QuoteSignature.Of(one).SimilarityTo(QuoteSignature.Of(other)));

    [Fact]
    public void Keys_ShortQuote_AreTheExactKeyOnly()
    {
        var keys = QuoteSignature.Of("The pier reopens").Keys;

        Assert.Equal([Core.Quotes.QuoteText.ExactKey("The pier reopens")], keys);
    }

    [Fact]
    public void Keys_LongQuote_AreTheExactKeyThenOneKeyPerBand()
    {
        var keys = QuoteSignature.Of(FerryPromise).Keys;

        Assert.Equal(Core.Quotes.QuoteText.ExactKey(FerryPromise), keys[0]);
        Assert.Equal(MinHash.Bands, BandKeys(QuoteSignature.Of(FerryPromise)).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Keys_TextOfPunctuationOnly_AreNoneAndMatchNothing()
    {
        var dash = QuoteSignature.Of("—");

        Assert.Empty(dash.Keys);
        Assert.False(dash.Matches(QuoteSignature.Of("…")));
    }

    private static IEnumerable<string> BandKeys(QuoteSignature signature) => signature.Keys.Skip(1);
}
