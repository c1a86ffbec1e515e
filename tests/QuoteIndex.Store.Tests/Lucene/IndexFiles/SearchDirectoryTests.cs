using Lucene.Net.Store;
using QuoteIndex.Store.Lucene.IndexFiles;

namespace QuoteIndex.Store.Tests.Lucene.IndexFiles;

/// <summary>
/// <see cref="SearchDirectory"/> reads back what Lucene's <see cref="FSDirectory"/> wrote, through a mapping (postings
/// and the like) or positional reads (doc values, stored fields), as whole files and as slices of a compound file.
/// (The conformance suite runs every store operation on it as well.)
/// </summary>
public sealed class SearchDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "quoteindex-tests", Guid.NewGuid().ToString("N")));

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("_0_Lucene41_0.doc")] // mapped
    [InlineData("_0_Lucene45_0.dvd")] // read
    public void OpenInput_ReadsEveryKindOfNumberAsWritten(string name)
    {
        using var directory = new SearchDirectory(_folder);
        WriteNumbers(directory, name);

        using var input = directory.OpenInput(name, IOContext.DEFAULT);

        AssertNumbers(input);
        Assert.Equal(input.Length, input.Position);
    }

    [Theory]
    [InlineData("_0_Lucene41_0.doc")]
    [InlineData("_0_Lucene45_0.dvd")]
    public void OpenInput_ReadPastTheEnd_Throws(string name)
    {
        using var directory = new SearchDirectory(_folder);
        WriteNumbers(directory, name);
        using var input = directory.OpenInput(name, IOContext.DEFAULT);

        input.Seek(input.Length - 2);

        Assert.ThrowsAny<IOException>(() => input.ReadInt32());
        // A buffered input finds out at the read, a mapped one at the seek.
        Assert.ThrowsAny<IOException>(() =>
        {
            input.Seek(input.Length + 1);
            input.ReadByte();
        });
    }

    [Fact]
    public void Clone_ReadsFromItsOwnPosition()
    {
        using var directory = new SearchDirectory(_folder);
        WriteNumbers(directory, "_0_Lucene41_0.doc");
        using var input = directory.OpenInput("_0_Lucene41_0.doc", IOContext.DEFAULT);
        input.ReadByte();

        var clone = (IndexInput)input.Clone();
        clone.Seek(0);

        AssertNumbers(clone);
        Assert.Equal(1, input.Position);
    }

    [Theory]
    [InlineData("_1_Lucene41_0.doc", 10, 5)] // mapped slice
    [InlineData("_1_Lucene45_0.dvd", 10, 5)] // read slice
    public void CreateSlicer_ReadsOnlyItsSlice(string sliceName, int offset, int length)
    {
        using var directory = new SearchDirectory(_folder);
        using (var output = directory.CreateOutput("_1.cfs", IOContext.DEFAULT))
        {
            for (var b = 0; b < 32; b++)
                output.WriteByte((byte)b);
        }

        using var slicer = directory.CreateSlicer("_1.cfs", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice(sliceName, offset, length);
        var bytes = new byte[length];
        slice.ReadBytes(bytes, 0, length);

        Assert.Equal([10, 11, 12, 13, 14], bytes);
        Assert.Equal(length, slice.Length);
        Assert.ThrowsAny<IOException>(() => slice.ReadByte());
    }

    private static void WriteNumbers(SearchDirectory directory, string name)
    {
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        output.WriteByte(0xAB);
        output.WriteInt16(-12_345);
        output.WriteInt32(-1_234_567_890);
        output.WriteInt64(-1_234_567_890_123_456_789L);
        foreach (var value in VInts)
            output.WriteVInt32(value);
        foreach (var value in VLongs)
            output.WriteVInt64(value);
        output.WriteBytes(Bytes, 0, Bytes.Length);
        output.WriteString("straight ' and curly \u2019");
    }

    private static void AssertNumbers(IndexInput input)
    {
        Assert.Equal(0xAB, input.ReadByte());
        Assert.Equal(-12_345, input.ReadInt16());
        Assert.Equal(-1_234_567_890, input.ReadInt32());
        Assert.Equal(-1_234_567_890_123_456_789L, input.ReadInt64());
        foreach (var value in VInts)
            Assert.Equal(value, input.ReadVInt32());
        foreach (var value in VLongs)
            Assert.Equal(value, input.ReadVInt64());
        var bytes = new byte[Bytes.Length];
        input.ReadBytes(bytes, 0, bytes.Length);
        Assert.Equal(Bytes, bytes);
        Assert.Equal("straight ' and curly \u2019", input.ReadString());
    }

    // Every length of variable-length encoding, and a negative int (five bytes).
    private static readonly int[] VInts = [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, int.MaxValue, -1];
    private static readonly long[] VLongs = [0, 127, 128, 1L << 35, 1L << 56, long.MaxValue];

    // Longer than a read buffer (1,024 bytes), so a read goes past it.
    private static readonly byte[] Bytes = Enumerable.Range(0, 3_000).Select(i => (byte)(i * 7)).ToArray();
}
