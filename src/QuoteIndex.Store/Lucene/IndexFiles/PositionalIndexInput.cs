using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace QuoteIndex.Store.Lucene.IndexFiles;

/// <summary>
/// A file, or a part of a compound file, read into a buffer with positional reads: no lock and no shared file
/// position, so any number of clones read at once (Lucene.NET's <see cref="NIOFSDirectory"/> locks the stream).
/// </summary>
internal sealed class PositionalIndexInput : BufferedIndexInput
{
    private readonly SafeFileHandle _handle;
    private readonly long _offset;
    private readonly long _length;
    private bool _ownsHandle;

    public PositionalIndexInput(string name, SafeFileHandle handle, long offset, long length, bool ownsHandle)
        : base($"PositionalIndexInput({name})", BUFFER_SIZE)
    {
        _handle = handle;
        _offset = offset;
        _length = length;
        _ownsHandle = ownsHandle;
    }

    public override long Length => _length;

    public override object Clone()
    {
        var clone = (PositionalIndexInput)base.Clone();
        clone._ownsHandle = false;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        var position = Position;
        if (position + length > _length)
            throw new EndOfStreamException($"Read of {length} bytes at {position} past the end of {this} ({_length} bytes).");
        var into = b.AsSpan(offset, length);
        while (!into.IsEmpty)
        {
            var read = RandomAccess.Read(_handle, into, _offset + position);
            if (read <= 0)
                throw new EndOfStreamException($"{this} ended at {position} of {_length} bytes.");
            position += read;
            into = into[read..];
        }
    }

    // Every read names its position.
    protected override void SeekInternal(long pos)
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsHandle)
            _handle.Dispose();
    }
}
