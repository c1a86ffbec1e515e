using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Tests.Conformance;

/// <summary><see cref="IQuoteStore.ExportAsync"/>: every match, once, in a stable order, however many there are.</summary>
public abstract partial class QuoteStoreConformanceTests
{
    /// <summary>How many quotes the store reads per chunk of an export, so the export tests can span several chunks.</summary>
    protected abstract int ExportChunkSize { get; }

    [ConformanceFact]
    public async Task ExportAsync_MoreQuotesThanOneChunk_YieldsEveryQuoteOnceEarliestPublishedFirstThenById()
    {
        var quotes = await StoreManyAsync(2 * ExportChunkSize + ExportChunkSize / 2);

        var exported = await ExportIdsAsync(new QuoteQuery());

        Assert.Equal(InExportOrder(quotes), exported);
    }

    [ConformanceFact]
    public async Task ExportAsync_WritesDuringTheExport_NeitherDuplicateNorSkipAQuote()
    {
        var quotes = await StoreManyAsync(ExportChunkSize + ExportChunkSize / 2);
        var exported = new List<string>();

        await foreach (var quote in Store.ExportAsync(new QuoteQuery(), Ct))
        {
            exported.Add(quote.Id);
            if (exported.Count != 1)
                continue;
            // An earlier-published quote would shift every later position; a replaced article removes quotes from both chunks.
            await Store.UpsertAsync([SomeQuotes.Quote("The breakwater was finished early", published: new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero))], Ct);
            await Store.ReplaceArticleAsync(quotes[^1].Article.Id, [], Ct);
        }

        Assert.Equal(InExportOrder(quotes), exported);
        Assert.Equal(quotes.Count + 1 - quotes.Count(q => q.Article.Id == quotes[^1].Article.Id), await Store.CountAsync(Ct));
    }

    [ConformanceFact]
    public async Task ExportAsync_TextAndFilter_YieldsOnlyTheQuotesThatMatchBoth()
    {
        var ferryByMara = SomeQuotes.Quote("The ferry fares will fall in spring");
        var ferryByTomas = SomeQuotes.Quote("The ferry fares will rise in spring", speaker: "Tomas Varga");
        var pierByMara = SomeQuotes.Quote("The pier will close in spring");
        var ferryByMaraElsewhere = SomeQuotes.Quote("The ferry timetable is final", outlet: "Elling Gazette");
        await Store.UpsertAsync([ferryByMara, ferryByTomas, pierByMara, ferryByMaraElsewhere], Ct);

        var filter = new QuoteFilter { SpeakerKeys = [Speaker.KeyFor(SomeQuotes.Speaker)], Outlets = [SomeQuotes.Outlet] };
        var exported = await ExportIdsAsync(new QuoteQuery { Text = "ferry", Filter = filter });

        Assert.Equal([ferryByMara.Id], exported);
    }

    [ConformanceFact]
    public async Task ExportAsync_IgnoresOffsetAndLimit()
    {
        var quotes = Enumerable.Range(0, 5).Select(i => SomeQuotes.Quote($"The lighthouse keeper number {i} retires")).ToList();
        await Store.UpsertAsync(quotes, Ct);

        var exported = await ExportIdsAsync(new QuoteQuery { Offset = 3, Limit = 1 });

        Assert.Equal(InExportOrder(quotes), exported);
    }

    [ConformanceFact]
    public async Task ExportAsync_EmptyStore_YieldsNothing()
    {
        Assert.Empty(await ExportIdsAsync(new QuoteQuery()));
    }

    private async Task<List<string>> ExportIdsAsync(QuoteQuery query)
    {
        var ids = new List<string>();
        await foreach (var quote in Store.ExportAsync(query, Ct))
            ids.Add(quote.Id);
        return ids;
    }

    /// <summary>
    /// Stores <paramref name="count"/> quotes in articles of 100, published at a few dozen distinct times (so many
    /// share a time and the id decides) and some undated; the quotes in storing order.
    /// </summary>
    private async Task<List<Quote>> StoreManyAsync(int count)
    {
        var start = new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero);
        var quotes = Enumerable.Range(0, count).Select(i =>
        {
            var published = i % 41 == 0 ? (DateTimeOffset?)null : start.AddMinutes(37 * (i % 29));
            var article = new ArticleReference($"https://ledger.example/export/{i / 100}", "Harbour budget", SomeQuotes.Outlet, null, published);
            var text = $"Statement {i} on the harbour budget";
            return new Quote(article, text, [new TextSpan(1, 1 + text.Length)], QuoteKind.Direct) { Speaker = new Speaker(SomeQuotes.Speaker) };
        }).ToList();
        await Store.ReplaceArticlesAsync([.. quotes.GroupBy(q => q.Article.Id).Select(g => new ArticleQuotes(g.Key, [.. g]))], Ct);
        return quotes;
    }

    private static List<string> InExportOrder(IEnumerable<Quote> quotes) =>
        quotes
            .OrderBy(q => q.Article.Published is { } published ? published.ToUnixTimeMilliseconds() : long.MaxValue)
            .ThenBy(q => q.Id, StringComparer.Ordinal)
            .Select(q => q.Id)
            .ToList();
}
