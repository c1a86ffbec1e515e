using QuoteIndex.Core.Verification;

namespace QuoteIndex.Core.Tests.Verification;

public sealed class StatementSimilarityTests
{
    [Fact]
    public void Compare_SameWordsOtherPunctuationAndCase_IsExactWithScoreOne()
    {
        var match = StatementSimilarity.Compare("\u201CThe lock gates won\u2019t open before May!\u201D", "the lock gates won't open before may");

        Assert.Equal(new StatementMatch(MatchKind.Exact, 1), match);
    }

    [Fact]
    public void Compare_StatementWordForWordInsideALongerQuote_IsExact()
    {
        // The words were said as given, even though the quote goes on with a "not" the statement lacks.
        var match = StatementSimilarity.Compare("the lock gates will open in May", "After the repairs, the lock gates will open in May, and not before.");

        Assert.Equal(MatchKind.Exact, match?.Type);
    }

    [Fact]
    public void Compare_ShortStatementInsideALongerQuote_IsNotAnExcerpt()
    {
        // Three words: "the gates open" would be "inside" countless quotes.
        var match = StatementSimilarity.Compare("gates open today", "The flood gates open today at noon in the lower harbour district near Carrow");

        Assert.NotEqual(MatchKind.Exact, match?.Type);
    }

    [Fact]
    public void Compare_SameWordsInAnotherOrder_IsRewordedBelowOne()
    {
        var match = StatementSimilarity.Compare(
            "Since March the harbour pilots have refused overtime work",
            "Our harbour pilots refused to work overtime since March");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Reworded, match.Type);
        Assert.Equal(StatementSimilarity.MaxInexactScore, match.Score);
    }

    [Fact]
    public void Compare_OneContentWordChangedInEight_IsReworded()
    {
        // Content words: ferry crossing Tollan will cost passengers twelve crowns more | … eleven …: 7 of 9 shared.
        var match = StatementSimilarity.Compare(
            "The ferry crossing to Tollan will cost passengers twelve crowns more",
            "The ferry crossing to Tollan will cost passengers eleven crowns more");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Reworded, match.Type);
        Assert.InRange(match.Score, StatementSimilarity.RewordedFloor, StatementSimilarity.MaxInexactScore);
    }

    [Fact]
    public void Compare_HalfTheContentWordsShared_IsAParaphrase()
    {
        // Statement content: council, approve, new, harbour, budget, quickly; quote: council, approve, harbour, budget, last, night.
        // 4 shared: Jaccard 4/8, held 4/6, score 0.583.
        var match = StatementSimilarity.Compare("The council approved the new harbour budget quickly", "The council approved the harbour budget last night");

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Paraphrase, match.Type);
        Assert.Equal((0.5 + (4 / 6.0)) / 2, match.Score, 6);
    }

    [Fact]
    public void Compare_OnlyStockWordsShared_IsNoMatch()
    {
        // Content: council, vote, budget, next, week | council, vote, harbour, plan, next, month: 3 shared, score 0.4875.
        Assert.Null(StatementSimilarity.Compare("The council will vote on the budget next week", "The council will vote on the harbour plan next month"));
    }

    [Theory]
    [InlineData("tolls bridges ferries canals", "tolls bridges ferries quays", MatchKind.Paraphrase, 0.675)] // Jaccard 3/5, held 3/4
    [InlineData("tolls bridges ferries canals", "quays canals ferries bridges tolls", MatchKind.Reworded, 0.9)] // Jaccard 4/5, held 1
    public void Compare_ScoreBetweenTheFloors_TypesByFloor(string statement, string quote, MatchKind kind, double score)
    {
        var match = StatementSimilarity.Compare(statement, quote);

        Assert.NotNull(match);
        Assert.Equal(kind, match.Type);
        Assert.Equal(score, match.Score, 9);
    }

    [Fact]
    public void Compare_ExactlyAtTheRewordedFloor_IsReworded()
    {
        // 2 of 2 statement words held, quote has 2 more... Jaccard 2/4 = 0.5, held 1: score 0.75 exactly.
        var match = StatementSimilarity.Compare("bridges tolls", "bridges tolls canals piers");

        Assert.Equal(new StatementMatch(MatchKind.Reworded, 0.75), match);
    }

    [Fact]
    public void Compare_JustBelowTheParaphraseFloor_IsNoMatch()
    {
        // 1 of 2 statement words held, quote 1 word: Jaccard 1/2, held 1/2: 0.5 < 0.55.
        Assert.Null(StatementSimilarity.Compare("bridges tolls", "bridges"));
    }

    [Fact]
    public void Compare_ExactlyAtTheParaphraseFloor_IsAParaphrase()
    {
        // 11 of 20 statement words held, quote exactly those 11: Jaccard 11/20, held 11/20: 0.55.
        var words = Enumerable.Range(0, 20).Select(i => "word" + (char)('a' + i)).ToArray();
        var match = StatementSimilarity.Compare(string.Join(' ', words), string.Join(' ', words.Take(11)));

        Assert.NotNull(match);
        Assert.Equal(MatchKind.Paraphrase, match.Type);
        Assert.Equal(StatementSimilarity.ParaphraseFloor, match.Score, 9);
    }

    [Theory]
    [InlineData("Unemployment in Carrow fell to 5 percent last year", "Unemployment in Carrow fell to 7 percent last year")]
    [InlineData("We will raise the ferry fares", "We will not raise the ferry fares")]
    [InlineData("The harbour will never close", "The harbour will close")]
    public void Compare_DifferentNumberOrNegation_IsNoMatch(string statement, string quote) =>
        Assert.Null(StatementSimilarity.Compare(statement, quote));

    [Fact]
    public void Compare_EmptyAfterNormalising_IsNoMatch() => Assert.Null(StatementSimilarity.Compare("?!", "?!"));
}
