using System.Threading.Channels;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Clustering;
using QuoteIndex.Core.Extraction;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>
/// Ingests articles: read (skipping what the ledger has, filing rejects) → extract, one worker per core → batch →
/// store, one writer: cluster the batch's quotes, commit them in one store write, then record the batch in the ledger;
/// the next batch is filled or clustered while one is written, and no third batch is begun until it is. Batches
/// shrink while the process holds more than its memory budget (<see cref="BatchScale"/>).
/// </summary>
/// <remarks>
/// <para>Every hand-over is a bounded channel, so memory is bounded whatever the input size. Each article read also
/// takes a slot in a bounded queue that the batcher empties in reading order, whichever worker finishes first: a
/// later copy of an article always wins, and a slow article holds back at most that many others.</para>
/// <para>Cancellation stops the reading only: what was read is extracted, committed and recorded, and the summary says
/// the run was interrupted. A stage that fails stops all the others, and its exception is what the run throws.</para>
/// </remarks>
public sealed class IngestionPipeline
{
    /// <summary>
    /// Batches begun and not yet written: one being written while the next is filled or clustered. A third would only
    /// wait in memory while the store is the slower stage, and is never needed while it is not.
    /// </summary>
    private const int BatchesInHand = 2;

    private readonly IQuoteStore _store;
    private readonly QuoteClusterer _clusterer;
    private readonly IngestionLedger _ledger;
    private readonly RejectsFile _rejects;
    private readonly IngestionOptions _options;
    private readonly TimeProvider _time;
    private readonly BatchScale _batchScale;
    private readonly Lock _rejecting = new();
    private Action<Rejection>? _onRejected;
    private int _started;
    private volatile bool _interrupted;

    public IngestionPipeline(
        IQuoteStore store, QuoteClusterer clusterer, IngestionLedger ledger, RejectsFile rejects, IngestionOptions options, TimeProvider time)
        : this(store, clusterer, ledger, rejects, options, time, BatchScale.LiveAfterLastFullCollection)
    {
    }

    /// <summary>As the public constructor, with <paramref name="liveBytes"/> reading the memory weighed against the budget.</summary>
    internal IngestionPipeline(
        IQuoteStore store, QuoteClusterer clusterer, IngestionLedger ledger, RejectsFile rejects, IngestionOptions options, TimeProvider time,
        Func<long> liveBytes)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clusterer);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(rejects);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        ArgumentNullException.ThrowIfNull(liveBytes);
        (_store, _clusterer, _ledger, _rejects, _options, _time) = (store, clusterer, ledger, rejects, options, time);
        _batchScale = new BatchScale(options.MemoryBudget, liveBytes);
    }

    /// <summary>The run's counts so far, for a progress display.</summary>
    public IngestionProgress Progress { get; } = new();

    /// <summary>Ingests every input; each rejected one is filed and passed to <paramref name="onRejected"/> (one call at a time).</summary>
    /// <exception cref="InvalidOperationException">The pipeline has run already: make one per run.</exception>
    public async Task<IngestionSummary> RunAsync(
        IAsyncEnumerable<ArticleInput> inputs, Action<Rejection>? onRejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (Interlocked.Exchange(ref _started, 1) != 0)
            throw new InvalidOperationException("An ingestion pipeline runs once; make a new one for the next run.");
        _onRejected = onRejected;
        var started = _time.GetTimestamp();

        // A ledger over an empty store describes an index that was deleted or moved: trusting it would skip everything.
        if (_ledger.RecordsQuotes && await _store.CountAsync(cancellationToken) == 0)
            await _ledger.ClearAsync(cancellationToken);

        using var abort = new CancellationTokenSource();
        var work = Channel.CreateBounded<ArticleWork>(new BoundedChannelOptions(_options.ArticlesInFlight) { SingleWriter = true });
        var slots = Channel.CreateBounded<Task<ExtractedArticle>>(
            new BoundedChannelOptions(_options.ArticlesInFlight) { SingleWriter = true, SingleReader = true });
        var batches = Channel.CreateBounded<ArticleBatch>(new BoundedChannelOptions(1) { SingleWriter = true, SingleReader = true });
        using var batchesInHand = new SemaphoreSlim(BatchesInHand);

        Task[] stages =
        [
            Stage(() => ReadAsync(inputs, work.Writer, slots.Writer, cancellationToken, abort.Token), abort),
            .. Enumerable.Range(0, _options.ExtractionWorkers).Select(_ => Stage(() => ExtractAsync(work.Reader, abort.Token), abort)),
            Stage(() => BatchAsync(slots.Reader, batches.Writer, batchesInHand, abort.Token), abort),
            Stage(() => StoreAsync(batches.Reader, batchesInHand, abort.Token), abort),
        ];
        await Task.WhenAll(stages);

        return new IngestionSummary(
            Progress.Articles, Progress.Unchanged, Progress.Quotes, Progress.Rejected, _time.GetElapsedTime(started), _interrupted,
            _batchScale.Lowest);
    }

    /// <summary>Runs a stage on the thread pool; when it fails, every other stage is told to stop.</summary>
    private static async Task Stage(Func<Task> stage, CancellationTokenSource abort)
    {
        try
        {
            await Task.Run(stage);
        }
        catch
        {
            await abort.CancelAsync();
            throw;
        }
    }

    private async Task ReadAsync(
        IAsyncEnumerable<ArticleInput> inputs, ChannelWriter<ArticleWork> work, ChannelWriter<Task<ExtractedArticle>> slots,
        CancellationToken stop, CancellationToken abort)
    {
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(stop, abort);
        try
        {
            await foreach (var input in inputs.WithCancellation(reading.Token))
            {
                // A source need not watch the token; checking here stops a long run of skipped inputs too.
                reading.Token.ThrowIfCancellationRequested();
                Progress.AddRead();
                if (input.Article is not { } article)
                {
                    Reject(input.Source, input.Problem!);
                    continue;
                }

                var contentHash = ArticleFingerprint.Of(article);
                if (!_ledger.TryClaim(article.Id, contentHash))
                {
                    Progress.AddUnchanged(article.Text.Length);
                    continue;
                }

                var result = new TaskCompletionSource<ExtractedArticle>(TaskCreationOptions.RunContinuationsAsynchronously);
                // Work first, then its slot: a slot in the queue always has its work on the way.
                await work.WriteAsync(new ArticleWork(input.Source, article, contentHash, result), reading.Token);
                await slots.WriteAsync(result.Task, reading.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !abort.IsCancellationRequested)
        {
            _interrupted = true;
        }
        finally
        {
            work.TryComplete();
            slots.TryComplete();
        }
    }

    private async Task ExtractAsync(ChannelReader<ArticleWork> work, CancellationToken abort)
    {
        await foreach (var item in work.ReadAllAsync(abort))
        {
            IReadOnlyList<Quote>? quotes = null;
            try
            {
                quotes = QuoteExtractor.Extract(item.Article);
                // The clusterer and the store's indexing both need each quote's signature, remembered for its text:
                // made here, on every core, its MinHash is not made in the store stage, which runs on one.
                foreach (var quote in quotes)
                    _ = QuoteSignature.Of(quote.Text);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A fault of the extractor on one article is that article's problem; the run goes on.
                Reject(item.Source, $"extraction failed ({e.GetType().Name}: {e.Message})");
            }

            item.Result.SetResult(new ExtractedArticle(item.Source, item.Article.Id, item.ContentHash, item.Article.Text.Length, quotes));
        }
    }

    private async Task BatchAsync(
        ChannelReader<Task<ExtractedArticle>> slots, ChannelWriter<ArticleBatch> batches, SemaphoreSlim batchesInHand, CancellationToken abort)
    {
        try
        {
            var batch = new ArticleBatch();
            var hasRoom = false;
            Task? due = null;
            while (true)
            {
                // A new batch is begun only once the store has written all but one of the batches before: while the
                // store is the slower stage (clustering against many stored copies) extraction waits instead, its
                // articles in flight bounded; while extraction is the slower stage the store keeps up anyway.
                if (!hasRoom)
                {
                    await batchesInHand.WaitAsync(abort);
                    hasRoom = true;
                }

                var next = NextInOrderAsync(slots, abort);
                // A started batch waits for more articles only so long: a slow source still sees its quotes stored.
                if (due is not null && !next.IsCompleted && await Task.WhenAny(next, due) == due)
                {
                    await batches.WriteAsync(batch, abort);
                    (batch, due, hasRoom) = (new ArticleBatch(), null, false);
                }

                if (await next is not { } article)
                    break;
                if (article.Quotes is null)
                    continue;
                batch.Add(article);
                due ??= Task.Delay(_options.BatchDelay, _time, abort);
                if (batch.IsFull(_options, _batchScale.Value))
                {
                    await batches.WriteAsync(batch, abort);
                    (batch, due, hasRoom) = (new ArticleBatch(), null, false);
                }
            }

            if (!batch.IsEmpty)
                await batches.WriteAsync(batch, abort);
        }
        finally
        {
            batches.TryComplete();
        }
    }

    /// <summary>The next article in reading order once extracted; null when reading has ended and every article is out.</summary>
    private static async Task<ExtractedArticle?> NextInOrderAsync(ChannelReader<Task<ExtractedArticle>> slots, CancellationToken abort)
    {
        while (await slots.WaitToReadAsync(abort))
        {
            if (slots.TryRead(out var slot))
                return await slot.WaitAsync(abort);
        }

        return null;
    }

    private async Task StoreAsync(ChannelReader<ArticleBatch> batches, SemaphoreSlim batchesInHand, CancellationToken abort)
    {
        // One batch is clustered while the one before is written: the store shows a batch only once its commit
        // returns, so the batch being written is weighed beside the new one as if it came earlier in it.
        var writing = Task.CompletedTask;
        IReadOnlyList<Quote> beingWritten = [];
        try
        {
            // The abort token, not the caller's: a cancelled run still commits the batch in hand.
            await foreach (var batch in batches.ReadAllAsync(abort))
            {
                var clustered = await _clusterer.AssignAsync(batch.Articles.SelectMany(a => a.Quotes!).ToList(), beingWritten, abort);
                await writing;
                writing = Task.Run(
                    async () =>
                    {
                        await WriteAsync(batch, clustered, abort);
                        batchesInHand.Release();
                    },
                    CancellationToken.None);
                beingWritten = clustered;
            }
        }
        catch
        {
            // The write in hand ends (committed and recorded, or failed) before the stage does: no write outlives the run.
            await writing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        await writing;
    }

    private async Task WriteAsync(ArticleBatch batch, IReadOnlyList<Quote> clustered, CancellationToken abort)
    {
        var byArticle = clustered.ToLookup(q => q.Article.Id, StringComparer.Ordinal);
        var writes = batch.Articles.Select(a => new ArticleQuotes(a.ArticleId, byArticle[a.ArticleId].ToList())).ToList();
        await _store.ReplaceArticlesAsync(writes, abort);
        // Only after the commit, so the ledger may lag the store but never lead it; and not cancelled by another
        // stage's failure, so what is committed is recorded.
        await _ledger.AppendAsync(
            writes.Select((w, i) => new LedgerEntry(batch.Articles[i].Source, w.ArticleId, batch.Articles[i].ContentHash, w.Quotes.Count)).ToList(),
            CancellationToken.None);
        Progress.AddCommitted(writes.Count, clustered.Count, batch.Articles.Sum(a => (long)a.TextLength));
        _batchScale.Observe();
    }

    private void Reject(string source, string reason)
    {
        var rejection = new Rejection(source, reason);
        lock (_rejecting)
        {
            Progress.AddRejected();
            _rejects.Append(rejection);
            _onRejected?.Invoke(rejection);
        }
    }

    private sealed record ArticleWork(string Source, Article Article, string ContentHash, TaskCompletionSource<ExtractedArticle> Result);
}
