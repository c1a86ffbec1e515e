using System.Collections.Concurrent;
using System.Text;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Benchmarks;

/// <summary>
/// Articles from the research data beside the repository (../shared), read with the product's
/// <see cref="JsonArticleParser"/> once per process. Gold lines are articles too (shared/eval/FORMAT.md).
/// </summary>
public sealed class Corpus
{
    public const string BbcNews = "bbc-news";
    public const string Reuters = "reuters-21578";
    public const string PolNeArDev = "polnear-dev";

    private static readonly Dictionary<string, string[]> Files = new(StringComparer.Ordinal)
    {
        [BbcNews] = ["corpus", "bbc-news.jsonl"],
        [Reuters] = ["corpus", "reuters-21578.jsonl"],
        [PolNeArDev] = ["eval", "polnear", "dev.jsonl"],
    };

    private static readonly ConcurrentDictionary<string, Corpus> Loaded = new(StringComparer.Ordinal);

    private Corpus(string name, IReadOnlyList<Article> articles)
    {
        Name = name;
        Articles = articles;
        Utf8Bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        Utf16Chars = articles.Sum(a => (long)a.Text.Length);
    }

    public static IReadOnlyCollection<string> Names => Files.Keys;

    public string Name { get; }
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The size of the article texts in UTF-8, the measure of the MB/s column.</summary>
    public long Utf8Bytes { get; }

    public long Utf16Chars { get; }

    public static Corpus Load(string name) => Loaded.GetOrAdd(name, Read);

    private static Corpus Read(string name)
    {
        var path = Path.Combine([SharedFolder(), .. Files[name]]);
        var articles = File.ReadLines(path, Encoding.UTF8)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(JsonArticleParser.Parse)
            .ToList();
        return new Corpus(name, articles);
    }

    /// <summary>
    /// shared/, found by walking up from the current directory (the repository lies beside it); BenchmarkDotNet runs
    /// each benchmark in a child process from its build folder, so the program's own folder is tried next.
    /// </summary>
    private static string SharedFolder()
    {
        var current = Directory.GetCurrentDirectory();
        foreach (var start in new[] { current, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var shared = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(shared, "corpus")) && Directory.Exists(Path.Combine(shared, "eval")))
                    return shared;
            }
        }

        throw new DirectoryNotFoundException(
            $"The research data folder shared/ (with corpus/ and eval/) was not found in {current} or any folder above it. " +
            "Run the benchmarks from inside the repository, which must lie beside ../shared.");
    }
}
