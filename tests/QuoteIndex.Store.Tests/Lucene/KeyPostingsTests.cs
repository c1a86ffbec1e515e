using QuoteIndex.Store.Lucene;

namespace QuoteIndex.Store.Tests.Lucene;

/// <summary>The documents a batch's look-up found under each cluster key.</summary>
public sealed class KeyPostingsTests
{
    [Fact]
    public void CountInto_CountsEachKeysDocuments_InTheOrderAdded_AndIgnoresUnknownKeys()
    {
        var postings = new KeyPostings([3, 7, 11]);
        postings.Add(0, [5, 9]);
        postings.Add(2, [9]);
        postings.Add(0, [1]);

        var counts = new Dictionary<int, int>();
        postings.CountInto(3, counts);
        postings.CountInto(11, counts);
        postings.CountInto(8, counts);
        postings.CountInto(7, counts);

        Assert.Equal([5, 9, 1], counts.Keys);
        Assert.Equal([1, 2, 1], counts.Values);
        Assert.Equal(3, postings.Count(0));
        Assert.Equal(0, postings.Count(1));
    }

    [Fact]
    public void Add_PastTheCap_KeepsTheFirstDocuments()
    {
        var postings = new KeyPostings([42]);
        postings.Add(0, [.. Enumerable.Range(0, LuceneQuoteStore.PostingsPerKey - 1)]);
        postings.Add(0, [100, 101, 102]);

        var counts = new Dictionary<int, int>();
        postings.CountInto(42, counts);

        Assert.Equal(LuceneQuoteStore.PostingsPerKey, postings.Count(0));
        Assert.Equal([.. Enumerable.Range(0, LuceneQuoteStore.PostingsPerKey - 1), 100], counts.Keys);
    }

    [Fact]
    public void Add_ManyDocuments_GrowsPastItsFirstArrays()
    {
        var keys = Enumerable.Range(0, 200).Select(k => (ulong)k * 10).ToArray();
        var postings = new KeyPostings(keys);
        for (var key = 0; key < keys.Length; key++)
            postings.Add(key, [.. Enumerable.Range(key * 100, 20)]);

        var counts = new Dictionary<int, int>();
        postings.CountInto(1_990, counts);

        Assert.Equal(Enumerable.Range(19_900, 20), counts.Keys);
    }
}
