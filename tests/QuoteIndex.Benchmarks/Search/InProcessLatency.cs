using System.Diagnostics;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store;
using QuoteIndex.Store.Lucene;

namespace QuoteIndex.Benchmarks.Search;

/// <summary>
/// `latency INDEX [SEARCHES] [bare] [nocache] [collapse]`: each search of <see cref="SearchMix"/> once against the store in process, with the
/// four facets and the monthly histogram, after a warm-up; prints the latency percentiles, term queries apart.
/// BenchmarkDotNet (<see cref="SearchBenchmarks"/>) gives means of single queries; this gives the distribution.
/// </summary>
public static class InProcessLatency
{
    /// <param name="indexPath">The index folder.</param>
    /// <param name="searches">How many searches to time.</param>
    /// <param name="bare">Without facets, histogram and highlights: what they cost is the difference.</param>
    /// <param name="cache">Keep results per snapshot, as the server does by default: the mix repeats its frequent words.</param>
    /// <param name="collapse">One hit per cluster (<see cref="QuoteQuery.CollapseClusters"/>): what that costs is the difference.</param>
    public static async Task<int> RunAsync(string indexPath, int searches, bool bare, bool cache, bool collapse = false)
    {
        await using var store = LuceneQuoteStore.Open(indexPath, cache ? LuceneStoreOptions.DefaultSearchCacheEntries : 0);
        var mix = SearchMix.Searches(seed: 1, searches);
        Console.WriteLine($"{await store.CountAsync(CancellationToken.None):N0} quotes");
        // Warm-up on the 200 searches drawn after the timed ones: with the cache, the most frequent words among them are
        // then cached, as on a server that has been answering for a while.
        foreach (var search in SearchMix.Searches(seed: 1, searches + 200).Skip(searches))
            await store.SearchAsync(Query(search, bare) with { CollapseClusters = collapse }, CancellationToken.None);

        var terms = new List<double>();
        var all = new List<double>();
        long hits = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var wall = Stopwatch.StartNew();
        foreach (var (search, i) in mix.Select((s, i) => (s, i)))
        {
            var clock = Stopwatch.StartNew();
            var result = await store.SearchAsync(Query(search, bare) with { CollapseClusters = collapse }, CancellationToken.None);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            hits += result.Total;
            all.Add(elapsed);
            if (i % 10 < 7)
                terms.Add(elapsed);
        }

        // On a shared machine the wall-clock percentiles include waits for a core; CPU time per search does not.
        var cpuPerSearch = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / mix.Count;
        var kilobytesPerSearch = (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / mix.Count;
        var gcs = GC.CollectionCount(0) - collections;
        Console.WriteLine($"term queries: {SearchMix.Percentiles(terms)}");
        Console.WriteLine($"CPU per search {cpuPerSearch:F2} ms, wall per search {wall.Elapsed.TotalMilliseconds / mix.Count:F2} ms, allocated per search {kilobytesPerSearch:F0} KB, {gcs} collections");
        Console.WriteLine($"whole mix:    {SearchMix.Percentiles(all)}; mean hits {hits / mix.Count:N0}");
        return 0;
    }

    public static QuoteQuery Query((string Text, string? Speaker, string? Sort) search, bool bare = false) => bare ? Query(search) with { FacetSize = 0, Histogram = null, Highlight = false } : new()
    {
        Text = search.Text,
        Filter = search.Speaker is { } s ? new QuoteFilter { SpeakerKeys = [s] } : QuoteFilter.None,
        Sort = search.Sort is null ? null : QuoteSort.Newest,
        FacetSize = 10,
        Histogram = HistogramInterval.Month,
        Highlight = true,
    };
}
