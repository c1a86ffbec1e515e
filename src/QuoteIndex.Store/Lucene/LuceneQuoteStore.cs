using System.Runtime.ExceptionServices;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Lucene.IndexFiles;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace QuoteIndex.Store.Lucene;

/// <summary>
/// The embedded store: a Lucene.NET index in one folder, owned by this process for the store's life.
/// One <see cref="IndexWriter"/> takes every write; searches read near-real-time snapshots through a <see cref="SearcherManager"/>.
/// </summary>
/// <remarks>
/// Lucene works synchronously, so the work runs on the caller's thread and the tasks come back completed;
/// handing it to the thread pool would only add a hop.
/// </remarks>
public sealed partial class LuceneQuoteStore : IQuoteStore
{
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly LuceneReviewIndex _reviews;
    private readonly ClusterKeyTables _keyTables;
    private readonly int _searchCacheEntries;
    private readonly TimeSpan _searchCacheFrom;

    // Serialises writes so that a delete and its adds reach one commit together and no refresh sees half of them.
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private int _disposed;

    private LuceneQuoteStore(
        LuceneDirectory directory, Analyzer analyzer, IndexWriter writer, LuceneReviewIndex reviews, ClusterKeyTables keyTables, int searchCacheEntries, TimeSpan searchCacheFrom)
    {
        _searchCacheEntries = searchCacheEntries;
        _searchCacheFrom = searchCacheFrom;
        _keyTables = keyTables;
        _directory = directory;
        _reviews = reviews;
        _analyzer = analyzer;
        _writer = writer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new SearcherFactory());
    }

    /// <summary>
    /// Opens the index in <paramref name="indexPath"/>, creating the folder and an empty index when missing; its files
    /// are read through memory maps, or with ordinary reads when <paramref name="memoryMapped"/> is false
    /// (<see cref="LuceneStoreOptions.MemoryMapped"/>).
    /// </summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="searchCacheEntries">Search results kept per index snapshot (<see cref="LuceneStoreOptions.SearchCacheEntries"/>); 0 keeps none.</param>
    /// <param name="memoryMapped">Whether the index files are read through memory maps.</param>
    /// <param name="searchCacheFromMilliseconds">How long a search must have taken for its result to be kept (<see cref="LuceneStoreOptions.SearchCacheFromMilliseconds"/>).</param>
    /// <exception cref="InvalidOperationException">Another process (or another store in this one) has the index open.</exception>
    public static LuceneQuoteStore Open(string indexPath, int searchCacheEntries = LuceneStoreOptions.DefaultSearchCacheEntries, bool memoryMapped = true,
        double searchCacheFromMilliseconds = LuceneStoreOptions.DefaultSearchCacheFromMilliseconds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        ArgumentOutOfRangeException.ThrowIfNegative(searchCacheEntries);
        ArgumentOutOfRangeException.ThrowIfNegative(searchCacheFromMilliseconds);
        var folder = System.IO.Directory.CreateDirectory(indexPath);
        LuceneDirectory directory = memoryMapped ? new SearchDirectory(folder) : new NIOFSDirectory(folder);
        var analyzer = QuoteDocument.CreateAnalyzer();
        IndexWriter? writer = null;
        var keyTables = new ClusterKeyTables(folder.FullName);
        try
        {
            writer = new IndexWriter(directory, new IndexWriterConfig(QuoteDocument.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 128,
                MergedSegmentWarmer = keyTables.Warmer,
            });
            // Only with the folder's lock, which the writer has taken: another process's tables are not ours to delete.
            keyTables.DeleteLeftovers();
            // A brand-new index has no commit yet; make one so readers (and a reopen) find an index.
            writer.Commit();
            UpgradeLayout(writer, directory);
            return new LuceneQuoteStore(directory, analyzer, writer, LuceneReviewIndex.Open(folder.FullName), keyTables, searchCacheEntries,
                TimeSpan.FromMilliseconds(searchCacheFromMilliseconds));
        }
        catch (LockObtainFailedException ex)
        {
            analyzer.Dispose();
            directory.Dispose();
            throw new InvalidOperationException(
                $"The quote index folder '{folder.FullName}' is locked: another QuoteIndex process is using it. " +
                "Stop that process or point Store:Lucene:IndexPath at another folder.", ex);
        }
        catch
        {
            writer?.Dispose();
            keyTables.Dispose();
            analyzer.Dispose();
            directory.Dispose();
            throw;
        }
    }

    public async Task UpsertAsync(IReadOnlyCollection<Quote> quotes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (quotes.Count == 0)
            return;

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            foreach (var quote in quotes)
                _writer.UpdateDocument(new Term(QuoteDocument.Id, quote.Id), QuoteDocument.From(quote));
            CommitAndRefresh();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task ReplaceArticleAsync(string articleId, IReadOnlyCollection<Quote> quotes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        ArgumentNullException.ThrowIfNull(quotes);
        var stranger = quotes.FirstOrDefault(q => !string.Equals(q.Article.Id, articleId, StringComparison.Ordinal));
        if (stranger is not null)
        {
            throw new ArgumentException(
                $"Quote {stranger.Id} belongs to article '{stranger.Article.Id}', not '{articleId}'.", nameof(quotes));
        }

        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        cancellationToken.ThrowIfCancellationRequested();

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            _writer.DeleteDocuments(new Term(QuoteDocument.ArticleId, QuoteDocument.Keyword(articleId)));
            // Update rather than add: the same quote listed twice is still stored once.
            foreach (var quote in quotes)
                _writer.UpdateDocument(new Term(QuoteDocument.Id, quote.Id), QuoteDocument.From(quote));
            CommitAndRefresh();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task ReplaceArticlesAsync(IReadOnlyList<ArticleQuotes> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (articles.Count == 0)
            return;

        // The later entry of an article listed twice wins; every document is built before the writer is touched, so
        // a quote that cannot be mapped fails the call with nothing half-written into the next commit.
        var latest = articles.GroupBy(a => a.ArticleId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var documents = new List<(Quote Quote, byte[] Json)>[latest.Count];
        OnEveryCore(latest.Count, i => documents[i] = DistinctById(latest[i].Quotes), cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            // A quote's id is made from its article's id, so the article's delete removes every older copy and a
            // plain add suffices: one delete term per article, not one per quote. The deletes go first and apply
            // only to documents already added, so the adds can then run on every core, the IndexWriter giving each
            // thread its own in-memory segment: indexing is the costliest step of ingestion.
            foreach (var article in latest)
                _writer.DeleteDocuments(new Term(QuoteDocument.ArticleId, QuoteDocument.Keyword(article.ArticleId)));
            OnEveryCore(documents.Length, i =>
            {
                var fields = ReusableQuoteFields.Current;
                foreach (var (quote, json) in documents[i])
                    _writer.AddDocument(fields.Fill(quote, json));
            }, CancellationToken.None);
            CommitAndRefresh();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Runs <paramref name="body"/> for 0 to <paramref name="count"/> - 1 on every core; a failure is thrown as itself.</summary>
    private static void OnEveryCore(int count, Action<int> body, CancellationToken cancellationToken)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    /// <summary>The quotes with their stored JSON, the last one kept when an id is listed twice.</summary>
    private static List<(Quote Quote, byte[] Json)> DistinctById(IReadOnlyList<Quote> quotes) =>
        quotes.GroupBy(q => q.Id, StringComparer.Ordinal).Select(g => (g.Last(), QuoteJson.SerializeToUtf8Bytes(g.Last()))).ToList();

    public Task<Quote?> GetAsync(string id, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        return WithSearcher(searcher =>
        {
            var top = searcher.Search(new TermQuery(new Term(QuoteDocument.Id, id)), 1);
            return top.ScoreDocs.Length == 0
                ? null
                : QuoteDocument.Read(searcher, top.ScoreDocs[0].Doc);
        });
    });

    public Task<long> CountAsync(CancellationToken cancellationToken) => Completed(() =>
    {
        cancellationToken.ThrowIfCancellationRequested();
        return WithSearcher(searcher => (long)searcher.IndexReader.NumDocs);
    });

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return ValueTask.CompletedTask;

        _searchers.Dispose();
        _reviews.Dispose();
        // Disposing the writer commits nothing new (every write already committed) and releases the folder's lock.
        _writer.Dispose();
        _keyTables.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
        _writeLock.Dispose();
        return ValueTask.CompletedTask;
    }

    private void CommitAndRefresh()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Runs synchronous work and reports its outcome as an async method would: a result, a fault or a cancellation
    /// in the returned task, never an exception thrown at the call.
    /// </summary>
    private static Task<T> Completed<T>(Func<T> work)
    {
        try
        {
            return Task.FromResult(work());
        }
        catch (OperationCanceledException ex) when (ex.CancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(ex.CancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<T>(ex);
        }
    }
}
