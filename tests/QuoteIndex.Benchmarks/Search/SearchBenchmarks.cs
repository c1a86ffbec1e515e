using BenchmarkDotNet.Attributes;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Lucene;

namespace QuoteIndex.Benchmarks.Search;

/// <summary>
/// Single searches against a generated index (`generate` first; QUOTEINDEX_BENCH_INDEX names its folder), with the
/// four facets and the monthly histogram: a rare word, a mid-frequency word, the most frequent word, and the latter
/// with a speaker filter (one extra counting pass for the speaker facet). The store keeps no results between calls
/// (each call would otherwise be answered from its cache): these are the costs of the searches themselves.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private LuceneQuoteStore _store = null!;
    private string[] _words = [];
    private string _speaker = "";

    [GlobalSetup]
    public void Open()
    {
        var path = Environment.GetEnvironmentVariable("QUOTEINDEX_BENCH_INDEX")
                   ?? throw new InvalidOperationException("Set QUOTEINDEX_BENCH_INDEX to an index made by `generate`.");
        _store = LuceneQuoteStore.Open(path, searchCacheEntries: 0);
        var synthetic = new SyntheticQuotes(seed: 1);
        _words = [synthetic.Vocabulary[5_000], synthetic.Vocabulary[100], synthetic.Vocabulary[0]];
        _speaker = Speaker.KeyFor(synthetic.Speakers[0]);
    }

    [GlobalCleanup]
    public async Task Close() => await _store.DisposeAsync();

    [Benchmark]
    public Task<QuoteSearchResult> RareWord() => Search(_words[0]);

    [Benchmark]
    public Task<QuoteSearchResult> CommonWord() => Search(_words[1]);

    [Benchmark]
    public Task<QuoteSearchResult> MostFrequentWord() => Search(_words[2]);

    [Benchmark]
    public Task<QuoteSearchResult> MostFrequentWordOneSpeaker() =>
        _store.SearchAsync(Query(_words[2]) with { Filter = new QuoteFilter { SpeakerKeys = [_speaker] } }, CancellationToken.None);

    private Task<QuoteSearchResult> Search(string word) => _store.SearchAsync(Query(word), CancellationToken.None);

    private static QuoteQuery Query(string word) =>
        new() { Text = word, FacetSize = 10, Histogram = HistogramInterval.Month, Highlight = true };
}
