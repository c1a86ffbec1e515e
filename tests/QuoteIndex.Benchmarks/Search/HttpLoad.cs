using System.Diagnostics;
using System.Globalization;

namespace QuoteIndex.Benchmarks.Search;

/// <summary>
/// `load URL [CLIENTS] [SECONDS]`: that many clients send <see cref="SearchMix"/> searches back to back to a running
/// `quoteindex serve` for the given time; prints searches per second and the latency percentiles.
/// </summary>
public static class HttpLoad
{
    public static async Task<int> RunAsync(Uri server, int clients, int seconds)
    {
        var mix = SearchMix.Searches(seed: 1, 10_000).Select(SearchMix.Url).ToArray();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = server };
        // Warm-up: the server's first searches load its per-segment facet columns.
        for (var i = 0; i < 100; i++)
            (await http.GetAsync(mix[i])).EnsureSuccessStatusCode();

        var until = Stopwatch.StartNew();
        var duration = TimeSpan.FromSeconds(seconds);
        var latencies = new List<double>[clients];
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var mine = latencies[client] = [];
            for (var i = client * 997; until.Elapsed < duration; i++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await http.GetAsync(mix[i % mix.Length], HttpCompletionOption.ResponseContentRead);
                mine.Add(clock.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                    Interlocked.Increment(ref failures);
            }
        }));

        var all = latencies.SelectMany(l => l).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clients} clients, {until.Elapsed.TotalSeconds:F1} s: {all.Count / until.Elapsed.TotalSeconds:N0} searches/s, {failures} failed; {SearchMix.Percentiles(all)}"));
        return failures == 0 ? 0 : 1;
    }
}
