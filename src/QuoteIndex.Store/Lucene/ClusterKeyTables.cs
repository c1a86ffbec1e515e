using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace QuoteIndex.Store.Lucene;

/// <summary>
/// The <see cref="SegmentClusterKeys"/> of a store's segments, one file each in a sub-folder of the index: built once
/// per segment core and shared by every reader of it, deleted when Lucene closes the core (a segment merged away).
/// </summary>
/// <remarks>
/// The files are a cache of the doc values: whatever a crash leaves in the folder is deleted at the next open, and
/// the tables are built again as the segments are searched.
/// </remarks>
internal sealed class ClusterKeyTables : IDisposable
{
    /// <summary>The sub-folder of the quote index that holds the tables.</summary>
    public const string FolderName = "cluster-keys";

    private readonly ConditionalWeakTable<object, Lazy<SegmentClusterKeys>> _bySegment = new();
    private readonly string _folder;
    private readonly int _sliceEntries;
    private long _built;

    /// <summary>The tables of the index in <paramref name="indexPath"/>; nothing is read or written until one is needed.</summary>
    /// <param name="indexPath">The quote index folder.</param>
    /// <param name="sliceEntries">The most entries placed in memory at once while a table is written (<see cref="SegmentClusterKeys.Build"/>).</param>
    public ClusterKeyTables(string indexPath, int sliceEntries = SegmentClusterKeys.DefaultSliceEntries)
    {
        _folder = Path.Combine(indexPath, FolderName);
        _sliceEntries = sliceEntries;
        Warmer = new MergeWarmer(this);
    }

    /// <summary>Builds a merged segment's table on the merge thread, before searches see the segment, so a big merge does not stall the next look-up.</summary>
    public IndexWriter.IndexReaderWarmer Warmer { get; }

    /// <summary>Creates the folder, or empties it of what a process that ended without closing its store left there.</summary>
    public void DeleteLeftovers()
    {
        var folder = Directory.CreateDirectory(_folder);
        foreach (var leftover in folder.EnumerateFiles())
            leftover.Delete();
    }

    /// <summary>The table of <paramref name="segment"/>, built on first use.</summary>
    public SegmentClusterKeys Of(AtomicReader segment)
    {
        var table = _bySegment.GetValue(segment.CoreCacheKey, _ => new Lazy<SegmentClusterKeys>(() => Build(segment)));
        try
        {
            return table.Value;
        }
        catch
        {
            // A failed build (a full disk) is tried again by the next look-up rather than remembered.
            if (_bySegment.TryGetValue(segment.CoreCacheKey, out var failed) && ReferenceEquals(failed, table))
                _bySegment.Remove(segment.CoreCacheKey);
            throw;
        }
    }

    /// <summary>Closes (so deletes) every table still open: the store's readers are closed by now.</summary>
    public void Dispose()
    {
        foreach (var (_, table) in _bySegment)
        {
            if (table.IsValueCreated)
                table.Value.Dispose();
        }

        _bySegment.Clear();
    }

    private SegmentClusterKeys Build(AtomicReader segment)
    {
        var name = segment is SegmentReader reader ? reader.SegmentName : "segment";
        var table = SegmentClusterKeys.Build(segment, Path.Combine(_folder, $"{name}.{Interlocked.Increment(ref _built)}.keys"), _sliceEntries);
        // Without the listener (a reader that is no segment) the file still goes when the table is collected.
        if (segment is SegmentReader core)
            core.AddCoreDisposedListener(new DisposeWithCore(table));
        return table;
    }

    private sealed class DisposeWithCore(SegmentClusterKeys table) : SegmentReader.ICoreDisposedListener
    {
        public void OnDispose(object ownerCoreCacheKey) => table.Dispose();
    }

    private sealed class MergeWarmer(ClusterKeyTables tables) : IndexWriter.IndexReaderWarmer
    {
        public override void Warm(AtomicReader reader) => tables.Of(reader);
    }
}
