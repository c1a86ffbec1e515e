using System.IO.MemoryMappedFiles;

namespace QuoteIndex.Store.Lucene.IndexFiles;

/// <summary>
/// A whole file mapped read-only, and the address of its first byte. The mapping is released by the garbage collector
/// once no input reading it is left (the view's handle is finalised then), never explicitly: Lucene disposes a
/// file's first input while clones of it may still be reading, and reading an unmapped address crashes the process.
/// </summary>
internal sealed unsafe class MappedFile
{
    private readonly MemoryMappedViewAccessor _view;

    private MappedFile(MemoryMappedViewAccessor view, long length)
    {
        _view = view;
        Length = length;
        Start = (byte*)view.SafeMemoryMappedViewHandle.DangerousGetHandle() + view.PointerOffset;
    }

    public byte* Start { get; }

    public long Length { get; }

    /// <summary>Maps <paramref name="path"/>, which must not be empty.</summary>
    public static MappedFile Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        // The view keeps the mapping alive after the map object and the file are closed.
        using var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        return new MappedFile(map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
    }
}
