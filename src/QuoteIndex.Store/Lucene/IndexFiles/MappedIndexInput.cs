using System.Buffers.Binary;
using Lucene.Net.Store;

namespace QuoteIndex.Store.Lucene.IndexFiles;

/// <summary>
/// A file, or a part of a compound file, read straight from its mapping. Lucene's numbers are big-endian; the
/// variable-length ones are decoded here rather than a virtual call per byte.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    // Every method ends with GC.KeepAlive(_file): the mapping must outlive the last read through its address.
    private readonly MappedFile _file;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;

    public MappedIndexInput(string name, MappedFile file, long offset, long length)
        : base($"MappedIndexInput({name})")
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
            throw new ArgumentOutOfRangeException(nameof(length), $"The slice {offset}+{length} of '{name}' is outside its {file.Length}-byte file.");
        _file = file;
        _start = file.Start + offset;
        _length = length;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        // Lucene seeks to the end of a file to check it is all there; past it is an error.
        if (pos < 0 || pos > _length)
            throw new EndOfStreamException($"Seek to {pos} outside {this} ({_length} bytes).");
        _position = pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length)
            throw EndOfFile(1);
        var value = _start[_position++];
        GC.KeepAlive(_file);
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        var from = Take(len);
        new ReadOnlySpan<byte>(from, len).CopyTo(b.AsSpan(offset, len));
        GC.KeepAlive(_file);
    }

    public override short ReadInt16()
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(Take(2), 2));
        GC.KeepAlive(_file);
        return value;
    }

    public override int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(Take(4), 4));
        GC.KeepAlive(_file);
        return value;
    }

    public override long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(Take(8), 8));
        GC.KeepAlive(_file);
        return value;
    }

    public override int ReadVInt32()
    {
        // Seven bits a byte, low first; at most five bytes.
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (_position >= _length)
                throw EndOfFile(1);
            var b = _start[_position++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                GC.KeepAlive(_file);
                return value;
            }
        }

        throw new IOException($"Invalid vInt detected (too many bits) in {this}.");
    }

    public override long ReadVInt64()
    {
        // At most nine bytes: Lucene 4.8 writes no negative vLong.
        var value = 0L;
        for (var shift = 0; shift < 63; shift += 7)
        {
            if (_position >= _length)
                throw EndOfFile(1);
            var b = _start[_position++];
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                GC.KeepAlive(_file);
                return value;
            }
        }

        throw new IOException($"Invalid vLong detected (negative values disallowed) in {this}.");
    }

    public override void SkipBytes(long numBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numBytes);
        Seek(_position + numBytes);
    }

    // The mapping belongs to the garbage collector (see MappedFile).
    protected override void Dispose(bool disposing)
    {
    }

    private byte* Take(int count)
    {
        if (count < 0 || _position > _length - count)
            throw EndOfFile(count);
        var at = _start + _position;
        _position += count;
        return at;
    }

    private EndOfStreamException EndOfFile(int count) =>
        new($"Read of {count} bytes at {_position} past the end of {this} ({_length} bytes).");
}
