using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Tests.Conformance;

public abstract partial class QuoteStoreConformanceTests
{
    // Ten quotes in three equal-score, equal-date groups, so that only the id tiebreak orders them within a group;
    // stored in three writes, so that an index of segments holds them in several.
    private async Task<List<Quote>> StoreTiedQuotesAsync()
    {
        var quotes = Enumerable.Range(0, 10).Select(i => SomeQuotes.Quote(
            i % 3 == 0 ? "The slipway slipway is closed" : "The slipway is closed",
            published: new DateTimeOffset(2024, 6, 1 + (i % 3), 8, 0, 0, TimeSpan.Zero)) with
        {
            Date = i % 3 == 2 ? null : new StatementDate(new DateOnly(2024, 5, 1 + (i % 3)), DateSource.Stated, "then"),
        }).ToList();
        foreach (var part in quotes.Chunk(4))
            await Store.UpsertAsync(part, Ct);
        return quotes;
    }

    /// <summary>Each sort with each date it can sort by.</summary>
    public static TheoryData<QuoteSort, QuoteDateField> EveryOrder { get; } = new()
    {
        { QuoteSort.Relevance, QuoteDateField.Published },
        { QuoteSort.Newest, QuoteDateField.Published },
        { QuoteSort.Oldest, QuoteDateField.Published },
        { QuoteSort.Newest, QuoteDateField.Statement },
        { QuoteSort.Oldest, QuoteDateField.Statement },
    };

    private async Task<List<QuoteHit>> ReadAllPagesAsync(QuoteQuery first)
    {
        var hits = new List<QuoteHit>();
        var query = first;
        for (var page = 0; page < 20; page++)
        {
            var result = await Store.SearchAsync(query, Ct);
            Assert.Equal(10, result.Total);
            hits.AddRange(result.Hits);
            if (result.Next is null)
                return hits;
            Assert.Equal(query.Limit, result.Hits.Count);
            query = query with { After = result.Next };
        }

        throw new InvalidOperationException("The cursor never reached the last page.");
    }

    [ConformanceTheory]
    [MemberData(nameof(EveryOrder))]
    public async Task SearchAsync_CursorPages_ReturnEveryQuoteOnceInTheOrderOfOneBigPage(QuoteSort sort, QuoteDateField dateField)
    {
        var quotes = await StoreTiedQuotesAsync();
        var query = new QuoteQuery { Text = "slipway", Sort = sort, DateField = dateField, Limit = 3 };

        var paged = await ReadAllPagesAsync(query);
        var whole = await Store.SearchAsync(query with { Limit = 100 }, Ct);

        Assert.Equal(quotes.Select(q => q.Id).Order(StringComparer.Ordinal), paged.Select(h => h.Quote.Id).Order(StringComparer.Ordinal));
        Assert.Equal(whole.Hits.Select(h => h.Quote.Id), paged.Select(h => h.Quote.Id));
        Assert.Null(whole.Next);
    }

    [ConformanceFact]
    public async Task SearchAsync_Oldest_PutsEarliestFirstAndUndatedLast()
    {
        var quotes = await StoreTiedQuotesAsync();

        var result = await Store.SearchAsync(new QuoteQuery { Sort = QuoteSort.Oldest, DateField = QuoteDateField.Statement, Limit = 100 }, Ct);

        var expected = quotes
            .OrderBy(q => q.Date?.Date ?? DateOnly.MaxValue)
            .ThenBy(q => q.Id, StringComparer.Ordinal)
            .Select(q => q.Id);
        Assert.Equal(expected, result.Hits.Select(h => h.Quote.Id));
    }

    [ConformanceFact]
    public async Task SearchAsync_Newest_PutsLatestFirstWithTiesById()
    {
        var quotes = await StoreTiedQuotesAsync();

        var result = await Store.SearchAsync(new QuoteQuery { Text = "closed", Sort = QuoteSort.Newest, Limit = 100 }, Ct);

        var expected = quotes
            .OrderByDescending(q => q.Article.Published)
            .ThenBy(q => q.Id, StringComparer.Ordinal)
            .Select(q => q.Id);
        Assert.Equal(expected, result.Hits.Select(h => h.Quote.Id));
    }

    [ConformanceFact]
    public async Task SearchAsync_Highlight_MarksMatchedWordsAndEscapesTheRest()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("Fees & tolls <rise> at the harbours, the harbour master said")], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "harbour fee", Highlight = true }, Ct);

        Assert.Equal(
            "<mark>Fees</mark> &amp; tolls &lt;rise&gt; at the <mark>harbours</mark>, the <mark>harbour</mark> master said",
            Assert.Single(result.Hits).Highlight);
    }

    [ConformanceFact]
    public async Task SearchAsync_HighlightOfPhrasePrefixAndFuzzy_MarksWhatMatchedExactly()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The sea wall holds, said the lighthouse keeper by the sea")], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "\"sea wall\" keep* ligthouse~ -storm", Highlight = true }, Ct);

        Assert.Equal(
            "The <mark>sea wall</mark> holds, said the <mark>lighthouse</mark> <mark>keeper</mark> by the sea",
            Assert.Single(result.Hits).Highlight);
    }

    [ConformanceFact]
    public async Task SearchAsync_WithoutHighlight_LeavesItNull()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The sea wall holds")], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "wall" }, Ct);

        Assert.Null(Assert.Single(result.Hits).Highlight);
    }
}
