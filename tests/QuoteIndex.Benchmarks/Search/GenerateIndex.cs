using System.Diagnostics;
using System.Globalization;
using QuoteIndex.Store.Lucene;

namespace QuoteIndex.Benchmarks.Search;

/// <summary>`generate INDEX [QUOTES] [SEED]`: writes synthetic quotes into a Lucene index folder, in batches of articles.</summary>
public static class GenerateIndex
{
    private const int ArticlesPerBatch = 4_000;

    public static async Task<int> RunAsync(string indexPath, int quotes, int seed)
    {
        var clock = Stopwatch.StartNew();
        var synthetic = new SyntheticQuotes(seed);
        await using var store = LuceneQuoteStore.Open(indexPath);
        var articles = quotes / SyntheticQuotes.QuotesPerArticle;
        for (var first = 0; first < articles; first += ArticlesPerBatch)
        {
            var batch = Enumerable.Range(first, Math.Min(ArticlesPerBatch, articles - first)).Select(synthetic.NextArticle).ToList();
            await store.ReplaceArticlesAsync(batch, CancellationToken.None);
            if ((first / ArticlesPerBatch) % 25 == 0)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(first + batch.Count) * SyntheticQuotes.QuotesPerArticle:N0} quotes, {clock.Elapsed.TotalSeconds:F0} s"));
        }

        var count = await store.CountAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} quotes in {clock.Elapsed.TotalSeconds:F0} s ({count / clock.Elapsed.TotalSeconds:N0} quotes/s) into {Path.GetFullPath(indexPath)}"));
        return 0;
    }
}
