using System.Runtime.CompilerServices;
using System.Text;
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
        var (content, problem) = await ReadTextAsync(path, maxBytes, cancellationToken);
        if (content is null)
        {
            yield return ArticleInput.Rejected(path, problem!);
            yield break;
        }

        foreach (var input in Parse(path, content))
            yield return input;
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
}
