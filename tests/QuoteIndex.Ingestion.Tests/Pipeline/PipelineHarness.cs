using System.Runtime.CompilerServices;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Clustering;
using QuoteIndex.Core.Extraction;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Core.Storage;
using QuoteIndex.Ingestion.Pipeline;
using QuoteIndex.Store.Lucene;

namespace QuoteIndex.Ingestion.Tests.Pipeline;

/// <summary>A data folder of the test's own with the real Lucene store, ledger and rejects file, as `ingest` sets them up.</summary>
internal sealed class PipelineHarness : IAsyncDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("quoteindex-pipeline-");
    private LuceneQuoteStore? _store;

    public static CancellationToken Ct => CancellationToken.None;

    public string LedgerPath => Path.Combine(_data.FullName, IngestionLedger.FileName);

    public string RejectsPath => Path.Combine(_data.FullName, RejectsFile.FileName);

    /// <summary>The store, open for the harness's life.</summary>
    public IQuoteStore Store => _store ??= LuceneQuoteStore.Open(Path.Combine(_data.FullName, "index"));

    public List<Rejection> Rejected { get; } = [];

    /// <summary>
    /// One run, as one `ingest` command makes it: the ledger and rejects file opened for it and closed after; the
    /// pipeline reaches the store through <paramref name="storeSeen"/> when given, and weighs the memory that
    /// <paramref name="liveBytes"/> reads against its budget when given.
    /// </summary>
    public async Task<IngestionSummary> RunAsync(
        IAsyncEnumerable<ArticleInput> inputs, IngestionOptions? options = null, Action<IngestionPipeline>? watch = null,
        Func<IQuoteStore, IQuoteStore>? storeSeen = null, Func<long>? liveBytes = null, CancellationToken cancellationToken = default)
    {
        await using var ledger = await IngestionLedger.OpenAsync(LedgerPath, Ct);
        using var rejects = RejectsFile.Open(RejectsPath, TimeProvider.System);
        var store = storeSeen?.Invoke(Store) ?? Store;
        var pipeline = new IngestionPipeline(
            store, new QuoteClusterer(store), ledger, rejects, options ?? new IngestionOptions(), TimeProvider.System,
            liveBytes ?? BatchScale.LiveAfterLastFullCollection);
        watch?.Invoke(pipeline);
        return await pipeline.RunAsync(inputs, Rejected.Add, cancellationToken).WaitAsync(TimeSpan.FromSeconds(60), Ct);
    }

    public Task<IngestionSummary> RunAsync(IEnumerable<Article> articles, IngestionOptions? options = null) =>
        RunAsync(Inputs(articles), options);

    /// <summary>Every stored quote id, in order.</summary>
    public async Task<List<string>> StoredIdsAsync()
    {
        var ids = new List<string>();
        for (var offset = 0; ; offset += QuoteQuery.MaxLimit)
        {
            var page = await Store.SearchAsync(new QuoteQuery { Offset = offset, Limit = QuoteQuery.MaxLimit }, Ct);
            ids.AddRange(page.Hits.Select(h => h.Quote.Id));
            if (page.Hits.Count < QuoteQuery.MaxLimit)
                return ids.Order(StringComparer.Ordinal).ToList();
        }
    }

    public static Article Article(int number, int version = 0) =>
        new(InventedCorpus.Id(number), InventedCorpus.Text(number, version)) { Outlet = "The Harbour Ledger" };

    public static IEnumerable<Article> Articles(int count) => Enumerable.Range(1, count).Select(n => Article(n));

    /// <summary>What the extractor finds in <paramref name="articles"/>, each article's quotes counted once.</summary>
    public static int QuotesIn(IEnumerable<Article> articles) => articles.Sum(a => QuoteExtractor.Extract(a).Count);

    public static async IAsyncEnumerable<ArticleInput> Inputs(IEnumerable<Article> articles, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return ArticleInput.Read(article.Id, article);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
            await _store.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
