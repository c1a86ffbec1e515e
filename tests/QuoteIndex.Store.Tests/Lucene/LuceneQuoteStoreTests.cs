using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using QuoteIndex.Core.Clustering;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Lucene;
using QuoteIndex.Store.Tests.Conformance;

namespace QuoteIndex.Store.Tests.Lucene;

/// <summary>The conformance suite against a Lucene index in a fresh temporary folder, plus what only Lucene does.</summary>
public sealed class LuceneQuoteStoreTests : QuoteStoreConformanceTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "quoteindex-tests", Guid.NewGuid().ToString("N"));

    protected override IQuoteStore CreateStore() => ReopenStore();

    protected override IQuoteStore ReopenStore()
    {
        var store = LuceneQuoteStore.Open(_folder);
        store.ExportChunk = ExportChunkSize;
        return store;
    }

    // Small, so that a few hundred quotes span several chunks.
    protected override int ExportChunkSize => 100;

    // xunit disposes the store (IAsyncLifetime) before calling this.
    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
            System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Search_RepeatedAfterAWrite_SeesTheWriteThoughTheFirstResultWasCached()
    {
        // A search of a few quotes takes microseconds: this store keeps every result, however fast.
        await using var store = LuceneQuoteStore.Open(Path.Combine(_folder, "cached"), searchCacheFromMilliseconds: 0);
        var query = new QuoteQuery { Text = "harbour", FacetSize = 10, Histogram = HistogramInterval.Month };
        await store.UpsertAsync([SomeQuotes.Quote("The harbour wall will be rebuilt")], Ct);
        var first = await store.SearchAsync(query, Ct);
        Assert.Same(first, await store.SearchAsync(query, Ct));

        await store.UpsertAsync([SomeQuotes.Quote("The harbour will stay open", speaker: "Tomas Varga")], Ct);
        var second = await store.SearchAsync(query, Ct);

        Assert.Equal(2, second.Total);
        Assert.Equal(2, second.Hits.Count);
        Assert.Equal(2, second.Facets.Single(f => f.Name == FacetNames.Speaker).Values.Count);
    }

    [Theory]
    [InlineData(0, LuceneStoreOptions.DefaultSearchCacheFromMilliseconds)] // cache off
    [InlineData(LuceneStoreOptions.DefaultSearchCacheEntries, 60_000)] // a search faster than the cache keeps
    public async Task Search_NotKept_SearchesAgainEachTime(int cacheEntries, double cacheFromMilliseconds)
    {
        await using var store = LuceneQuoteStore.Open(Path.Combine(_folder, "uncached"), cacheEntries, searchCacheFromMilliseconds: cacheFromMilliseconds);
        await store.UpsertAsync([SomeQuotes.Quote("The harbour wall will be rebuilt")], Ct);
        var query = new QuoteQuery { Text = "harbour" };

        var first = await store.SearchAsync(query, Ct);
        var second = await store.SearchAsync(query, Ct);

        Assert.NotSame(first, second);
        Assert.Equal(first.Hits.Select(h => h.Quote.Id), second.Hits.Select(h => h.Quote.Id));
    }

    [Fact]
    public async Task Open_MissingFolder_CreatesItWithAnEmptyIndex()
    {
        var nested = Path.Combine(_folder, "nested", "index");

        await using var store = LuceneQuoteStore.Open(nested);

        Assert.True(System.IO.Directory.Exists(nested));
        Assert.Equal(0, await store.CountAsync(Ct));
    }

    [Fact]
    public void Open_FolderAlreadyOpen_ThrowsInvalidOperationExceptionNamingTheFolder()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LuceneQuoteStore.Open(_folder));

        Assert.Contains(Path.GetFullPath(_folder), error.Message, StringComparison.Ordinal);
        Assert.Contains("another QuoteIndex process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_FolderAlreadyOpen_LeavesTheFirstStoreWorkingAndLocked()
    {
        Assert.Throws<InvalidOperationException>(() => LuceneQuoteStore.Open(_folder));

        await Store.UpsertAsync([SomeQuotes.Quote()], Ct);

        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.Throws<InvalidOperationException>(() => LuceneQuoteStore.Open(_folder));
    }

    [Fact]
    public async Task UpsertAsync_OnReturn_IsCommittedToTheFolder()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The harbour stays open")], Ct);

        // A reader of the folder sees only commits, not the writer's pending changes.
        using var directory = FSDirectory.Open(_folder);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(1, reader.NumDocs);
    }

    [Fact]
    public async Task ReplaceArticleAsync_OnReturn_IsCommittedToTheFolder()
    {
        var articleId = SomeQuotes.ArticleId();
        await Store.UpsertAsync([SomeQuotes.Quote("One", articleId: articleId), SomeQuotes.Quote("Two", articleId: articleId)], Ct);

        await Store.ReplaceArticleAsync(articleId, [SomeQuotes.Quote("Three", articleId: articleId)], Ct);

        using var directory = FSDirectory.Open(_folder);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(1, reader.NumDocs);
    }

    [Fact]
    public async Task ReplaceArticlesAsync_OnReturn_IsCommittedToTheFolder()
    {
        var (first, second) = (SomeQuotes.ArticleId(), SomeQuotes.ArticleId());

        await Store.ReplaceArticlesAsync(
            [new ArticleQuotes(first, [SomeQuotes.Quote("One", articleId: first)]), new ArticleQuotes(second, [SomeQuotes.Quote("Two", articleId: second)])], Ct);

        using var directory = FSDirectory.Open(_folder);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.NumDocs);
    }

    [Fact]
    public async Task SearchAsync_PrefixOfMoreThanAThousandWords_IsRefusedNamingThePrefix()
    {
        var words = string.Join(' ', Enumerable.Range(0, 1001).Select(i => string.Create(CultureInfo.InvariantCulture, $"quay{i:D4}")));
        await Store.UpsertAsync([SomeQuotes.Quote(words)], Ct);

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => Store.SearchAsync(new QuoteQuery { Text = "qu*" }, Ct));
        var narrower = await Store.SearchAsync(new QuoteQuery { Text = "quay00*" }, Ct);

        Assert.Contains("qu*", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, narrower.Total);
    }

    [Fact]
    public async Task DisposeAsync_Twice_DoesNothingTheSecondTime()
    {
        await Store.DisposeAsync();
        await Store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => Store.CountAsync(Ct));
    }

    [Fact]
    public async Task DisposeAsync_ReleasesTheFolderForTheNextOpen()
    {
        await Store.DisposeAsync();

        await using var next = LuceneQuoteStore.Open(_folder);

        Assert.Equal(0, await next.CountAsync(Ct));
    }

    [Fact]
    public async Task FindClusterCandidatesAsync_OneCommitPerQuoteAndSegmentsMerged_FindsEveryLiveCopy()
    {
        // Invented. Each write is a commit and a segment of its own; Lucene merges them, and each merged segment's
        // key table is built anew from its doc values.
        const string Pier = "The old pier will reopen to walkers in the spring once the last of the storm damage is repaired.";
        var copies = Enumerable.Range(0, 30).Select(i => SomeQuotes.Quote(Pier, articleId: $"pier-{i}")).ToList();
        foreach (var copy in copies)
            await Store.UpsertAsync([copy], Ct);
        await Store.ReplaceArticleAsync("pier-0", [], Ct);

        var candidates = await Store.FindClusterCandidatesAsync(QuoteSignature.Of(Pier).Keys, 50, Ct);

        Assert.Equal(copies.Skip(1).Select(c => c.Id).Order(StringComparer.Ordinal), candidates.Select(c => c.QuoteId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FindClusterCandidatesAsync_SegmentOfSeveralHundredQuotes_FindsEachByItsOwnKeysFirst()
    {
        // Invented. One commit, one segment of 600 quotes: its key table keeps documents past 255 in two bytes.
        var quotes = Enumerable.Range(0, 600)
            .Select(i => SomeQuotes.Quote($"Ward {i} of the harbour hospital will open {i} more beds to patients by the end of winter.", articleId: $"ward-{i}"))
            .ToList();
        await Store.UpsertAsync(quotes, Ct);

        foreach (var quote in new[] { quotes[0], quotes[255], quotes[256], quotes[599] })
        {
            var candidates = await Store.FindClusterCandidatesAsync(QuoteSignature.Of(quote.Text).Keys, 1, Ct);

            Assert.Equal(quote.Id, Assert.Single(candidates).QuoteId);
        }
    }

    [Theory]
    [InlineData("dock", 20)] // in 30 of the 40 written, 20 of the 30 live: counted from the 10 live others
    [InlineData("pier", 12)] // in 22 written, 12 live: most of the segment by its postings, not once the deleted are left out
    public async Task SearchAsync_WordInMostOfASegmentWithDeletions_CountsOnlyTheLiveMatches(string word, int live)
    {
        // Invented. One segment of 40 quotes, then 10 deleted (which leaves the segment and its postings as they were):
        // facet counts that took a segment's totals or its postings' counts for the matches would count the deleted too.
        var quotes = Enumerable.Range(0, 40).Select(i => SomeQuotes.Quote(
            i < 22 ? $"The dock by the pier opens {i}" : i < 30 ? $"The dock opens {i}" : $"The ferry sails {i}",
            speaker: $"Speaker Number{i % 3}",
            published: new DateTimeOffset(2024, 3, 1 + (i % 4), 9, 0, 0, TimeSpan.Zero),
            articleId: $"quay-{i}")).ToList();
        await Store.UpsertAsync(quotes, Ct);
        for (var i = 0; i < 10; i++)
            await Store.ReplaceArticleAsync($"quay-{i}", [], Ct);
        var expected = quotes.Skip(10).Where(q => q.Text.Contains(word, StringComparison.Ordinal)).ToList();

        var result = await Store.SearchAsync(new QuoteQuery { Text = word, FacetSize = 10, Histogram = HistogramInterval.Day }, Ct);

        Assert.Equal(live, result.Total);
        Assert.Equal(
            expected.GroupBy(q => q.Speaker!.Key).Select(g => (g.Key, (long)g.Count())).Order(),
            result.Facets.Single(f => f.Name == FacetNames.Speaker).Values.Select(v => (v.Value, v.Count)).Order());
        Assert.Equal(
            expected.GroupBy(q => DateOnly.FromDateTime(q.Article.Published!.Value.UtcDateTime)).Select(g => (g.Key, (long)g.Count())).Order(),
            result.Histogram!.Buckets.Where(b => b.Count > 0).Select(b => (b.Start, b.Count)).Order());
    }
}
