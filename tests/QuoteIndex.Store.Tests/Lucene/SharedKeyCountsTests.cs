using QuoteIndex.Store.Lucene;

namespace QuoteIndex.Store.Tests.Lucene;

/// <summary>The stored documents each quote of a batch shares cluster keys with, counted from each key's postings.</summary>
public sealed class SharedKeyCountsTests
{
    [Fact]
    public void Add_CountsEachDocumentForEveryQuoteWithTheKey_InTheOrderAdded()
    {
        var shared = new SharedKeyCounts([[11, 3], [7], [3, 7]]);
        Assert.Equal([3UL, 7, 11], shared.Hashes.ToArray());

        shared.Add(0, [5, 9]);
        shared.Add(2, [9]);
        shared.Add(0, [1]);

        Assert.Equal([5, 9, 1], shared.Of(0).Keys);
        Assert.Equal([1, 2, 1], shared.Of(0).Values);
        Assert.Empty(shared.Of(1));
        Assert.Equal([5, 9, 1], shared.Of(2).Keys);
        Assert.Equal([1, 1, 1], shared.Of(2).Values);
        Assert.Equal(3, shared.Count(0));
        Assert.Equal(0, shared.Count(1));
    }

    [Fact]
    public void Add_PastTheCap_KeepsTheFirstDocuments()
    {
        var shared = new SharedKeyCounts([[42]]);
        shared.Add(0, [.. Enumerable.Range(0, LuceneQuoteStore.PostingsPerKey - 1)]);
        shared.Add(0, [100, 101, 102]);
        shared.Add(0, [103]);

        Assert.Equal(LuceneQuoteStore.PostingsPerKey, shared.Count(0));
        Assert.Equal([.. Enumerable.Range(0, LuceneQuoteStore.PostingsPerKey - 1), 100], shared.Of(0).Keys);
    }

    [Fact]
    public void Add_TheSameDocumentUnderManyKeys_CountsOneEntryWithEachKey()
    {
        ulong[] keys = [.. Enumerable.Range(0, 33).Select(k => (ulong)k * 10)];
        var shared = new SharedKeyCounts([keys, keys[..5]]);
        for (var key = 0; key < keys.Length; key++)
            shared.Add(key, [.. Enumerable.Range(1_000, 20)]);

        Assert.Equal(Enumerable.Range(1_000, 20), shared.Of(0).Keys);
        Assert.All(shared.Of(0).Values, count => Assert.Equal(33, count));
        Assert.All(shared.Of(1).Values, count => Assert.Equal(5, count));
    }

    [Fact]
    public void New_AfterALargerOneIsDisposed_StartsFromNothing()
    {
        // The key arrays are rented: the second instance may well be given the first one's arrays, full of its counts.
        ulong[] many = [.. Enumerable.Range(0, 5_000).Select(k => (ulong)k)];
        using (var first = new SharedKeyCounts([many, many]))
        {
            for (var key = 0; key < many.Length; key++)
                first.Add(key, [.. Enumerable.Range(0, LuceneQuoteStore.PostingsPerKey)]);
        }

        using var second = new SharedKeyCounts([[2, 1], [1]]);

        Assert.Equal([1UL, 2], second.Hashes.ToArray());
        Assert.Equal(0, second.Count(0));
        Assert.Equal(0, second.Count(1));
        second.Add(0, [7]);
        Assert.Equal([7], second.Of(0).Keys);
        Assert.Equal([7], second.Of(1).Keys);
        Assert.Equal(1, second.Count(0));
    }
}
