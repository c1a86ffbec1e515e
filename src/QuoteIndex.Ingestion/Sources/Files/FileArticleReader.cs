using System.Runtime.CompilerServices;
using Microsoft.Extensions.FileSystemGlobbing;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Ingestion.Sources.Html;

namespace QuoteIndex.Ingestion.Sources.Files;

/// <summary>
/// Articles from files, folders and standard input. HTML files are read here; .txt, .json and .jsonl by Core's
/// <see cref="ArticleFiles"/>, with the same size cap and the same rejections (missing, binary, not UTF-8).
/// </summary>
public static class FileArticleReader
{
    public const string StandardInputName = "stdin";

    /// <summary>The file, or every readable file under the folder that the selection's globs let through, in ordinal order.</summary>
    public static async IAsyncEnumerable<ArticleInput> ReadPathAsync(
        string path, SourceSelection selection, long maxBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var (files, problem) = Directory.Exists(path) ? FilesUnder(path, selection) : ([path], null);
        if (problem is not null)
            yield return ArticleInput.Rejected(path, problem);
        foreach (var file in files)
        {
            await foreach (var input in ReadFileAsync(file, maxBytes, cancellationToken))
                yield return input;
        }
    }

    public static async IAsyncEnumerable<ArticleInput> ReadFileAsync(
        string path, long maxBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var format = ArticleFormats.OfFile(path);
        if (format is null && File.Exists(path))
        {
            yield return ArticleInput.Rejected(path, $"unsupported file type '{Path.GetExtension(path)}' (expected .html, .htm, .txt, .json or .jsonl)");
            yield break;
        }

        if (format != ArticleFormats.Html)
        {
            await foreach (var input in ArticleFiles.ReadFileAsync(path, maxBytes, cancellationToken))
                yield return input;
            yield break;
        }

        var (bytes, problem) = await ArticleFiles.ReadBytesAsync(path, maxBytes, cancellationToken);
        var (html, decodeProblem) = bytes is null ? (null, problem) : HtmlDecoding.Decode(bytes, headerCharset: null, lookInside: true);
        yield return html is null ? ArticleInput.Rejected(path, decodeProblem!) : HtmlArticleReader.Read(path, html);
    }

    /// <summary>Standard input read whole (up to the cap) as <paramref name="format"/>, or guessed when null.</summary>
    public static async Task<IReadOnlyList<ArticleInput>> ReadStandardInputAsync(
        Stream stdin, string? format, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        if (format is not null && !ArticleFormats.ForStandardInput.Contains(format))
            return [ArticleInput.Rejected(StandardInputName, $"unknown format '{format}' (expected {string.Join(", ", ArticleFormats.ForStandardInput)})")];

        var bytes = await ByteLimit.ReadAsync(stdin, maxBytes, cancellationToken);
        if (bytes is null)
            return [ArticleInput.Rejected(StandardInputName, ByteLimit.TooLarge(maxBytes))];

        format ??= Guess(bytes);
        var (content, problem) = format == ArticleFormats.Html
            ? HtmlDecoding.Decode(bytes, headerCharset: null, lookInside: true)
            : ArticleFiles.Decode(bytes);
        return content is null
            ? [ArticleInput.Rejected(StandardInputName, problem!)]
            : ArticleFormats.Parse(StandardInputName, content, format).ToList();
    }

    private static (IReadOnlyList<string> Files, string? Problem) FilesUnder(string folder, SourceSelection selection)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(selection.Include.Count > 0 ? selection.Include : ["**/*"]);
        matcher.AddExcludePatterns(selection.Exclude);
        try
        {
            return ([.. matcher.GetResultsInFullPath(folder).Where(file => ArticleFormats.OfFile(file) is not null).Order(StringComparer.Ordinal)], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], $"cannot be read ({e.Message})");
        }
    }

    private static string Guess(ReadOnlySpan<byte> bytes)
    {
        var first = bytes.TrimStart("\uFEFF \t\r\n"u8);
        return first.IsEmpty ? ArticleFormats.Text : first[0] switch
        {
            (byte)'{' => ArticleFormats.JsonLines,
            (byte)'<' => ArticleFormats.Html,
            _ => ArticleFormats.Text,
        };
    }
}
