using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace QuoteIndex.Store.Lucene.IndexFiles;

/// <summary>
/// The quote index's directory when it is searched: the files a search walks (term dictionaries, postings, norms) are
/// memory-mapped and read through a pointer, the large files it only dips into (doc values, whose facet columns are
/// copied to arrays once, and whose quote JSON is read 20 hits at a time; stored fields) with positional reads.
/// </summary>
/// <remarks>
/// Lucene.NET's own <see cref="MMapDirectory"/> reads through <see cref="System.IO.UnmanagedMemoryAccessor"/>, which
/// takes and releases a reference on the mapping's handle for every byte: a sixth of the server's CPU under load.
/// Mapped pages the process has touched count in its resident memory, so the doc values (the quote JSON is more than
/// half the index) are read like <see cref="NIOFSDirectory"/> does, without a lock, and stay in the operating system's
/// file cache, shared and reclaimable. Writing is <see cref="FSDirectory"/>'s.
/// </remarks>
public sealed class SearchDirectory : FSDirectory
{
    // Doc values data and stored fields data; inside a compound file too (a slice is opened with its own file name).
    private static readonly string[] ReadExtensions = [".dvd", ".fdt"];

    public SearchDirectory(DirectoryInfo path)
        : base(path, null)
    {
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        if (IsRead(name) || new FileInfo(path).Length == 0)
        {
            var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new PositionalIndexInput(name, handle, 0, RandomAccess.GetLength(handle), ownsHandle: true);
        }

        var file = MappedFile.Open(path);
        return new MappedIndexInput(name, file, 0, file.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(Path.Combine(Directory.FullName, name));
    }

    private static bool IsRead(string name) =>
        Array.Exists(ReadExtensions, extension => name.EndsWith(extension, StringComparison.Ordinal));

    // A compound file's parts: each one mapped or read as it would be as a file of its own.
    private sealed class Slicer(string path) : IndexInputSlicer
    {
        private readonly SafeFileHandle _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        private MappedFile? _mapped;

        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (IsRead(sliceDescription) || length == 0)
                return new PositionalIndexInput(sliceDescription, _handle, offset, length, ownsHandle: false);
            _mapped ??= MappedFile.Open(path);
            return new MappedIndexInput(sliceDescription, _mapped, offset, length);
        }

        [Obsolete("Only for reading compound files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(_handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                _handle.Dispose();
        }
    }
}
