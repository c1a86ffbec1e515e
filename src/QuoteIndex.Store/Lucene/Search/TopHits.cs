using Lucene.Net.Util;

namespace QuoteIndex.Store.Lucene.Search;

/// <summary>A hit kept for the page: its sort key (<see cref="HitOrder"/>), its quote id and its document number in the whole index.</summary>
internal readonly record struct TopHit(long Key, BytesRef Id, int Doc);

/// <summary>
/// The best hits of one segment in a bounded heap, worst at the root, so that a document that cannot make the page
/// costs one comparison. Ties on the key go to the smaller id ordinal, which within a segment is the smaller id.
/// </summary>
internal sealed class TopHits(int size)
{
    private readonly long[] _keys = new long[size];
    private readonly int[] _ords = new int[size];
    private readonly int[] _docs = new int[size];
    private int _count;

    public bool IsFull => _count == _keys.Length;

    public long WorstKey => _keys[0];

    public int WorstOrd => _ords[0];

    public void Add(long key, int ord, int doc)
    {
        if (!IsFull)
        {
            var at = _count++;
            Set(at, key, ord, doc);
            SiftUp(at);
            return;
        }

        Set(0, key, ord, doc);
        SiftDown(0);
    }

    /// <summary>The kept hits with their ids, in no particular order; <paramref name="docBase"/> makes the document numbers index-wide.</summary>
    public IEnumerable<TopHit> Hits(SegmentColumns columns, int docBase)
    {
        for (var i = 0; i < _count; i++)
            yield return new TopHit(_keys[i], columns.Id(_ords[i]), docBase + _docs[i]);
    }

    /// <summary>Best first: larger key, then smaller id.</summary>
    public static int Compare(TopHit a, TopHit b) =>
        a.Key != b.Key ? b.Key.CompareTo(a.Key) : a.Id.CompareTo(b.Id);

    private void Set(int at, long key, int ord, int doc)
    {
        _keys[at] = key;
        _ords[at] = ord;
        _docs[at] = doc;
    }

    // a is worse than b: a smaller key, or the same key and a larger id.
    private bool Worse(int a, int b) => _keys[a] < _keys[b] || (_keys[a] == _keys[b] && _ords[a] > _ords[b]);

    private void SiftUp(int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Worse(at, parent))
                return;
            Swap(at, parent);
            at = parent;
        }
    }

    private void SiftDown(int at)
    {
        while (true)
        {
            var worst = at;
            var left = (2 * at) + 1;
            if (left < _count && Worse(left, worst))
                worst = left;
            if (left + 1 < _count && Worse(left + 1, worst))
                worst = left + 1;
            if (worst == at)
                return;
            Swap(at, worst);
            at = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_keys[a], _keys[b]) = (_keys[b], _keys[a]);
        (_ords[a], _ords[b]) = (_ords[b], _ords[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
    }
}
