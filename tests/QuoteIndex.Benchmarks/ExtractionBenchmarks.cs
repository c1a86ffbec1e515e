using BenchmarkDotNet.Attributes;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Extraction;

namespace QuoteIndex.Benchmarks;

/// <summary>
/// <see cref="QuoteExtractor.Extract"/> over whole corpora, one benchmark per corpus. An operation extracts every
/// article of the corpus once, on one thread, so the MB/s and Articles/s columns (<see cref="ThroughputColumn"/>)
/// are per core. The corpus is read in the global setup and is not timed.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
public class ExtractionBenchmarks
{
    private IReadOnlyList<Article> _articles = [];

    [GlobalSetup(Target = nameof(BbcNews))]
    public void LoadBbcNews() => _articles = Corpus.Load(Corpus.BbcNews).Articles;

    [GlobalSetup(Target = nameof(Reuters21578))]
    public void LoadReuters21578() => _articles = Corpus.Load(Corpus.Reuters).Articles;

    [GlobalSetup(Target = nameof(PolNeArDev))]
    public void LoadPolNeArDev() => _articles = Corpus.Load(Corpus.PolNeArDev).Articles;

    /// <summary>2,225 BBC News articles, 2004-2005: feature writing with many quotes.</summary>
    [Benchmark, BenchmarkCategory(Corpus.BbcNews)]
    public int BbcNews() => ExtractAll(_articles);

    /// <summary>19,043 Reuters newswire articles from 1987: short wire copy, mostly tables and figures.</summary>
    [Benchmark, BenchmarkCategory(Corpus.Reuters)]
    public int Reuters21578() => ExtractAll(_articles);

    /// <summary>The 84 PolNeAR dev articles, 2016 US political news, the densest in attributions.</summary>
    [Benchmark, BenchmarkCategory(Corpus.PolNeArDev)]
    public int PolNeArDev() => ExtractAll(_articles);

    /// <summary>The number of quotes found, returned so that the work cannot be optimised away.</summary>
    private static int ExtractAll(IReadOnlyList<Article> articles)
    {
        var quotes = 0;
        foreach (var article in articles)
            quotes += QuoteExtractor.Extract(article).Count;
        return quotes;
    }
}
