using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using QuoteIndex.Core.Articles;

namespace QuoteIndex.Core.Ingestion;

/// <summary>
/// Reads articles from files and folders: .txt (one article, optional headers), .json (one record or an array),
/// .jsonl (one record a line). Each problem becomes a rejected input naming the file (and line); reading goes on.
/// </summary>
public static class ArticleFiles
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The block a file is read in when it is read in parts.
    private const int BlockBytes = 64 * 1024;

    public static bool IsSupported(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".json" or ".jsonl";

    /// <summary>Every article under <paramref name="paths"/> (folders recursively, in a stable order).</summary>
    public static async IAsyncEnumerable<ArticleInput> ReadAsync(
        IEnumerable<string> paths, long maxBytes = DefaultMaxBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsSupported)
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    await foreach (var input in ReadFileAsync(file, maxBytes, cancellationToken))
                        yield return input;
                }
            }
            else
            {
                await foreach (var input in ReadFileAsync(path, maxBytes, cancellationToken))
                    yield return input;
            }
        }
    }

    public static async IAsyncEnumerable<ArticleInput> ReadFileAsync(
        string path, long maxBytes = DefaultMaxBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.Equals(Path.GetExtension(path), ".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            await foreach (var input in ReadJsonLinesAsync(path, maxBytes, cancellationToken))
                yield return input;
            yield break;
        }

        var (content, problem) = await ReadTextAsync(path, maxBytes, cancellationToken);
        if (content is null)
        {
            yield return ArticleInput.Rejected(path, problem!);
            yield break;
        }

        foreach (var input in Parse(path, content))
            yield return input;
    }

    /// <summary>
    /// A JSON Lines file a line at a time, with the same rejections as a whole read: the file is checked first (size,
    /// binary, UTF-8) and rejected whole, then read again line by line. Read whole, a corpus of tens of megabytes was
    /// held three times over (bytes, text, lines, all in the collector's large object heap) while its articles went in.
    /// </summary>
    private static async IAsyncEnumerable<ArticleInput> ReadJsonLinesAsync(
        string path, long maxBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var problem = await CheckTextFileAsync(path, maxBytes, cancellationToken);
        if (problem is not null)
        {
            yield return ArticleInput.Rejected(path, problem);
            yield break;
        }

        var lines = new JsonLines(path);
        try
        {
            while (true)
            {
                var (line, lineProblem) = await lines.NextAsync(cancellationToken);
                if (lineProblem is not null)
                {
                    // The file changed or failed between the check and the read: the rest of it is unreadable.
                    yield return ArticleInput.Rejected($"{path}:{lines.Number}", lineProblem);
                    yield break;
                }

                if (line is null)
                    yield break;
                if (!string.IsNullOrWhiteSpace(line))
                    yield return Attempt($"{path}:{lines.Number}", () => JsonArticleParser.Parse(line));
            }
        }
        finally
        {
            await lines.DisposeAsync();
        }
    }

    /// <summary>Why the file cannot be read as UTF-8 text, as <see cref="ReadTextAsync"/> would say, reading it in blocks; null when it can.</summary>
    private static async Task<string?> CheckTextFileAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return "no such file";
            if (info.Length > maxBytes)
                return $"file is {info.Length:N0} bytes, over the {maxBytes:N0}-byte limit";

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
            var bytes = new byte[BlockBytes];
            var chars = new char[BlockBytes];
            var (held, offset, startSeen) = (0, 0L, false);
            string? notUtf8 = null;
            while (true)
            {
                var read = await stream.ReadAsync(bytes.AsMemory(held), cancellationToken);
                var final = read == 0;
                // A NUL anywhere makes the file binary, whatever comes before it, as in a whole read.
                if (bytes.AsSpan(held, read).IndexOf((byte)0) >= 0)
                    return "binary content, not text";
                var block = bytes.AsSpan(0, held + read);
                if (!startSeen)
                {
                    if (block.Length < Encoding.UTF8.Preamble.Length && !final)
                    {
                        held = block.Length;
                        continue;
                    }

                    startSeen = true;
                    if (block.StartsWith(Encoding.UTF8.Preamble))
                        block = block[Encoding.UTF8.Preamble.Length..];
                }

                held = 0;
                if (notUtf8 is null)
                {
                    var status = Utf8.ToUtf16(block, chars, out var used, out _, replaceInvalidSequences: false, isFinalBlock: final);
                    if (status == OperationStatus.InvalidData)
                    {
                        notUtf8 = $"not valid UTF-8 text (bad byte at offset {offset + used})";
                    }
                    else
                    {
                        // A character cut by the end of the block is checked with the next one.
                        block[used..].CopyTo(bytes);
                        (held, offset) = (block.Length - used, offset + used);
                    }
                }

                if (final)
                    return notUtf8;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read ({e.Message})";
        }
    }

    /// <summary>Articles in <paramref name="content"/>, read as the file type that <paramref name="name"/> implies (.txt when none).</summary>
    public static IEnumerable<ArticleInput> Parse(string name, string content)
    {
        switch (Path.GetExtension(name).ToLowerInvariant())
        {
            case ".jsonl":
                var lineNumber = 0;
                foreach (var line in content.Split('\n'))
                {
                    lineNumber++;
                    if (!string.IsNullOrWhiteSpace(line))
                        yield return Attempt($"{name}:{lineNumber}", () => JsonArticleParser.Parse(line));
                }

                break;
            case ".json" when content.TrimStart().StartsWith('['):
                yield return ArticleInput.Rejected(name, "a JSON array of articles is not supported; write one record a line as .jsonl");
                break;
            case ".json":
                yield return Attempt(name, () => JsonArticleParser.Parse(content));
                break;
            case ".txt" or "":
                yield return Attempt(name, () => TextArticleParser.Parse(content));
                break;
            default:
                yield return ArticleInput.Rejected(name, $"unsupported file type '{Path.GetExtension(name)}' (expected .txt, .json or .jsonl)");
                break;
        }
    }

    /// <summary>The file as UTF-8 text, or why it cannot be: missing, too big, binary, or not UTF-8.</summary>
    public static async Task<(string? Content, string? Problem)> ReadTextAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var (bytes, problem) = await ReadBytesAsync(path, maxBytes, cancellationToken);
        return bytes is null ? (null, problem) : Decode(bytes);
    }

    /// <summary>The file's bytes, or why they cannot be read: missing, too big, or unreadable.</summary>
    public static async Task<(byte[]? Bytes, string? Problem)> ReadBytesAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return (null, "no such file");
            if (info.Length > maxBytes)
                return (null, $"file is {info.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
            return (await File.ReadAllBytesAsync(path, cancellationToken), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read ({e.Message})");
        }
    }

    /// <summary>Strict UTF-8 (a BOM is allowed); a NUL byte marks the content as binary.</summary>
    public static (string? Content, string? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0)
            return (null, "binary content, not text");
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"not valid UTF-8 text (bad byte at offset {e.Index})");
        }
    }

    private static ArticleInput Attempt(string source, Func<Article> parse)
    {
        try
        {
            return ArticleInput.Read(source, parse());
        }
        catch (FormatException e)
        {
            return ArticleInput.Rejected(source, e.Message);
        }
    }

    /// <summary>A UTF-8 file's lines, split at '\n' only (as a whole read split them) and read a block at a time.</summary>
    private sealed class JsonLines(string path) : IAsyncDisposable
    {
        private FileStream? _stream;
        private byte[] _buffer = new byte[BlockBytes];
        private int _start;
        private int _end;
        private bool _ended;

        /// <summary>The number of the line last read, from 1.</summary>
        public int Number { get; private set; }

        /// <summary>The next line (null at the end of the file), or why it cannot be read.</summary>
        public async ValueTask<(string? Line, string? Problem)> NextAsync(CancellationToken cancellationToken)
        {
            try
            {
                _stream ??= new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
                while (true)
                {
                    var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
                    if (newline >= 0 || (_ended && _start < _end))
                    {
                        var line = _buffer.AsSpan(_start, newline >= 0 ? newline : _end - _start);
                        _start += newline >= 0 ? newline + 1 : line.Length;
                        Number++;
                        if (Number == 1 && line.StartsWith(Encoding.UTF8.Preamble))
                            line = line[Encoding.UTF8.Preamble.Length..];
                        return (StrictUtf8.GetString(line), null);
                    }

                    if (_ended)
                        return (null, null);
                    _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                    (_end, _start) = (_end - _start, 0);
                    // A line longer than the buffer (an article of many kilobytes) doubles it; the file's size is capped.
                    if (_end == _buffer.Length)
                        Array.Resize(ref _buffer, _buffer.Length * 2);
                    var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
                    _end += read;
                    _ended = read == 0;
                }
            }
            catch (DecoderFallbackException)
            {
                return (null, "not valid UTF-8 text");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Number++;
                return (null, $"cannot be read ({e.Message})");
            }
        }

        public ValueTask DisposeAsync() => _stream?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
