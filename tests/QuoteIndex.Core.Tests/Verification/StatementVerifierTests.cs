using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using QuoteIndex.Core.Verification;

namespace QuoteIndex.Core.Tests.Verification;

public sealed class StatementVerifierTests
{
    [Fact]
    public void VerdictOf_NoMatch_IsNotFound() => Assert.Equal(Verdict.NotFound, StatementVerifier.VerdictOf([]));

    [Theory]
    [InlineData(MatchKind.Exact, Verdict.Attested)]
    [InlineData(MatchKind.Reworded, Verdict.AttestedWithDifferentWording)]
    [InlineData(MatchKind.Paraphrase, Verdict.AttestedWithDifferentWording)]
    public void VerdictOf_NoSpeakerNamed_FollowsTheBestMatchsKind(MatchKind kind, Verdict expected) =>
        Assert.Equal(expected, StatementVerifier.VerdictOf([Match(kind, bySpeaker: null), Match(MatchKind.Exact, bySpeaker: null)]));

    [Fact]
    public void VerdictOf_BestMatchByTheNamedSpeaker_IsAttested() =>
        Assert.Equal(Verdict.Attested, StatementVerifier.VerdictOf([Match(MatchKind.Exact, bySpeaker: true), Match(MatchKind.Exact, bySpeaker: false)]));

    [Fact]
    public void VerdictOf_BestMatchBySomeoneElse_SaysSo() =>
        Assert.Equal(Verdict.AttestedButSaidBySomeoneElse, StatementVerifier.VerdictOf([Match(MatchKind.Exact, bySpeaker: false)]));

    [Fact]
    public void VerdictOf_NamedSpeakerOnlyParaphrasesWhatSomeoneElseSaidExactly_IsSaidBySomeoneElse() =>
        Assert.Equal(
            Verdict.AttestedButSaidBySomeoneElse,
            StatementVerifier.VerdictOf([Match(MatchKind.Exact, bySpeaker: false), Match(MatchKind.Paraphrase, bySpeaker: true)]));

    [Fact]
    public void VerdictOf_NamedSpeakerMatchesAsWellAsSomeoneElse_IsAttestedForTheSpeaker() =>
        Assert.Equal(
            Verdict.AttestedWithDifferentWording,
            StatementVerifier.VerdictOf([Match(MatchKind.Reworded, bySpeaker: false, score: 0.9), Match(MatchKind.Reworded, bySpeaker: true, score: 0.8)]));

    [Theory]
    [InlineData(Verdict.NotFound, "not found in the index")]
    [InlineData(Verdict.Attested, "attested")]
    [InlineData(Verdict.AttestedWithDifferentWording, "attested with different wording")]
    [InlineData(Verdict.AttestedButSaidBySomeoneElse, "attested but said by someone else")]
    public void Summary_IsTheVerdictInWords(Verdict verdict, string expected) =>
        Assert.Equal(expected, new VerificationResult(verdict, []).Summary);

    private static VerifiedMatch Match(MatchKind kind, bool? bySpeaker, double score = 1)
    {
        var article = new ArticleReference("https://tidings.example/a", "Mill news", "The Marlow Tidings", null, null);
        var quote = new Quote(article, "The mill will reopen", [new TextSpan(0, 20)], QuoteKind.Direct);
        return new VerifiedMatch(quote, kind, score, bySpeaker, OnDate: null, 1, ClusterAppearance.Of(quote));
    }
}
