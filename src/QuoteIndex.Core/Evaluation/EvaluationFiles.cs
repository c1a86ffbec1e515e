using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Core.Evaluation;

/// <summary>Reads gold and prediction files: UTF-8 JSONL, one record a line, blank lines skipped (as score.py reads them).</summary>
public static class EvaluationFiles
{
    /// <summary>Evaluation files are read whole; PolNeAR's training gold is about 10 MB.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    /// <summary>
    /// Every non-blank line of <paramref name="path"/>, parsed by <paramref name="parse"/>; or, at the first problem,
    /// why not, naming the file and the line ("gold.jsonl:7: malformed JSON ..."). A parser reports a bad line
    /// with a <see cref="FormatException"/>.
    /// </summary>
    public static async Task<(IReadOnlyList<T>? Records, string? Problem)> ReadAsync<T>(
        string path, Func<string, T> parse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(parse);
        var (content, problem) = await ArticleFiles.ReadTextAsync(path, MaxBytes, cancellationToken);
        if (content is null)
            return (null, $"{path}: {problem}");

        var records = new List<T>();
        using var reader = new StringReader(content);
        var number = 0;
        // ReadLine ends a line at \n, \r\n or a lone \r, as Python's universal newlines do.
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (PythonText.Strip(line).Length == 0)
                continue;
            try
            {
                records.Add(parse(line));
            }
            catch (FormatException e)
            {
                return (null, $"{path}:{number}: {e.Message}");
            }
        }

        return (records, null);
    }
}
