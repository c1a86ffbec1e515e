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

    [Theory]
    [InlineData("the pier and the pier and the pier will open in the spring", "the pier and the pier will open in the spring again")]
    [InlineData(HarbourWall, "The harbour wall will be rebuilt before the storms, and every family in the old town will be safe.")]
    public void SimilarityTo_IsTheJaccardSimilarityOfTheDistinctWordPairs(string one, string other)
    {
        static HashSet<string> Pairs(string text)
        {
            var words = Core.Quotes.QuoteText.Normalise(text).Split(' ');
            return [.. Enumerable.Range(0, words.Length - 1).Select(i => $"{words[i]} {words[i + 1]}")];
        }

        var (mine, theirs) = (Pairs(one), Pairs(other));
        var expected = mine.Intersect(theirs).Count() / (double)mine.Union(theirs).Count();

        Assert.Equal(expected, QuoteSignature.Of(one).SimilarityTo(QuoteSignature.Of(other)), 12);
        Assert.Equal(expected, QuoteSignature.ForComparison(other).SimilarityTo(QuoteSignature.Of(one)), 12);
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
    public void Keys_OfAKnownQuote_AreTheOnesIndexesAlreadyHold()
    {
        // Recorded from the scalar MinHash before its loop was vectorised: stored indexes are looked up by these keys.
        string[] recorded =
        [
            "c_a91c74d5a4381147f6c014828957acd2", "b00-3583a1f47a0599f7", "b01-374d72300cdc80f2", "b02-ef9b45d70d4512a0",
            "b03-2a52f35a251454d2", "b04-b22f3a452108fd08", "b05-7906b4536ef2df0a", "b06-f5419c025088df8a",
            "b07-dd02c401895fd15d", "b08-6971cb652fdfa76c", "b09-843f7e6ec81d3476", "b10-b7e69fdb67c26603",
            "b11-1ad54dbd13e71ec4", "b12-af37e22a6d9ea4cd", "b13-6b9a019a9186fcb0", "b14-254fe60689aba0fd",
            "b15-414af1e937ec9057", "b16-f2c47fd8adcd70cd", "b17-00cad3fdd9950a12", "b18-93e0f858b7894f94",
            "b19-c227678cbd578eed", "b20-020e7dbd99076041", "b21-e83f69f131df9fa0", "b22-9096062d8e09c9e9",
            "b23-074bf0578107625b", "b24-2eb2d6166ece6793", "b25-4ba4822a48ff2134", "b26-c85f3523faa8fda0",
            "b27-9c30e230556cfc07", "b28-f26552ab5142f477", "b29-e7feb3f252eab780", "b30-036cd52a80ea14bb",
            "b31-7fa2d7b10cc46176",
        ];

        var signature = QuoteSignature.Of(FerryPromise);

        Assert.Equal(recorded, signature.Keys);
        Assert.Equal(recorded.Select(QuoteSignature.KeyHash), signature.KeyHashes);
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
