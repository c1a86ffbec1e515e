using System.Buffers;
using System.Buffers.Binary;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.Win32.SafeHandles;

namespace QuoteIndex.Store.Lucene;

/// <summary>
/// One index segment's cluster keys as a look-up table: key hash → the segment's documents with that key, oldest
/// first. Built from the segment's <see cref="QuoteDocument.ClusterKeys"/> doc values the first time the segment is
/// searched (or warmed after a merge) into a file of its own (<see cref="ClusterKeyTables"/>), which goes with the
/// segment, so it always matches the committed index, after a restart or a crash too.
/// </summary>
/// <remarks>
/// <para>Lucene's term dictionary held these keys before: about 33 unique terms a quote, whose terms-index building
/// was most of what ingestion allocated. Here a key costs about 6 bytes: entries are grouped by the top bits of their
/// 64-bit hash (a bucket of about four), and each keeps the low 16 bits of the hash and its document in as few bytes
/// as the segment's size needs (3 below 16 million documents). Keys that agree on those bits but differ elsewhere
/// would be taken for one another: about one look-up of a key in a segment in 16,000 brings one unrelated quote,
/// which counts as sharing that one key and so ranks below every look-alike that shares more; clustering verifies
/// every candidate on its words anyway.</para>
/// <para>The table is a file read with positioned reads, as Lucene reads its own files with <c>NIOFSDirectory</c>:
/// held in the process, the tables of a large index were most of what ingestion kept in memory (about 200 bytes a
/// quote) and grew with every quote ingested; in a file they sit in the operating system's page cache, shared and
/// reclaimable. A batch looks its keys up in hash order, so each table is read forward, a block at a time. The file
/// is written a slice of buckets at a time, so building the table of a large merged segment holds a bounded buffer
/// instead of the whole table twice over.</para>
/// <para>Layout: the bucket directory (the first entry of each bucket, then the entry count, 32-bit each), then the
/// entries (16 low bits of the hash, then the document), sorted by bucket, low bits and document.</para>
/// </remarks>
internal sealed class SegmentClusterKeys : IDisposable
{
    /// <summary>
    /// The most entries placed in memory at once while a table is written: about 6 bytes each, 6 MB in all. Slices of
    /// 4 million (24 MB, on the large object heap, on a merge thread) showed at the peak of a 20× ingestion, whose
    /// merged segments hold up to about 16 million keys; each further slice reads the segment's doc values once more.
    /// </summary>
    public const int DefaultSliceEntries = 1024 * 1024;

    private const int EntriesPerBucket = 4;

    // The bytes read at once: a batch's look-ups, in hash order, meet every few hundred bytes of a table.
    private const int WindowBytes = 16 * 1024;

    public static readonly SegmentClusterKeys Empty = new(null, 0, 1);

    private readonly SafeFileHandle? _file;
    private readonly int _bucketBits;
    private readonly int _docBytes;

    private SegmentClusterKeys(SafeFileHandle? file, int bucketBits, int docBytes)
    {
        _file = file;
        _bucketBits = bucketBits;
        _docBytes = docBytes;
    }

    private int EntryBytes => sizeof(ushort) + _docBytes;

    private long EntriesAt => ((1L << _bucketBits) + 1) * sizeof(int);

    /// <summary>Starts a series of look-ups, on one thread; look-ups in increasing hash order read the file once.</summary>
    public Lookup StartLookup() => new(this);

    /// <summary>Closes the file, which deletes it.</summary>
    public void Dispose() => _file?.Dispose();

    /// <summary>
    /// Writes the table of <paramref name="segment"/> to a new file at <paramref name="path"/>, deleted when the table is
    /// disposed (or the process ends without that, by <see cref="ClusterKeyTables"/> at the next open).
    /// </summary>
    /// <param name="segment">The segment.</param>
    /// <param name="path">The file to create.</param>
    /// <param name="sliceEntries">The most entries placed in memory at once; the segment's doc values are read once more for each such slice.</param>
    public static SegmentClusterKeys Build(AtomicReader segment, string path, int sliceEntries = DefaultSliceEntries)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sliceEntries, 1);
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
        var table = new SegmentClusterKeys(
            File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, FileOptions.DeleteOnClose),
            bucketBits,
            BytesFor(segment.MaxDoc - 1));
        try
        {
            table.Write(segment, values, total, sliceEntries);
            return table;
        }
        catch
        {
            table.Dispose();
            throw;
        }
    }

    /// <summary>
    /// For each slice of buckets: count its keys per bucket, place them (documents in index order, so stable), sort
    /// each small bucket by its low bits, and append the slice's directory and entries.
    /// </summary>
    private void Write(AtomicReader segment, BinaryDocValues values, long total, int sliceEntries)
    {
        var buckets = 1L << _bucketBits;
        var slices = (int)Math.Clamp((total + sliceEntries - 1) / sliceEntries, 1, buckets);
        var sliceBuckets = (int)((buckets + slices - 1) / slices);
        var shift = 64 - _bucketBits;
        var directory = new FileWriter(_file!, 0);
        var entries = new FileWriter(_file!, EntriesAt);
        var starts = new int[sliceBuckets + 1];
        var lowBits = Array.Empty<ushort>();
        var docs = Array.Empty<int>();
        var bytes = new BytesRef();
        var written = 0;
        for (long first = 0; first < buckets; first += sliceBuckets)
        {
            var (from, to) = (first, Math.Min(buckets, first + sliceBuckets));
            Array.Clear(starts);
            ForEachKey(segment, values, bytes, shift, from, to, (bucket, _, _) => starts[bucket + 1]++);
            for (var b = 1; b < starts.Length; b++)
                starts[b] += starts[b - 1];
            var count = starts[^1];
            if (lowBits.Length < count)
                (lowBits, docs) = (new ushort[count], new int[count]);
            var next = starts[..^1];
            ForEachKey(segment, values, bytes, shift, from, to, (bucket, key, doc) =>
            {
                var at = next[bucket]++;
                lowBits[at] = (ushort)key;
                docs[at] = doc;
            });

            for (var b = 0; b < to - from; b++)
            {
                InsertionSort(lowBits, docs, starts[b], starts[b + 1]);
                directory.WriteInt32(written + starts[b]);
            }

            for (var i = 0; i < count; i++)
            {
                entries.WriteUInt16(lowBits[i]);
                entries.WriteDoc(docs[i], _docBytes);
            }

            written += count;
        }

        directory.WriteInt32(written);
        directory.Flush();
        entries.Flush();
    }

    /// <summary>The fewest bytes (1 to 4) that hold <paramref name="maxDoc"/>.</summary>
    private static int BytesFor(int maxDoc) => maxDoc < 1 << 8 ? 1 : maxDoc < 1 << 16 ? 2 : maxDoc < 1 << 24 ? 3 : 4;

    private static long Bucket(ulong key, int shift) => shift == 64 ? 0 : (long)(key >> shift);

    /// <summary>Visits each key whose bucket is in [<paramref name="from"/>, <paramref name="to"/>) with its bucket counted from <paramref name="from"/>.</summary>
    private static void ForEachKey(
        AtomicReader segment, BinaryDocValues values, BytesRef bytes, int shift, long from, long to, Action<int, ulong, int> visit)
    {
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            values.Get(doc, bytes);
            var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
            for (var at = 0; at + sizeof(ulong) <= span.Length; at += sizeof(ulong))
            {
                var key = BinaryPrimitives.ReadUInt64LittleEndian(span[at..]);
                var bucket = Bucket(key, shift);
                if (bucket >= from && bucket < to)
                    visit((int)(bucket - from), key, doc);
            }
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

    /// <summary>Look-ups in one table, each reading through a window of the directory and one of the entries.</summary>
    public sealed class Lookup : IDisposable
    {
        private readonly SegmentClusterKeys _table;
        private readonly Window? _directory;
        private readonly Window? _entries;

        internal Lookup(SegmentClusterKeys table)
        {
            _table = table;
            if (table._file is { } file)
                (_directory, _entries) = (new Window(file), new Window(file));
        }

        /// <summary>
        /// Adds to <paramref name="into"/> the live documents (with <paramref name="docBase"/> added) indexed under
        /// <paramref name="keyHash"/>, oldest first, until it holds <paramref name="max"/>.
        /// </summary>
        public void Collect(ulong keyHash, IBits? liveDocs, int docBase, List<int> into, int max)
        {
            if (_directory is null || _entries is null)
                return;
            var bucket = Bucket(keyHash, 64 - _table._bucketBits);
            var bounds = _directory.Read(bucket * sizeof(int), 2 * sizeof(int));
            var (start, end) = (BinaryPrimitives.ReadInt32LittleEndian(bounds), BinaryPrimitives.ReadInt32LittleEndian(bounds[sizeof(int)..]));
            if (start == end)
                return;
            var size = _table.EntryBytes;
            var entries = _entries.Read(_table.EntriesAt + ((long)start * size), (end - start) * size);
            var low = (ushort)keyHash;
            for (var at = 0; at < entries.Length && into.Count < max; at += size)
            {
                var entryLow = BinaryPrimitives.ReadUInt16LittleEndian(entries[at..]);
                if (entryLow < low)
                    continue;
                if (entryLow > low)
                    break;
                var doc = 0;
                for (var b = size - 1; b >= sizeof(ushort); b--)
                    doc = (doc << 8) | entries[at + b];
                if (liveDocs is null || liveDocs.Get(doc))
                    into.Add(docBase + doc);
            }
        }

        public void Dispose()
        {
            _directory?.Dispose();
            _entries?.Dispose();
        }
    }

    /// <summary>A block of a file read at a time, read again only when a read leaves it.</summary>
    private sealed class Window(SafeFileHandle file) : IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(WindowBytes);
        private long _at;
        private int _length;

        public ReadOnlySpan<byte> Read(long offset, int count)
        {
            if (offset < _at || offset + count > _at + _length)
            {
                if (count > _buffer.Length)
                {
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = ArrayPool<byte>.Shared.Rent(count);
                }

                (_at, _length) = (offset, 0);
                while (_length < count)
                {
                    var read = RandomAccess.Read(file, _buffer.AsSpan(_length), offset + _length);
                    if (read == 0)
                        throw new EndOfStreamException($"The cluster key table ended at byte {offset + _length}, before {offset + count}.");
                    _length += read;
                }
            }

            return _buffer.AsSpan((int)(offset - _at), count);
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }

    /// <summary>Writes forward from an offset of a file through a buffer.</summary>
    private sealed class FileWriter(SafeFileHandle file, long offset)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _used;

        public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Next(sizeof(int)), value);

        public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Next(sizeof(ushort)), value);

        public void WriteDoc(int doc, int docBytes)
        {
            var span = Next(docBytes);
            for (var b = 0; b < docBytes; b++)
                span[b] = (byte)(doc >> (8 * b));
        }

        public void Flush()
        {
            RandomAccess.Write(file, _buffer.AsSpan(0, _used), offset);
            offset += _used;
            _used = 0;
        }

        private Span<byte> Next(int count)
        {
            if (_used + count > _buffer.Length)
                Flush();
            _used += count;
            return _buffer.AsSpan(_used - count, count);
        }
    }
}
