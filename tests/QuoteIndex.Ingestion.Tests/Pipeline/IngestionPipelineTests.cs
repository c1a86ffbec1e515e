using System.Runtime.CompilerServices;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Ingestion.Pipeline;

namespace QuoteIndex.Ingestion.Tests.Pipeline;

public sealed class IngestionPipelineTests : IAsyncLifetime
{
    private readonly PipelineHarness _harness = new();

    private static readonly IngestionOptions SmallBatches = new() { BatchArticles = 7, ArticlesInFlight = 5, BatchDelay = TimeSpan.FromSeconds(30) };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task RunAsync_AnyNumberOfWorkers_StoresEveryQuoteTheExtractorFinds(int workers)
    {
        var articles = PipelineHarness.Articles(60).ToList();

        var summary = await _harness.RunAsync(articles, SmallBatches with { ExtractionWorkers = workers });

        var expected = PipelineHarness.QuotesIn(articles);
        Assert.True(expected > 60, "the invented articles should carry several quotes each");
        Assert.Equal(60, summary.Articles);
        Assert.Equal(expected, summary.Quotes);
        Assert.Equal(expected, await _harness.Store.CountAsync(PipelineHarness.Ct));
        Assert.Equal(0, summary.Rejected);
        Assert.False(summary.Interrupted);
        // Commits follow reading order, whichever worker finished first.
        Assert.Equal(articles.Select(a => a.Id), Ledger().Select(l => l.ArticleId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public async Task RunAsync_FastOrSlowStore_NeverReadsFarAheadOfTheStore(int writeMilliseconds)
    {
        var options = new IngestionOptions { ExtractionWorkers = 2, ArticlesInFlight = 8, BatchArticles = 8, BatchDelay = TimeSpan.FromSeconds(30) };
        IngestionPipeline? pipeline = null;
        var mostAhead = 0L;

        async IAsyncEnumerable<ArticleInput> Watched([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var input in PipelineHarness.Inputs(PipelineHarness.Articles(160), cancellationToken))
            {
                var progress = pipeline!.Progress;
                mostAhead = Math.Max(mostAhead, progress.Read - progress.Articles);
                yield return input;
            }
        }

        var summary = await _harness.RunAsync(
            Watched(), options, watch: p => pipeline = p,
            storeSeen: store => SlowWritesStore.Around(store, TimeSpan.FromMilliseconds(writeMilliseconds)));

        Assert.Equal(160, summary.Articles);
        Assert.Equal(PipelineHarness.QuotesIn(PipelineHarness.Articles(160)), await _harness.Store.CountAsync(PipelineHarness.Ct));
        // In flight at most: the slots, the one in the reader's hand, and two batches (one being written while the next
        // is filled or clustered). A slow store fills them all, and must not let a third batch wait in memory.
        Assert.InRange(mostAhead, 1, options.ArticlesInFlight + 1 + 2 * options.BatchArticles);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunAsync_OverOrUnderTheMemoryBudget_ShrinksTheBatchesOnlyWhenOver(bool over)
    {
        var options = new IngestionOptions { ArticlesInFlight = 4, BatchArticles = 10, BatchDelay = TimeSpan.FromSeconds(30), MemoryBudget = 1_000_000 };
        var articles = PipelineHarness.Articles(80).ToList();
        var batchSizes = new List<int>();

        var summary = await _harness.RunAsync(
            PipelineHarness.Inputs(articles), options, storeSeen: store => SlowWritesStore.Around(store, TimeSpan.Zero, batchSizes),
            liveBytes: () => over ? 2_000_000 : 500_000);

        Assert.Equal(80, summary.Articles);
        Assert.Equal(PipelineHarness.QuotesIn(articles), await _harness.Store.CountAsync(PipelineHarness.Ct));
        Assert.Equal(10, batchSizes[0]);
        var full = batchSizes.SkipLast(1).ToList();
        if (over)
        {
            // Each write over the budget takes the limits down by 0.7, to a tenth of them at most: a batch of one.
            Assert.Equal(full.OrderDescending(), full);
            Assert.Equal(1, full[^1]);
            Assert.Equal(BatchScale.Smallest, summary.SmallestBatchShare, 6);
        }
        else
        {
            Assert.All(full, size => Assert.Equal(10, size));
            Assert.Equal(1, summary.SmallestBatchShare);
        }
    }

    [Fact]
    public async Task RunAsync_Cancelled_CommitsTheArticlesReadAndSaysItWasInterrupted()
    {
        using var stop = new CancellationTokenSource();
        var articles = PipelineHarness.Articles(10_000).ToList();

        async IAsyncEnumerable<ArticleInput> CancelAfter30([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var read = 0;
            // The token is not watched on purpose: the pipeline must stop reading by itself.
            _ = cancellationToken;
            foreach (var article in articles)
            {
                if (++read == 30)
                    await stop.CancelAsync();
                await Task.Yield();
                yield return ArticleInput.Read(article.Id, article);
            }
        }

        // Batches that never fill nor fall due: only the stop can commit them.
        var options = new IngestionOptions { BatchArticles = 100_000, BatchDelay = TimeSpan.FromHours(1) };
        var summary = await _harness.RunAsync(CancelAfter30(), options, cancellationToken: stop.Token);

        Assert.True(summary.Interrupted);
        Assert.InRange(summary.Articles, 20, 30);
        var committed = articles.Take((int)summary.Articles).ToList();
        Assert.Equal(PipelineHarness.QuotesIn(committed), await _harness.Store.CountAsync(PipelineHarness.Ct));
        Assert.Equal(committed.Select(a => a.Id), Ledger().Select(l => l.ArticleId));
    }

    [Fact]
    public async Task RunAsync_StoreFails_ThrowsTheStoreErrorInsteadOfHanging()
    {
        await _harness.Store.DisposeAsync();

        // Far more articles than the pipeline holds, so every stage is blocked on a full channel when the store fails.
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _harness.RunAsync(PipelineHarness.Articles(2_000), SmallBatches));

        Assert.Empty(Ledger());
    }

    [Fact]
    public async Task RunAsync_SourceFails_ThrowsTheSourceErrorAfterCommittingNothingHalfDone()
    {
        async IAsyncEnumerable<ArticleInput> Failing()
        {
            foreach (var article in PipelineHarness.Articles(20))
            {
                await Task.Yield();
                yield return ArticleInput.Read(article.Id, article);
            }

            throw new IOException("the feed went away");
        }

        var error = await Assert.ThrowsAsync<IOException>(() => _harness.RunAsync(Failing(), SmallBatches));

        Assert.Equal("the feed went away", error.Message);
        var ledger = Ledger();
        var committed = PipelineHarness.Articles(ledger.Count).ToList();
        Assert.Equal(PipelineHarness.QuotesIn(committed), await _harness.Store.CountAsync(PipelineHarness.Ct));
    }

    [Fact]
    public async Task RunAsync_SlowSource_CommitsAStartedBatchWhenItFallsDue()
    {
        var more = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IngestionPipeline? pipeline = null;

        async IAsyncEnumerable<ArticleInput> OneThenWait()
        {
            var first = PipelineHarness.Article(1);
            yield return ArticleInput.Read(first.Id, first);
            await more.Task;
        }

        var run = _harness.RunAsync(OneThenWait(), new IngestionOptions { BatchDelay = TimeSpan.FromMilliseconds(50) }, watch: p => pipeline = p);
        for (var wait = 0; wait < 200 && pipeline?.Progress.Articles != 1; wait++)
            await Task.Delay(50);
        var committedWhileWaiting = pipeline!.Progress.Articles;
        more.SetResult();
        await run;

        Assert.Equal(1, committedWhileWaiting);
    }

    [Fact]
    public async Task RunAsync_SameInputTwice_SecondRunFindsEverythingUnchanged()
    {
        var articles = PipelineHarness.Articles(40).ToList();

        var first = await _harness.RunAsync(articles, SmallBatches);
        var idsAfterFirst = await _harness.StoredIdsAsync();
        var second = await _harness.RunAsync(articles, SmallBatches);

        Assert.Equal((40, 0), (first.Articles, first.Unchanged));
        Assert.Equal((0, 40, 0L), (second.Articles, second.Unchanged, second.Quotes));
        Assert.Equal(idsAfterFirst, await _harness.StoredIdsAsync());
    }

    [Fact]
    public async Task RunAsync_SameInputAgainWithoutTheLedger_RedoesItAndStoresTheSameQuotes()
    {
        var articles = PipelineHarness.Articles(40).ToList();
        await _harness.RunAsync(articles, SmallBatches);
        var idsAfterFirst = await _harness.StoredIdsAsync();
        File.Delete(_harness.LedgerPath);

        var second = await _harness.RunAsync(articles, SmallBatches);

        Assert.Equal(40, second.Articles);
        Assert.Equal(idsAfterFirst, await _harness.StoredIdsAsync());
    }

    [Fact]
    public async Task RunAsync_ChangedArticle_ReplacesItsQuotes()
    {
        var original = PipelineHarness.Article(5, version: 0);
        var changed = PipelineHarness.Article(5, version: 1);
        await _harness.RunAsync([original, PipelineHarness.Article(6)]);

        var summary = await _harness.RunAsync([changed, PipelineHarness.Article(6)]);

        Assert.Equal((1, 1), (summary.Articles, summary.Unchanged));
        var expected = Core.Extraction.QuoteExtractor.Extract(changed).Concat(Core.Extraction.QuoteExtractor.Extract(PipelineHarness.Article(6)))
            .Select(q => q.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, await _harness.StoredIdsAsync());
    }

    [Fact]
    public async Task RunAsync_ArticleReadTwiceInOneRun_KeepsTheLaterVersion()
    {
        var earlier = PipelineHarness.Article(9, version: 0);
        var later = PipelineHarness.Article(9, version: 1);
        var between = PipelineHarness.Articles(30).Where(a => a.Id != earlier.Id);

        await _harness.RunAsync([earlier, .. between, later], SmallBatches);

        var laterIds = Core.Extraction.QuoteExtractor.Extract(later).Select(q => q.Id).ToHashSet();
        var stored = await _harness.StoredIdsAsync();
        Assert.All(Core.Extraction.QuoteExtractor.Extract(earlier).Where(q => !laterIds.Contains(q.Id)), q => Assert.DoesNotContain(q.Id, stored));
        Assert.All(laterIds, id => Assert.Contains(id, stored));
    }

    [Fact]
    public async Task RunAsync_LedgerOfADeletedIndex_IsForgottenAndEverythingIngested()
    {
        var articles = PipelineHarness.Articles(10).ToList();
        await _harness.RunAsync(articles);
        await _harness.Store.ReplaceArticlesAsync(articles.Select(a => new Core.Storage.ArticleQuotes(a.Id, [])).ToList(), PipelineHarness.Ct);

        var summary = await _harness.RunAsync(articles);

        Assert.Equal((10, 0), (summary.Articles, summary.Unchanged));
        Assert.Equal(PipelineHarness.QuotesIn(articles), await _harness.Store.CountAsync(PipelineHarness.Ct));
    }

    [Fact]
    public async Task RunAsync_RejectedInputs_AreFiledAndReportedAndTheRunGoesOn()
    {
        Article good = PipelineHarness.Article(1);
        IEnumerable<ArticleInput> inputs = [ArticleInput.Rejected("a.txt", "binary content, not text"), ArticleInput.Read(good.Id, good), ArticleInput.Rejected("b.jsonl:3", "malformed JSON")];

        var summary = await _harness.RunAsync(inputs.ToAsyncEnumerable());

        Assert.Equal((1, 2), (summary.Articles, summary.Rejected));
        Assert.Equal(["a.txt", "b.jsonl:3"], _harness.Rejected.Select(r => r.Source));
        Assert.Equal(2, File.ReadAllLines(_harness.RejectsPath).Length);
    }

    private List<LedgerEntry> Ledger() =>
        File.ReadAllLines(_harness.LedgerPath)
            .Select(l => System.Text.Json.JsonSerializer.Deserialize<LedgerEntry>(l, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!)
            .ToList();
}
