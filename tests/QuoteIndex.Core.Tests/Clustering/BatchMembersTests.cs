using QuoteIndex.Core.Clustering;

namespace QuoteIndex.Core.Tests.Clustering;

/// <summary>The earlier quotes of a batch, found by key. Every statement here is invented.</summary>
public class BatchMembersTests
{
    private const string Pier = "The new pier will take the larger ferries from the spring, and the fares will stay the same.";

    [Fact]
    public void Under_MemberSharingEveryKey_IsReturnedOnce()
    {
        var members = new BatchMembers();
        var pier = QuoteSignature.Of(Pier);
        members.Add(new QuoteClusterer.Candidate("q_1", "c_1", pier));

        var found = members.Under(pier.KeyHashes);

        Assert.Equal(["q_1"], found.Select(c => c.QuoteId));
    }

    [Fact]
    public void Under_KeyHeldByManyMembers_ReturnsTheFirstAddedUpToTheCap()
    {
        var members = new BatchMembers();
        var pier = QuoteSignature.Of(Pier);
        for (var i = 0; i < QuoteClusterer.BatchCandidatesPerKey + 5; i++)
            members.Add(new QuoteClusterer.Candidate($"q_{i:D2}", "c_1", pier));

        var found = members.Under(pier.KeyHashes);

        Assert.Equal(Enumerable.Range(0, QuoteClusterer.BatchCandidatesPerKey).Select(i => $"q_{i:D2}"), found.Select(c => c.QuoteId));
    }

    [Fact]
    public void Under_KeysNoMemberHolds_FindsNothing()
    {
        var members = new BatchMembers();
        members.Add(new QuoteClusterer.Candidate("q_1", "c_1", QuoteSignature.Of(Pier)));

        Assert.Empty(members.Under(QuoteSignature.Of("Nobody on the island saw the lights over the bay last night.").KeyHashes));
    }

    [Fact]
    public void Under_AfterClear_FindsOnlyTheMembersAddedSince()
    {
        var members = new BatchMembers();
        var pier = QuoteSignature.Of(Pier);
        for (var i = 0; i < QuoteClusterer.BatchCandidatesPerKey; i++)
            members.Add(new QuoteClusterer.Candidate($"old_{i}", "c_old", pier));

        members.Clear();
        members.Add(new QuoteClusterer.Candidate("new_1", "c_new", pier));

        Assert.Equal(["new_1"], members.Under(pier.KeyHashes).Select(c => c.QuoteId));
        Assert.True(members.IsWorthKeeping);
    }
}
