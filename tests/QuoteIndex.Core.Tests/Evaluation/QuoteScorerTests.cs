using QuoteIndex.Core.Evaluation;

namespace QuoteIndex.Core.Tests.Evaluation;

/// <summary>
/// The rules of shared/eval/score.py on small invented cases; offsets are into an imagined article, and names
/// are invented. Agreement with score.py itself, on real files, is in ScorePyAgreementTests.
/// </summary>
public class QuoteScorerTests
{
    // --- matching rules -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0, 50, true, false, false)]   // covers half the gold
    [InlineData(0, 30, false, false, false)]  // exactly 0.3 is not above 0.3
    [InlineData(0, 31, true, false, false)]
    [InlineData(0, 80, true, false, false)]   // exactly 0.8 is not above 0.8
    [InlineData(0, 81, true, true, true)]     // coverage and overlap 0.81
    [InlineData(0, 200, true, true, false)]   // covers the gold, but overlap is only 0.5
    [InlineData(100, 150, false, false, false)] // no shared character
    public void Score_OnePrediction_PairsUnderTheRulesItsCoverageAndOverlapMeet(int start, int end, bool lenient, bool strict, bool tight)
    {
        var report = Score([Gold(0, 100)], [Predicted(start, end)]);

        Assert.Equal(lenient ? 1 : 0, All(report, MatchRule.Lenient).Found);
        Assert.Equal(strict ? 1 : 0, All(report, MatchRule.Strict).Found);
        Assert.Equal(tight ? 1 : 0, All(report, MatchRule.Tight).Found);
    }

    [Fact]
    public void Score_DiscontinuousGold_CoverageCountsOnlyItsContentSpans()
    {
        // "We will rebuild," she said, "before winter.": the cue between the two parts is not quote content.
        var gold = new GoldAttribution { Kind = "direct", Content = [new GoldSpan(0, 40), new GoldSpan(60, 100)] };

        var report = Score([gold], [Predicted(0, 100)]);

        Assert.Equal(1, All(report, MatchRule.Strict).Found);   // coverage 80/80
        Assert.Equal(0, All(report, MatchRule.Tight).Found);    // overlap 80/100 is not above 0.8
    }

    [Fact]
    public void Score_LongPredictionOverShortGold_DoesNotTakeItFromACloserPrediction()
    {
        // A short gold quote [10, 20) and a long one [25, 100); one prediction spans both, one fits the short one.
        var report = Score([Gold(10, 20), Gold(25, 100)], [Predicted(0, 100), Predicted(10, 21)]);

        var all = All(report, MatchRule.Lenient);
        Assert.Equal(2, all.Found);
        Assert.Equal(100.0, all.Precision);
    }

    [Fact]
    public void Score_TwoPredictionsOfOneQuote_PairOnlyOne()
    {
        var report = Score([Gold(0, 100)], [Predicted(0, 100), Predicted(0, 90)]);

        var all = All(report, MatchRule.Lenient);
        Assert.Equal((1, 2, 50.0, 100.0), (all.Found, all.Predicted, all.Precision, all.Recall));
    }

    [Fact]
    public void Score_EqualFit_GoesToTheLaterGoldAsPythonsReverseSortDoes()
    {
        // One prediction [0, 20) fits gold [0, 10) and gold [10, 20) equally; score.py sorts (overlap, coverage, gold, pred) descending.
        var gold = new[] { Gold(0, 10) with { Kind = "direct" }, Gold(10, 20) with { Kind = "mixed" } };

        var report = Score(gold, [Predicted(0, 20)]);

        Assert.Equal(0, Tier(report, MatchRule.Lenient, TierScore.Direct).Found);
        Assert.Equal(1, Tier(report, MatchRule.Lenient, TierScore.Quoted).Found);
    }

    // --- tiers ----------------------------------------------------------------------------------------------

    [Fact]
    public void Score_GoldTiers_CountDirectQuotedSpeechIndirectAndAll()
    {
        GoldAttribution[] gold =
        [
            Gold(0, 10) with { Kind = "direct" },
            Gold(10, 20) with { Kind = "partial" },
            Gold(20, 30) with { Kind = "mixed" },
            Gold(30, 40) with { Kind = "indirect", Cue = [new GoldSpan(41, 47, "warned")] },
            Gold(50, 60) with { Kind = "indirect", Cue = [new GoldSpan(61, 73, "According to")] },
            Gold(80, 90) with { Kind = "indirect", Cue = [new GoldSpan(91, 97, "thinks")] },
            Gold(100, 110) with { Kind = "headline" },
        ];

        var report = Score(gold, []);

        Assert.Equal([2, 3, 2, 7], report[MatchRule.Lenient].Tiers.Select(t => t.Gold));
    }

    [Fact]
    public void Score_Predictions_CountTowardQuotedOrIndirectPrecisionByKindOrQuoteMarks()
    {
        PredictedQuote[] predictions =
        [
            Predicted(0, 10) with { Kind = "direct" },
            Predicted(20, 30) with { Kind = null, Text = "\u201CWe will not back down,\u201D she said" },
            Predicted(40, 50) with { Kind = "indirect", Text = "the bridge would open in spring" },
        ];

        var report = Score([Gold(0, 10), Gold(40, 50) with { Kind = "indirect", Cue = [new GoldSpan(51, 55, "said")] }], predictions);

        var quoted = Tier(report, MatchRule.Lenient, TierScore.Quoted);
        var speech = Tier(report, MatchRule.Lenient, TierScore.SpeechIndirect);
        Assert.Equal((2, 50.0), (quoted.Predicted, quoted.Precision));
        Assert.Equal((1, 100.0, 100.0), (speech.Predicted, speech.Precision, speech.Recall));
        Assert.Equal(3, All(report, MatchRule.Lenient).Predicted);
    }

    [Theory]
    [InlineData("warned", "warn")]
    [InlineData("denies", "deny")]
    [InlineData("tweeting", "tweet")]
    [InlineData("Noted", "note")]
    [InlineData("said", "say")]
    [InlineData("told", "tell")]
    [InlineData("thinks", "thinks")]   // not a speech verb: only lowered
    public void Lemma_SpeechVerbForms_LeadToTheListedVerb(string word, string lemma) => Assert.Equal(lemma, GoldTiers.Lemma(word));

    // --- speakers and cues ----------------------------------------------------------------------------------

    [Fact]
    public void Score_SpeakerMentionOverlappingTheGoldSource_IsRight()
    {
        var gold = Gold(20, 60) with { Source = [new GoldSpan(0, 10, "Ana Petrov")] };

        var report = Score([gold], [Predicted(20, 60) with { Speaker = new PredictedSpeaker("someone else", 4, 10) }]);

        Assert.Equal(100.0, report[MatchRule.Lenient].SpeakerAccuracy);
        Assert.Equal(100.0, report[MatchRule.Lenient].NamedSpeakerAccuracy);
    }

    [Theory]
    [InlineData("Ana Petrov", "Dr. Ana Petrov", true)]    // shares "petrov"
    [InlineData("Ana Petrov", "Hal Brannigan", false)]
    [InlineData("she", "She", false)]                     // a pronoun is no shared name
    [InlineData("the harbour master", "Harbour Board", true)]
    public void Score_SpeakerNameElsewhere_IsRightWhenItSharesAWordWithTheSource(string source, string name, bool right)
    {
        var gold = Gold(20, 60) with { Source = [new GoldSpan(0, source.Length, source)] };

        var report = Score([gold], [Predicted(20, 60) with { Speaker = new PredictedSpeaker(name, 70, 75) }]);

        Assert.Equal(right ? 100.0 : 0.0, report[MatchRule.Lenient].SpeakerAccuracy);
    }

    [Fact]
    public void Score_ResolvedGoldSpeaker_ComparesNamesNotMentions()
    {
        // The seed resolves "he" to the person: the predicted mention sits on the gold source but names someone else.
        var gold = Gold(20, 60) with { Source = [new GoldSpan(0, 2, "He")], Speaker = "Ana Petrov" };

        var wrongName = Score([gold], [Predicted(20, 60) with { Speaker = new PredictedSpeaker("Hal Brannigan", 0, 2) }]);
        var rightName = Score([gold], [Predicted(20, 60) with { Speaker = new PredictedSpeaker("Petrov", null, null) }]);

        Assert.Equal(0.0, wrongName[MatchRule.Lenient].SpeakerAccuracy);
        Assert.Equal(100.0, rightName[MatchRule.Lenient].SpeakerAccuracy);
        Assert.Null(rightName[MatchRule.Lenient].NamedSpeakerAccuracy);   // "He" is not a named source
    }

    [Fact]
    public void Score_GoldWithoutSource_IsNotJudgedForSpeaker()
    {
        var report = Score([Gold(0, 10)], [Predicted(0, 10) with { Speaker = new PredictedSpeaker("Ana Petrov", 20, 30) }]);

        Assert.Null(report[MatchRule.Lenient].SpeakerAccuracy);
    }

    [Theory]
    [InlineData("Ana Petrov", true)]
    [InlineData("she", false)]
    [InlineData("The minister", false)]
    [InlineData("a spokesperson", false)]
    [InlineData("Officials", true)]
    public void Score_NamedSpeakerAccuracy_OnlyCountsCapitalisedNonPronounSources(string source, bool named)
    {
        var gold = Gold(20, 60) with { Source = [new GoldSpan(0, source.Length, source)] };

        var report = Score([gold], [Predicted(20, 60) with { Speaker = new PredictedSpeaker(null, 0, 3) }]);

        Assert.Equal(100.0, report[MatchRule.Lenient].SpeakerAccuracy);
        Assert.Equal(named ? 100.0 : null, report[MatchRule.Lenient].NamedSpeakerAccuracy);
    }

    [Fact]
    public void Score_Cue_IsRightWhenItOverlapsTheGoldCueAndJudgedOnlyWhenBothHaveOne()
    {
        var gold = Gold(20, 60) with { Cue = [new GoldSpan(10, 14, "said")] };

        var overlapping = Score([gold], [Predicted(20, 60) with { Cue = new PredictedCue(12, 18) }]);
        var elsewhere = Score([gold], [Predicted(20, 60) with { Cue = new PredictedCue(62, 66) }]);
        var none = Score([gold], [Predicted(20, 60)]);

        Assert.Equal(100.0, overlapping[MatchRule.Lenient].CueAccuracy);
        Assert.Equal(0.0, elsewhere[MatchRule.Lenient].CueAccuracy);
        Assert.Null(none[MatchRule.Lenient].CueAccuracy);
    }

    // --- venues and dates -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("rally in Selma, N.C.", "Selma rally", true)]     // 2 of the 4 content words rally, selma, n, c
    [InlineData("rally in Selma, N.C.", "a rally", false)]        // 1 of 4
    [InlineData("interview on CNN", "CNN interview", true)]
    [InlineData("Twitter", "twitter", true)]
    [InlineData(null, null, true)]
    [InlineData(null, "Twitter", false)]
    [InlineData("Twitter", null, false)]
    public void Score_Venue_IsRightWhenItNamesHalfTheGoldContentWordsOrBothAreAbsent(string? gold, string? predicted, bool right)
    {
        var report = Score([Gold(0, 10) with { AnnotatesVenue = true, Venue = gold }], [Predicted(0, 10) with { Venue = predicted }]);

        var card = report[MatchRule.Lenient];
        Assert.Equal(right ? 100.0 : 0.0, card.VenueAccuracy);
        Assert.Equal(gold is null ? new Tally(0, 0) : new Tally(right ? 1 : 0, 1), card.StatedVenuesFound);
    }

    [Fact]
    public void Score_GoldWithoutVenueOrDateFields_LeavesThoseFiguresOut()
    {
        var card = Score([Gold(0, 10)], [Predicted(0, 10) with { Venue = "Twitter", Date = "2016-10-03" }])[MatchRule.Lenient];

        Assert.Null(card.VenueAccuracy);
        Assert.Null(card.StatedVenuesFound);
        Assert.Null(card.DateAccuracy);
        Assert.Null(card.StatedDatesFound);
    }

    [Theory]
    [InlineData("2016-10-03", "2016-10-03", "stated", true)]
    [InlineData("2016-10-03", "2016-10-03T14:00:00Z", "stated", true)]   // the day is what counts
    [InlineData("2016-10-03", "2016-10-02", "stated", false)]
    [InlineData("--09-24", "2024-09-24", "stated", true)]                // no year in the gold: any year
    [InlineData("--09-24", "1999-09-24", "stated", true)]
    [InlineData("--09-24", "2024-09-25", "stated", false)]
    [InlineData("--09-24", "--09-24", "stated", true)]
    [InlineData("2016-10-03", "2016-10-03", "published", true)]          // a gold date: the published date may be right
    [InlineData(null, "2016-10-03", "published", true)]                  // no gold date: the published date claims nothing
    [InlineData(null, "2016-10-03", "stated", false)]
    [InlineData(null, null, null, true)]
    [InlineData("2016-10-03", null, null, false)]
    public void Score_Date_IsRightOnTheSameDayOrWhenBothAreAbsent(string? gold, string? predicted, string? source, bool right)
    {
        var report = Score(
            [Gold(0, 10) with { AnnotatesDate = true, Date = gold }],
            [Predicted(0, 10) with { Date = predicted, DateSource = source }]);

        var card = report[MatchRule.Lenient];
        Assert.Equal(right ? 100.0 : 0.0, card.DateAccuracy);
        Assert.Equal(gold is null ? new Tally(0, 0) : new Tally(right ? 1 : 0, 1), card.StatedDatesFound);
    }

    // --- articles, counting and rounding --------------------------------------------------------------------

    [Fact]
    public void Score_ArticlesWithoutPredictionAndPredictionsOutsideTheGold_AreCountedAndIgnored()
    {
        var report = QuoteScorer.Score(
            [new GoldArticle("a1", [Gold(0, 10)]), new GoldArticle("a2", [Gold(0, 10)])],
            [new PredictedArticle("a1", [Predicted(0, 10)]), new PredictedArticle("elsewhere", [Predicted(0, 10)])]);

        Assert.Equal((2, 1), (report.Articles, report.ArticlesWithoutPrediction));
        var all = All(report, MatchRule.Lenient);
        Assert.Equal((2, 1, 1), (all.Gold, all.Found, all.Predicted));
    }

    [Fact]
    public void Score_QuotesWithoutContent_AreNotCountedOnEitherSide()
    {
        var emptyGold = new GoldAttribution { Kind = "direct" };
        PredictedQuote[] predictions = [Predicted(0, 10), Predicted(5, 5), new PredictedQuote { Kind = "direct", Text = "no offsets" }];

        var all = All(Score([Gold(0, 10), emptyGold], predictions), MatchRule.Lenient);

        Assert.Equal((1, 1, 1), (all.Gold, all.Found, all.Predicted));
    }

    [Fact]
    public void Score_RepeatedArticleId_KeepsTheLastLine()
    {
        var report = QuoteScorer.Score(
            [new GoldArticle("a1", [Gold(0, 10)]), new GoldArticle("a1", [Gold(0, 10), Gold(20, 30)])],
            [new PredictedArticle("a1", [Predicted(0, 10)]), new PredictedArticle("a1", [Predicted(20, 30)])]);

        var all = All(report, MatchRule.Lenient);
        Assert.Equal((1, 2, 1, 1), (report.Articles, all.Gold, all.Found, all.Predicted));
    }

    [Fact]
    public void Score_PrecisionRecallAndF1_ArePercentagesToOneDecimal()
    {
        var report = Score([Gold(0, 10), Gold(20, 30), Gold(40, 50)], [Predicted(0, 10), Predicted(20, 30), Predicted(60, 70)]);

        var all = All(report, MatchRule.Lenient);
        Assert.Equal((66.7, 66.7, 66.7), (all.Precision, all.Recall, all.F1));
    }

    [Theory]
    [InlineData(66.666666, 66.7)]
    [InlineData(12.25, 12.2)]    // an exact tie goes to the even tenth
    [InlineData(83.75, 83.8)]
    [InlineData(0.15, 0.1)]      // 0.15 is a little below 0.15 in binary; scaling by ten first would give 0.2
    [InlineData(66.65, 66.7)]    // and this a little above: 66.6 by scaling first
    [InlineData(100.0, 100.0)]
    [InlineData(0.0, 0.0)]
    public void RoundToTenths_RoundsTheExactBinaryValueAsPythonsRoundDoes(double value, double rounded) =>
        Assert.Equal(rounded, PythonText.RoundToTenths(value));

    [Fact]
    public void Lower_DottedCapitalI_LowersToIAndACombiningDotAsInPython()
    {
        // Python: "İpek".lower() == "i\u0307pek", so the only word of three letters is "pek".
        var report = Score([Gold(0, 10) with { Speaker = "\u0130pek Demir" }], [Predicted(0, 10) with { Speaker = new PredictedSpeaker("Ipek Yilmaz", null, null) }]);

        Assert.Equal(0.0, report[MatchRule.Lenient].SpeakerAccuracy);
    }

    // --- reading the files ----------------------------------------------------------------------------------

    [Fact]
    public void GoldArticleParse_VenueNullOrMissing_TellsApartNoVenueFromNotAnnotated()
    {
        var article = GoldArticle.Parse("""
            {"doc_id": "a7", "text": "...", "attributions": [
              {"kind": "direct", "content": [{"start": 1, "end": 9, "text": "We build"}], "venue": null, "date": "--03-04"},
              {"quote_kind_derived": "mixed", "content": [{"start": 12, "end": 20}], "cue": [], "source": null}]}
            """);

        Assert.Equal("a7", article.Id);
        var (first, second) = (article.Attributions[0], article.Attributions[1]);
        Assert.Equal((true, null, true, "--03-04"), (first.AnnotatesVenue, first.Venue, first.AnnotatesDate, first.Date));
        Assert.Equal(("mixed", false, false), (second.Kind, second.AnnotatesVenue, second.AnnotatesDate));
        Assert.Empty(second.Cue);
        Assert.Equal("", second.Content[0].Text);
    }

    [Fact]
    public void PredictedArticleParse_EmptyObjectsAndEmptyStrings_CountAsAbsent()
    {
        var article = PredictedArticle.Parse("""
            {"id": "a7", "quotes": [{"start": 1, "end": 9, "text": "We build", "kind": 3, "speaker": {}, "cue": {}, "venue": "", "date": "2016-10-03", "dateSource": "published"}]}
            """);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal((1, 9, null, null, null, null), (quote.Start, quote.End, quote.Kind, quote.Speaker, quote.Cue, quote.Venue));
        Assert.Equal(("2016-10-03", "published"), (quote.Date, quote.DateSource));
    }

    [Theory]
    [InlineData("{\"id\": \"a1\", \"attributions\": [", "malformed JSON")]
    [InlineData("[1, 2]", "expected a JSON object")]
    [InlineData("{\"attributions\": []}", "the record has no \"id\" (or \"doc_id\")")]
    [InlineData("{\"id\": \"a1\", \"attributions\": [{\"content\": [{\"start\": 1.5, \"end\": 4}]}]}", "attributions[0].content[0].start must be an integer")]
    [InlineData("{\"id\": \"a1\", \"attributions\": [{\"venue\": 4}]}", "attributions[0].venue must be a string")]
    public void GoldArticleParse_UnusableLine_ThrowsFormatExceptionSayingWhy(string line, string problem)
    {
        var e = Assert.Throws<FormatException>(() => GoldArticle.Parse(line));

        Assert.StartsWith(problem, e.Message, StringComparison.Ordinal);
    }

    private static GoldAttribution Gold(int start, int end) => new() { Kind = "direct", Content = [new GoldSpan(start, end)] };

    private static PredictedQuote Predicted(int start, int end) => new() { Start = start, End = end, Text = "words", Kind = "direct" };

    private static ScoreReport Score(GoldAttribution[] gold, PredictedQuote[] predicted) =>
        QuoteScorer.Score([new GoldArticle("a1", gold)], [new PredictedArticle("a1", predicted)]);

    private static TierScore Tier(ScoreReport report, MatchRule rule, string name) => report[rule].Tiers.Single(t => t.Name == name);

    private static TierScore All(ScoreReport report, MatchRule rule) => Tier(report, rule, TierScore.All);
}
