using System.Buffers;

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
/// are one entry each whatever the number of keys they share with it (about 1.5 MB at k = 20). The key arrays (a
/// few MB a batch) are rented and returned on <see cref="Dispose"/>: made anew for each batch, they were large-object
/// garbage that set off full collections.
/// </remarks>
internal sealed class SharedKeyCounts : IDisposable
{
    private readonly ulong[] _hashes;
    private readonly int _keys;
    private readonly int[] _quotesStart;
    private readonly int[] _quotes;
    private readonly byte[] _found;
    private readonly Dictionary<int, int>?[] _counts;

    /// <param name="hashesPerQuote">Each quote's distinct key hashes.</param>
    public SharedKeyCounts(IReadOnlyList<ulong[]> hashesPerQuote)
    {
        ArgumentNullException.ThrowIfNull(hashesPerQuote);
        var pairs = 0;
        foreach (var hashes in hashesPerQuote)
            pairs += hashes.Length;

        // The distinct hashes in increasing order: all of them sorted, then each run of equal ones kept once.
        _hashes = ArrayPool<ulong>.Shared.Rent(Math.Max(pairs, 1));
        var at = 0;
        foreach (var hashes in hashesPerQuote)
        {
            hashes.CopyTo(_hashes, at);
            at += hashes.Length;
        }

        var all = _hashes.AsSpan(0, pairs);
        all.Sort();
        foreach (var hash in all)
        {
            if (_keys == 0 || hash != _hashes[_keys - 1])
                _hashes[_keys++] = hash;
        }

        // The quotes of each key, as one array cut at _quotesStart: a quote appears once per key, in quote order.
        _quotesStart = Rented<int>(_keys + 1);
        var keyOf = ArrayPool<int>.Shared.Rent(Math.Max(pairs, 1));
        at = 0;
        foreach (var hashes in hashesPerQuote)
        {
            foreach (var hash in hashes)
            {
                var key = Hashes.BinarySearch(hash);
                keyOf[at++] = key;
                _quotesStart[key + 1]++;
            }
        }

        for (var key = 1; key <= _keys; key++)
            _quotesStart[key] += _quotesStart[key - 1];
        _quotes = ArrayPool<int>.Shared.Rent(Math.Max(pairs, 1));
        var next = ArrayPool<int>.Shared.Rent(Math.Max(_keys, 1));
        _quotesStart.AsSpan(0, _keys).CopyTo(next);
        at = 0;
        for (var quote = 0; quote < hashesPerQuote.Count; quote++)
        {
            foreach (var _ in hashesPerQuote[quote])
                _quotes[next[keyOf[at++]]++] = quote;
        }

        ArrayPool<int>.Shared.Return(next);
        ArrayPool<int>.Shared.Return(keyOf);
        _found = Rented<byte>(_keys);
        _counts = new Dictionary<int, int>?[hashesPerQuote.Count];
    }

    /// <summary>The distinct key hashes of the batch, in increasing order; a key is named by its index in them.</summary>
    public ReadOnlySpan<ulong> Hashes => _hashes.AsSpan(0, _keys);

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

    /// <summary>Returns the key arrays; the counts (<see cref="Of"/>) stay readable.</summary>
    public void Dispose()
    {
        ArrayPool<ulong>.Shared.Return(_hashes);
        ArrayPool<int>.Shared.Return(_quotesStart);
        ArrayPool<int>.Shared.Return(_quotes);
        ArrayPool<byte>.Shared.Return(_found);
    }

    private static readonly Dictionary<int, int> Empty = [];

    /// <summary>A rented array whose first <paramref name="length"/> items are zero.</summary>
    private static T[] Rented<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(Math.Max(length, 1));
        Array.Clear(array, 0, length);
        return array;
    }
}
