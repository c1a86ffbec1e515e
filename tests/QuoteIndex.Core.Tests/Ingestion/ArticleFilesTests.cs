using System.Text;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Core.Tests.Ingestion;

public sealed class ArticleFilesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("quoteindex-files-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task ReadAsync_Folder_ReadsSupportedFilesRecursivelyInOrder()
    {
        Write("b.txt", "Title: B\n\nBody B.");
        Write("sub/a.jsonl", "{\"id\":\"a1\",\"text\":\"Body A1.\"}\n{\"id\":\"a2\",\"text\":\"Body A2.\"}\n");
        Write("notes.md", "ignored");

        var inputs = await ReadAllAsync(_folder.FullName);

        Assert.Equal(["B", null, null], inputs.Select(i => i.Article?.Title));
        Assert.Equal(["b.txt", "a.jsonl:1", "a.jsonl:2"], inputs.Select(i => Path.GetFileName(i.Source)));
        Assert.Equal("a2", inputs[2].Article!.Id);
    }

    [Fact]
    public async Task ReadAsync_MalformedJsonLine_RejectsThatLineAndKeepsTheOthers()
    {
        var path = Write("feed.jsonl", "{\"id\":\"ok1\",\"text\":\"One.\"}\n{not json\n{\"id\":\"ok2\",\"text\":\"Two.\"}\n{\"id\":\"empty\"}\n");

        var inputs = await ReadAllAsync(path);

        Assert.Equal(["ok1", "ok2"], inputs.Where(i => i.Article is not null).Select(i => i.Article!.Id));
        var rejected = inputs.Where(i => i.Problem is not null).ToList();
        Assert.Equal([$"{path}:2", $"{path}:4"], rejected.Select(r => r.Source));
        Assert.Contains("malformed JSON", rejected[0].Problem, StringComparison.Ordinal);
        Assert.Contains("no \"text\"", rejected[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_IsRejectedByName()
    {
        var path = Path.Combine(_folder.FullName, "absent.txt");

        var input = Assert.Single(await ReadAllAsync(path));

        Assert.Equal(path, input.Source);
        Assert.Equal("no such file", input.Problem);
    }

    [Fact]
    public async Task ReadAsync_BinaryFile_IsRejected()
    {
        var path = Path.Combine(_folder.FullName, "image.txt");
        await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A, 0x0A]);

        var input = Assert.Single(await ReadAllAsync(path));

        Assert.Contains("binary", input.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Latin1File_IsRejectedAsNotUtf8()
    {
        var path = Path.Combine(_folder.FullName, "latin1.txt");
        await File.WriteAllBytesAsync(path, Encoding.Latin1.GetBytes("Le ministre a déclaré: « Non. »"));

        var input = Assert.Single(await ReadAllAsync(path));

        Assert.Contains("not valid UTF-8", input.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FileOverTheSizeLimit_IsRejected()
    {
        var path = Write("big.txt", new string('x', 2_000));

        var inputs = new List<ArticleInput>();
        await foreach (var input in ArticleFiles.ReadAsync([path], maxBytes: 1_000))
            inputs.Add(input);

        Assert.Contains("over the 1,000-byte limit", Assert.Single(inputs).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Utf8ByteOrderMark_IsAccepted()
    {
        var path = Path.Combine(_folder.FullName, "bom.txt");
        await File.WriteAllBytesAsync(path, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Title: T\n\nText.")]);

        Assert.Equal("T", Assert.Single(await ReadAllAsync(path)).Article!.Title);
    }

    [Fact]
    public async Task ReadAsync_JsonLinesLongerThanAReadBlock_AreReadWholeLineByLine()
    {
        // Longer than the 64 KB blocks a .jsonl file is read in, with two- and three-byte characters across their edges.
        var longText = string.Concat(Enumerable.Repeat("Caf\u00e9 prices rose by \u20ac3. ", 6_000));
        var path = Path.Combine(_folder.FullName, "long.jsonl");
        var lines = $"{{\"id\":\"long\",\"text\":\"{longText}\"}}\r\n{{\"id\":\"short\",\"text\":\"Short.\"}}\n\n{{\"id\":\"last\",\"text\":\"Last.\"}}";
        await File.WriteAllBytesAsync(path, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(lines)]);

        var inputs = await ReadAllAsync(path);

        Assert.Equal([$"{path}:1", $"{path}:2", $"{path}:4"], inputs.Select(i => i.Source));
        Assert.Equal(["long", "short", "last"], inputs.Select(i => i.Article!.Id));
        Assert.Equal(longText, inputs[0].Article!.Text);
    }

    [Fact]
    public async Task ReadAsync_JsonLinesWithABadByteFarIn_IsRejectedWholeWithItsOffset()
    {
        var good = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"{{\"id\":\"a{i}\",\"text\":\"Caf\u00e9 {i}.\"}}\n"));
        var path = Path.Combine(_folder.FullName, "latin1.jsonl");
        var goodBytes = Encoding.UTF8.GetBytes(good);
        // The bad byte is the \u00e9 of the last line, 21 bytes into it, past the first 64 KB block.
        await File.WriteAllBytesAsync(path, [.. goodBytes, .. Encoding.Latin1.GetBytes("{\"id\":\"b\",\"text\":\"Caf\u00e9.\"}\n")]);

        var input = Assert.Single(await ReadAllAsync(path));

        Assert.Equal(path, input.Source);
        Assert.Equal($"not valid UTF-8 text (bad byte at offset {goodBytes.Length + 21})", input.Problem);
    }

    [Fact]
    public async Task ReadAsync_JsonLinesWithANulAfterABadByte_IsRejectedAsBinary()
    {
        var path = Path.Combine(_folder.FullName, "mixed.jsonl");
        await File.WriteAllBytesAsync(path, [.. Encoding.Latin1.GetBytes("{\"text\":\"\u00e9\"}\n"), .. new byte[70_000]]);

        Assert.Equal("binary content, not text", Assert.Single(await ReadAllAsync(path)).Problem);
    }

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<List<ArticleInput>> ReadAllAsync(string path)
    {
        var inputs = new List<ArticleInput>();
        await foreach (var input in ArticleFiles.ReadAsync([path]))
            inputs.Add(input);
        return inputs;
    }
}
