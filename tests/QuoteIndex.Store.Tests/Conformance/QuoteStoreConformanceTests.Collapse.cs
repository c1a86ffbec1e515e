using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Tests.Conformance;

/// <summary>One hit per statement (<see cref="QuoteQuery.CollapseClusters"/>): a wire story's copies make one card.</summary>
public abstract partial class QuoteStoreConformanceTests
{
    private const string Breakwater = "The new breakwater will protect the harbour";

    // A wire statement in three outlets on three days (the Ledger's copy says "breakwater" twice, so it matches best)
    // and one statement of its own, published between the first and last copies.
    private async Task<(Quote Gazette, Quote Ledger, Quote Courier, Quote Single)> StoreWireStoryAsync()
    {
        var gazette = SomeQuotes.Quote(Breakwater, outlet: "Elling Gazette", published: new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero)) with { ClusterId = "c_breakwater" };
        var ledger = SomeQuotes.Quote("The breakwater, the new breakwater will protect the harbour", published: new DateTimeOffset(2024, 6, 2, 8, 0, 0, TimeSpan.Zero)) with { ClusterId = "c_breakwater" };
        var courier = SomeQuotes.Quote(Breakwater, outlet: "Coast Courier", published: new DateTimeOffset(2024, 6, 3, 8, 0, 0, TimeSpan.Zero)) with { ClusterId = "c_breakwater" };
        var single = SomeQuotes.Quote("The breakwater is late and over budget", outlet: "Coast Courier", published: new DateTimeOffset(2024, 6, 2, 12, 0, 0, TimeSpan.Zero));
        await Store.UpsertAsync([gazette, courier], Ct);
        await Store.UpsertAsync([single, ledger], Ct);
        return (gazette, ledger, courier, single);
    }

    [ConformanceTheory]
    [InlineData(QuoteSort.Relevance, "ledger")]
    [InlineData(QuoteSort.Newest, "courier")]
    [InlineData(QuoteSort.Oldest, "gazette")]
    public async Task SearchAsync_CollapseClusters_GivesEachStatementOnceByItsFirstQuoteInTheSortOrder(QuoteSort sort, string representative)
    {
        var (gazette, ledger, courier, single) = await StoreWireStoryAsync();
        var expected = representative switch { "ledger" => ledger, "courier" => courier, _ => gazette };

        var result = await Store.SearchAsync(new QuoteQuery { Text = "breakwater", Sort = sort, CollapseClusters = true }, Ct);

        Assert.Equal(2, result.Hits.Count);
        Assert.Equal(Ids(expected, single), Ids(result));
        if (sort != QuoteSort.Relevance)
            Assert.Equal(expected.Id, result.Hits[0].Quote.Id);
        Assert.Equal(4, result.Total);
        Assert.Null(result.Next);
        var sizes = await Store.GetClusterSizesAsync([.. result.Hits.Select(h => h.Quote.ClusterId)], Ct);
        Assert.Equal(3, sizes[expected.ClusterId]);
        Assert.Equal(1, sizes[single.ClusterId]);
    }

    [ConformanceTheory]
    [MemberData(nameof(EveryOrder))]
    public async Task SearchAsync_CollapseClusters_KeepsTheOrderOfTheWholeSearchWithLaterCopiesLeftOut(QuoteSort sort, QuoteDateField dateField)
    {
        var quotes = await StoreManyClustersAsync();
        var query = new QuoteQuery { Text = "slipway", Sort = sort, DateField = dateField, Limit = 100 };

        var whole = await Store.SearchAsync(query, Ct);
        var collapsed = await Store.SearchAsync(query with { CollapseClusters = true }, Ct);

        Assert.Equal(quotes.Count, whole.Hits.Count);
        Assert.Equal(whole.Hits.DistinctBy(h => h.Quote.ClusterId).Select(h => h.Quote.Id), collapsed.Hits.Select(h => h.Quote.Id));
        Assert.Equal(quotes.Select(q => q.ClusterId).Distinct().Count(), collapsed.Hits.Count);
    }

    [ConformanceTheory]
    [InlineData(QuoteSort.Relevance, QuoteDateField.Published)]
    [InlineData(QuoteSort.Newest, QuoteDateField.Published)]
    [InlineData(QuoteSort.Oldest, QuoteDateField.Statement)]
    public async Task SearchAsync_CollapsedCursorPages_GiveEachStatementOnceInTheOrderOfOneBigPage(QuoteSort sort, QuoteDateField dateField)
    {
        var quotes = await StoreManyClustersAsync();
        var query = new QuoteQuery { Text = "slipway", Sort = sort, DateField = dateField, Limit = 2, CollapseClusters = true };

        var paged = new List<QuoteHit>();
        var page = query;
        for (var n = 0; n < 20; n++)
        {
            var result = await Store.SearchAsync(page, Ct);
            Assert.Equal(quotes.Count, result.Total);
            paged.AddRange(result.Hits);
            if (result.Next is null)
                break;
            Assert.Equal(page.Limit, result.Hits.Count);
            page = query with { After = result.Next };
        }

        var whole = await Store.SearchAsync(query with { Limit = 100 }, Ct);
        Assert.Equal(whole.Hits.Select(h => h.Quote.Id), paged.Select(h => h.Quote.Id));
        Assert.Equal(quotes.Select(q => q.ClusterId).Distinct().Order(StringComparer.Ordinal), paged.Select(h => h.Quote.ClusterId).Order(StringComparer.Ordinal));
    }

    [ConformanceFact]
    public async Task SearchAsync_CollapsedOffset_CountsStatementsNotQuotes()
    {
        await StoreWireStoryAsync();
        var query = new QuoteQuery { Sort = QuoteSort.Newest, CollapseClusters = true, Limit = 1 };

        var first = await Store.SearchAsync(query, Ct);
        var second = await Store.SearchAsync(query with { Offset = 1 }, Ct);
        var third = await Store.SearchAsync(query with { Offset = 2 }, Ct);

        Assert.Equal("c_breakwater", Assert.Single(first.Hits).Quote.ClusterId);
        Assert.NotEqual("c_breakwater", Assert.Single(second.Hits).Quote.ClusterId);
        Assert.Empty(third.Hits);
        Assert.Null(second.Next);
    }

    [ConformanceFact]
    public async Task SearchAsync_CollapseClusters_TotalFacetsAndHistogramStillCountQuotes()
    {
        await StoreWireStoryAsync();

        var result = await Store.SearchAsync(new QuoteQuery
        {
            Text = "breakwater", CollapseClusters = true, FacetSize = 10, Histogram = HistogramInterval.Day,
        }, Ct);

        Assert.Equal(4, result.Total);
        Assert.Equal([("Coast Courier", 2), ("Elling Gazette", 1), (SomeQuotes.Outlet, 1)], Counts(result, FacetNames.Outlet));
        Assert.Equal([1L, 2L, 1L], result.Histogram!.Buckets.Select(b => b.Count));
    }

    [ConformanceFact]
    public async Task SearchAsync_CollapseClustersWithAFilter_ChoosesAmongTheQuotesThatPassIt()
    {
        var (_, ledger, courier, single) = await StoreWireStoryAsync();

        var result = await Store.SearchAsync(new QuoteQuery
        {
            Text = "breakwater", CollapseClusters = true, Filter = new QuoteFilter { Outlets = ["Coast Courier"] },
        }, Ct);

        Assert.NotEqual(ledger.Id, courier.Id);
        Assert.Equal(Ids(courier, single), Ids(result));
        Assert.Equal(2, result.Total);
    }

    [ConformanceFact]
    public async Task SearchAsync_CursorOfTheOtherKind_IsRefusedAsAnInvalidCursor()
    {
        await StoreWireStoryAsync();
        var plain = new QuoteQuery { Sort = QuoteSort.Newest, Limit = 1 };
        var afterHit = (await Store.SearchAsync(plain, Ct)).Next;
        var atPosition = (await Store.SearchAsync(plain with { CollapseClusters = true }, Ct)).Next;

        var collapsedAfterHit = await Assert.ThrowsAsync<InvalidQueryException>(() => Store.SearchAsync(plain with { CollapseClusters = true, After = afterHit }, Ct));
        var plainAtPosition = await Assert.ThrowsAsync<InvalidQueryException>(() => Store.SearchAsync(plain with { After = atPosition }, Ct));

        Assert.NotNull(atPosition?.Position);
        Assert.Equal("cursor", collapsedAfterHit.Input);
        Assert.Equal("cursor", plainAtPosition.Input);
    }

    private static IEnumerable<string> Ids(params Quote[] quotes) => quotes.Select(q => q.Id).Order(StringComparer.Ordinal);

    private static IEnumerable<string> Ids(QuoteSearchResult result) => result.Hits.Select(h => h.Quote.Id).Order(StringComparer.Ordinal);

    // Eleven statements of one to four quotes each (twenty-two quotes) over three writes, so an index of segments
    // holds a statement's copies in several; equal scores and dates across statements leave the id to break ties,
    // and a statement's best copy is often written after worse ones that other statements outrank.
    private async Task<List<Quote>> StoreManyClustersAsync()
    {
        int[] sizes = [3, 1, 2, 1, 4, 1, 2, 3, 1, 2, 2];
        var quotes = new List<Quote>();
        for (var c = 0; c < sizes.Length; c++)
        {
            for (var copy = 0; copy < sizes[c]; copy++)
            {
                var n = quotes.Count;
                var quote = SomeQuotes.Quote(
                    (n * 7) % 3 == 0 ? "The slipway slipway is closed" : "The slipway is closed",
                    outlet: $"Outlet {copy}",
                    published: new DateTimeOffset(2024, 6, 1 + ((n * 5) % 4), 8, 0, 0, TimeSpan.Zero)) with
                {
                    ClusterId = $"c_slipway-{c}",
                    Date = (n * 3) % 5 == 4 ? null : new StatementDate(new DateOnly(2024, 5, 1 + ((n * 3) % 5)), DateSource.Stated, "then"),
                };
                quotes.Add(quote);
            }
        }

        // Written in an order unlike the clusters', in three batches.
        var shuffled = quotes.OrderBy(q => q.Id, StringComparer.Ordinal).ToList();
        foreach (var part in shuffled.Chunk(8))
            await Store.UpsertAsync(part, Ct);
        return quotes;
    }
}
