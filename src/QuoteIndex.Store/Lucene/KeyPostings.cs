namespace QuoteIndex.Store.Lucene;

/// <summary>
/// The documents found under each cluster key hash of a batch, at most <see cref="LuceneQuoteStore.PostingsPerKey"/>
/// a key, in the order they were added: chains over two arrays, the keys in a sorted array.
/// </summary>
/// <remarks>
/// A batch of a corpus ingested again finds every one of its 200,000-odd keys, each under about ten documents: a
/// list a key (with its dictionary entry) held about 150 bytes a key for the whole look-up, twice what the chains do.
/// </remarks>
internal sealed class KeyPostings
{
    private const int None = -1;

    private readonly ulong[] _hashes;
    private readonly int[] _first;
    private readonly int[] _last;
    private readonly byte[] _count;
    private int[] _doc = new int[1024];
    private int[] _next = new int[1024];
    private int _links;

    /// <param name="sortedHashes">Distinct key hashes, in increasing order.</param>
    public KeyPostings(ulong[] sortedHashes)
    {
        _hashes = sortedHashes;
        _first = new int[sortedHashes.Length];
        _last = new int[sortedHashes.Length];
        _count = new byte[sortedHashes.Length];
        Array.Fill(_first, None);
    }

    /// <summary>The key hashes, in increasing order; a key is named by its index in them.</summary>
    public ReadOnlySpan<ulong> Hashes => _hashes;

    /// <summary>Documents added under the key at <paramref name="key"/> so far.</summary>
    public int Count(int key) => _count[key];

    /// <summary>Adds the documents of <paramref name="docs"/> under the key at <paramref name="key"/>, up to the cap.</summary>
    public void Add(int key, List<int> docs)
    {
        foreach (var doc in docs)
        {
            if (_count[key] >= LuceneQuoteStore.PostingsPerKey)
                return;
            if (_links == _doc.Length)
            {
                Array.Resize(ref _doc, _links * 2);
                Array.Resize(ref _next, _links * 2);
            }

            (_doc[_links], _next[_links]) = (doc, None);
            if (_first[key] == None)
                _first[key] = _links;
            else
                _next[_last[key]] = _links;
            _last[key] = _links++;
            _count[key]++;
        }
    }

    /// <summary>Adds one to <paramref name="counts"/> for each document under <paramref name="hash"/>.</summary>
    public void CountInto(ulong hash, Dictionary<int, int> counts)
    {
        var key = Array.BinarySearch(_hashes, hash);
        if (key < 0)
            return;
        for (var link = _first[key]; link != None; link = _next[link])
            counts[_doc[link]] = counts.GetValueOrDefault(_doc[link]) + 1;
    }
}
