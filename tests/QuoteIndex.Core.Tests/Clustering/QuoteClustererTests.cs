using QuoteIndex.Core.Clustering;

namespace QuoteIndex.Core.Tests.Clustering;

/// <summary>Which cluster a quote joins among verified candidates. The clusterer with a store is tested in the store conformance suite.</summary>
public class QuoteClustererTests
{
    private const string Wall =
        "The harbour wall will be rebuilt before the winter storms arrive, and every family in the old town will be safe.";

    private static readonly QuoteSignature WallSignature = QuoteSignature.Of(Wall);

    [Fact]
    public void BestCluster_CandidateWithOtherWords_IsNotJoinedWhateverKeyBroughtIt()
    {
        // As if a band key had collided: the store offers a quote that is not the same statement.
        var collision = Candidate("q_other", "c_other", "The ferry fares will stay frozen until the end of next year, the council has promised.");

        Assert.Null(QuoteClusterer.BestCluster("q_new", WallSignature, [collision]));
    }

    [Fact]
    public void BestCluster_TwoClustersMatch_JoinsTheMoreSimilarOne()
    {
        var oneWordOff = Candidate("q_a", "c_a", Wall.Replace("winter", "autumn", StringComparison.Ordinal));
        var twoWordsOff = Candidate("q_b", "c_b", Wall.Replace("winter", "autumn", StringComparison.Ordinal).Replace("safe", "dry", StringComparison.Ordinal));

        Assert.Equal("c_a", QuoteClusterer.BestCluster("q_new", WallSignature, [twoWordsOff, oneWordOff]));
        Assert.Equal("c_a", QuoteClusterer.BestCluster("q_new", WallSignature, [oneWordOff, twoWordsOff]));
    }

    [Fact]
    public void BestCluster_EqualSimilarity_PrefersTheQuotesOwnStoredCopy()
    {
        var own = Candidate("q_new", "c_z", Wall);
        var twin = Candidate("q_twin", "c_a", Wall);

        Assert.Equal("c_z", QuoteClusterer.BestCluster("q_new", WallSignature, [twin, own]));
    }

    [Fact]
    public void BestCluster_EqualSimilarityElsewhere_TakesTheSmallestClusterIdInAnyOrder()
    {
        var one = Candidate("q_1", "c_b", Wall);
        var other = Candidate("q_2", "c_a", Wall);

        Assert.Equal("c_a", QuoteClusterer.BestCluster("q_new", WallSignature, [one, other]));
        Assert.Equal("c_a", QuoteClusterer.BestCluster("q_new", WallSignature, [other, one]));
    }

    [Fact]
    public void BestCluster_NoCandidates_IsNull() => Assert.Null(QuoteClusterer.BestCluster("q_new", WallSignature, []));

    private static QuoteClusterer.Candidate Candidate(string quoteId, string clusterId, string text) =>
        new(quoteId, clusterId, QuoteSignature.Of(text));
}
