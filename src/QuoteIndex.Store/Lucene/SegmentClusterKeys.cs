using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace QuoteIndex.Store.Lucene;

/// <summary>
/// One index segment's cluster keys as an in-memory look-up table: key hash → the segment's documents with that key,
/// oldest first. Built from the segment's <see cref="QuoteDocument.ClusterKeys"/> doc values the first time the
/// segment is searched (or warmed after a merge) and dropped with the segment, so it always matches the committed
/// index, after a restart or a crash too.
/// </summary>
/// <remarks>
/// Lucene's term dictionary held these keys before: about 33 unique terms a quote, whose terms-index building was
/// most of what ingestion allocated. Here a key costs about 6 bytes, since the tables of a large index are most of
/// what ingestion keeps in memory: entries are grouped by the top bits of their 64-bit hash (a bucket of about four),
/// and each keeps the low 16 bits of the hash and its document in as few bytes as the segment's size needs (3 below
/// 16 million documents). Keys that agree on those bits but differ elsewhere would be taken for one another: about
/// one look-up of a key in a segment in 16,000 brings one unrelated quote, which counts as sharing that one key and
/// so ranks below every look-alike that shares more; clustering verifies every candidate on its words anyway.
/// </remarks>
internal sealed class SegmentClusterKeys
{
    private const int EntriesPerBucket = 4;

    private static readonly ConditionalWeakTable<object, SegmentClusterKeys> BySegment = new();

    private static readonly SegmentClusterKeys Empty = new(0, [0], [], [], 1);

    private readonly int _shift;
    private readonly int[] _bucketStarts;
    private readonly ushort[] _lowBits;
    private readonly byte[] _docs;
    private readonly int _docBytes;

    private SegmentClusterKeys(int bucketBits, int[] bucketStarts, ushort[] lowBits, byte[] docs, int docBytes)
    {
        _shift = 64 - bucketBits;
        _bucketStarts = bucketStarts;
        _lowBits = lowBits;
        _docs = docs;
        _docBytes = docBytes;
    }

    /// <summary>The table of <paramref name="segment"/>, built once per segment core and shared by every reader of it.</summary>
    public static SegmentClusterKeys Of(AtomicReader segment) =>
        BySegment.GetValue(segment.CoreCacheKey, _ => Build(segment));

    /// <summary>
    /// Builds a merged segment's table on the merge thread, before searches see the segment, so a big merge does not
    /// stall the next look-up.
    /// </summary>
    public sealed class MergeWarmer : IndexWriter.IndexReaderWarmer
    {
        public override void Warm(AtomicReader reader) => Of(reader);
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the live documents (with <paramref name="docBase"/> added) indexed under
    /// <paramref name="keyHash"/>, oldest first, until it holds <paramref name="max"/>.
    /// </summary>
    public void Collect(ulong keyHash, IBits? liveDocs, int docBase, List<int> into, int max)
    {
        var bucket = _shift == 64 ? 0 : (int)(keyHash >> _shift);
        var low = (ushort)keyHash;
        var end = _bucketStarts[bucket + 1];
        for (var i = LowerBound(_bucketStarts[bucket], end, low); i < end && _lowBits[i] == low && into.Count < max; i++)
        {
            var doc = DocAt(i);
            if (liveDocs is null || liveDocs.Get(doc))
                into.Add(docBase + doc);
        }
    }

    private int DocAt(int entry)
    {
        var at = entry * _docBytes;
        var doc = 0;
        for (var b = _docBytes - 1; b >= 0; b--)
            doc = (doc << 8) | _docs[at + b];
        return doc;
    }

    private int LowerBound(int start, int end, ushort low)
    {
        while (start < end)
        {
            var middle = (start + end) >>> 1;
            if (_lowBits[middle] < low)
                start = middle + 1;
            else
                end = middle;
        }

        return start;
    }

    /// <summary>
    /// Three passes over the doc values (count, bucket sizes, placement), then a stable sort inside each small bucket:
    /// linear in the segment's keys, with documents of one key kept in index order.
    /// </summary>
    private static SegmentClusterKeys Build(AtomicReader segment)
    {
        if (segment.GetBinaryDocValues(QuoteDocument.ClusterKeys) is not { } values)
            return Empty;
        var bytes = new BytesRef();
        long total = 0;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            values.Get(doc, bytes);
            total += bytes.Length / sizeof(ulong);
        }

        if (total == 0)
            return Empty;
        var bucketBits = Math.Max(0, (int)Math.Ceiling(Math.Log2(Math.Max(1.0, total / (double)EntriesPerBucket))));
        var shift = 64 - bucketBits;
        var starts = new int[(1 << bucketBits) + 1];
        ForEachKey(segment, values, bytes, (key, _) => starts[Bucket(key, shift) + 1]++);
        for (var b = 1; b < starts.Length; b++)
            starts[b] += starts[b - 1];

        // Placed with whole documents first, then sorted and packed: the sort moves 6 bytes an entry instead of 8.
        var lowBits = new ushort[total];
        var docs = new int[total];
        var next = starts[..^1];
        ForEachKey(segment, values, bytes, (key, doc) =>
        {
            var at = next[Bucket(key, shift)]++;
            lowBits[at] = (ushort)key;
            docs[at] = doc;
        });
        for (var b = 0; b + 1 < starts.Length; b++)
            InsertionSort(lowBits, docs, starts[b], starts[b + 1]);

        var docBytes = BytesFor(segment.MaxDoc - 1);
        var packed = new byte[total * docBytes];
        for (long i = 0; i < total; i++)
        {
            for (var b = 0; b < docBytes; b++)
                packed[(i * docBytes) + b] = (byte)(docs[i] >> (8 * b));
        }

        return new SegmentClusterKeys(bucketBits, starts, lowBits, packed, docBytes);
    }

    /// <summary>The fewest bytes (1 to 4) that hold <paramref name="maxDoc"/>.</summary>
    private static int BytesFor(int maxDoc) => maxDoc < 1 << 8 ? 1 : maxDoc < 1 << 16 ? 2 : maxDoc < 1 << 24 ? 3 : 4;

    private static int Bucket(ulong key, int shift) => shift == 64 ? 0 : (int)(key >> shift);

    private static void ForEachKey(AtomicReader segment, BinaryDocValues values, BytesRef bytes, Action<ulong, int> visit)
    {
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            values.Get(doc, bytes);
            var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
            for (var at = 0; at + sizeof(ulong) <= span.Length; at += sizeof(ulong))
                visit(BinaryPrimitives.ReadUInt64LittleEndian(span[at..]), doc);
        }
    }

    // Stable: equal keys keep their documents in index order, so a capped look-up reads the oldest copies.
    private static void InsertionSort(ushort[] lowBits, int[] docs, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            var (low, doc) = (lowBits[i], docs[i]);
            var j = i - 1;
            while (j >= start && lowBits[j] > low)
            {
                lowBits[j + 1] = lowBits[j];
                docs[j + 1] = docs[j];
                j--;
            }

            lowBits[j + 1] = low;
            docs[j + 1] = doc;
        }
    }
}
