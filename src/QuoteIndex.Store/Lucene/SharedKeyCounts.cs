namespace QuoteIndex.Store.Lucene;

/// <summary>
/// For each quote of a batch, the stored documents it shares cluster keys with and how many keys each: filled one
/// key's postings at a time, at most <see cref="LuceneQuoteStore.PostingsPerKey"/> documents a key, in the order added.
/// </summary>
/// <remarks>
/// The postings themselves are not kept. A batch of a corpus ingested for the k-th time finds each of its 200,000-odd
/// keys under k documents: held per key until the counting, they took about 8 bytes a key and a document (37 MB at
/// k = 20, in arrays doubled as they grew, so as much again in garbage on the large object heap), which made
/// ingestion's peak memory grow with the number of copies in the index. Counted as they come, a quote's copies
/// are one entry each whatever the number of keys they share with it (about 1.5 MB at k = 20).
/// </remarks>
internal sealed class SharedKeyCounts
{
    private readonly ulong[] _hashes;
    private readonly int[] _quotesStart;
    private readonly int[] _quotes;
    private readonly byte[] _found;
    private readonly Dictionary<int, int>?[] _counts;

    /// <param name="hashesPerQuote">Each quote's distinct key hashes.</param>
    public SharedKeyCounts(IReadOnlyList<ulong[]> hashesPerQuote)
    {
        ArgumentNullException.ThrowIfNull(hashesPerQuote);
        var all = new HashSet<ulong>();
        var pairs = 0;
        foreach (var hashes in hashesPerQuote)
        {
            all.UnionWith(hashes);
            pairs += hashes.Length;
        }

        _hashes = [.. all];
        Array.Sort(_hashes);
        // The quotes of each key, as one array cut at _quotesStart: a quote appears once per key, in quote order.
        _quotesStart = new int[_hashes.Length + 1];
        var keyOf = new int[pairs];
        var at = 0;
        foreach (var hashes in hashesPerQuote)
        {
            foreach (var hash in hashes)
            {
                var key = Array.BinarySearch(_hashes, hash);
                keyOf[at++] = key;
                _quotesStart[key + 1]++;
            }
        }

        for (var key = 1; key < _quotesStart.Length; key++)
            _quotesStart[key] += _quotesStart[key - 1];
        _quotes = new int[pairs];
        var next = _quotesStart[..^1];
        at = 0;
        for (var quote = 0; quote < hashesPerQuote.Count; quote++)
        {
            foreach (var _ in hashesPerQuote[quote])
                _quotes[next[keyOf[at++]]++] = quote;
        }

        _found = new byte[_hashes.Length];
        _counts = new Dictionary<int, int>?[hashesPerQuote.Count];
    }

    /// <summary>The distinct key hashes of the batch, in increasing order; a key is named by its index in them.</summary>
    public ReadOnlySpan<ulong> Hashes => _hashes;

    /// <summary>Documents added under the key at <paramref name="key"/> so far.</summary>
    public int Count(int key) => _found[key];

    /// <summary>
    /// Counts the documents of <paramref name="docs"/>, up to the cap, as sharing the key at <paramref name="key"/>
    /// with every quote that has it.
    /// </summary>
    public void Add(int key, List<int> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var room = Math.Min(docs.Count, LuceneQuoteStore.PostingsPerKey - _found[key]);
        if (room <= 0)
            return;
        _found[key] += (byte)room;
        for (var at = _quotesStart[key]; at < _quotesStart[key + 1]; at++)
        {
            var counts = _counts[_quotes[at]] ??= [];
            for (var i = 0; i < room; i++)
                counts[docs[i]] = counts.GetValueOrDefault(docs[i]) + 1;
        }
    }

    /// <summary>The documents that share keys with quote <paramref name="quote"/>, each with how many, in the order first added.</summary>
    public IReadOnlyDictionary<int, int> Of(int quote) => (IReadOnlyDictionary<int, int>?)_counts[quote] ?? Empty;

    private static readonly Dictionary<int, int> Empty = [];
}
