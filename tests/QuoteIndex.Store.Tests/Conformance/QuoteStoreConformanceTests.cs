using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Tests.Conformance;

/// <summary>
/// What every <see cref="IQuoteStore"/> must do, whatever holds the quotes. Each store's test class derives from
/// this one and says only how to make and reopen its store (the pattern of Lucene.NET's BaseDirectoryTestCase).
/// </summary>
/// <remarks>
/// Query text is <see cref="Core.Search.SearchSyntax"/>, which every store translates (the Search partial tests it).
/// </remarks>
public abstract partial class QuoteStoreConformanceTests : IAsyncLifetime
{
    private IQuoteStore? _store;

    /// <summary>A new, empty store for one test.</summary>
    protected abstract IQuoteStore CreateStore();

    /// <summary>The store that <see cref="CreateStore"/> made, opened again after it was disposed.</summary>
    protected abstract IQuoteStore ReopenStore();

    protected IQuoteStore Store => _store ?? throw new InvalidOperationException("The store is made in InitializeAsync.");

    // xunit 2 has no per-test token; a named one keeps every call forwarding a token, as the app's must.
    protected static CancellationToken Ct => CancellationToken.None;

    public Task InitializeAsync()
    {
        _store = CreateStore();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
            await _store.DisposeAsync();
    }

    [ConformanceFact]
    public async Task GetAsync_AfterUpsert_RoundTripsEveryField()
    {
        var expected = SomeQuotes.FullyDescribed();

        await Store.UpsertAsync([expected], Ct);
        var actual = await Store.GetAsync(expected.Id, Ct);

        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Spans, actual.Spans);
        Assert.Equal(expected.Context, actual.Context);
        Assert.Equal(expected.Confidence, actual.Confidence);
        Assert.Equal(expected.Article, actual.Article);
        Assert.Equal(expected.Article.Published, actual.Article.Published);
        Assert.Equal(expected.Article.Published?.Offset, actual.Article.Published?.Offset);
        Assert.Equal(expected.Cue, actual.Cue);
        Assert.Equal(expected.Venue, actual.Venue);
        Assert.Equal(expected.Date, actual.Date);
        Assert.NotNull(actual.Speaker);
        Assert.Equal(expected.Speaker!.Name, actual.Speaker.Name);
        Assert.Equal(expected.Speaker.Key, actual.Speaker.Key);
        Assert.Equal(expected.Speaker.Mention, actual.Speaker.Mention);
        Assert.Equal(expected.Speaker.Role, actual.Speaker.Role);
        Assert.Equal(expected.Speaker.Organisation, actual.Speaker.Organisation);
        Assert.Equal(expected.Speaker.Aliases, actual.Speaker.Aliases);
    }

    [ConformanceFact]
    public async Task GetAsync_QuoteWithoutOptionalParts_RoundTripsTheirAbsence()
    {
        var expected = SomeQuotes.Quote(speaker: null);

        await Store.UpsertAsync([expected], Ct);
        var actual = await Store.GetAsync(expected.Id, Ct);

        Assert.NotNull(actual);
        Assert.Null(actual.Speaker);
        Assert.Null(actual.Cue);
        Assert.Null(actual.Venue);
        Assert.Null(actual.Date);
        Assert.Null(actual.Context);
        Assert.Null(actual.Article.Url);
    }

    [ConformanceFact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        await Store.UpsertAsync([SomeQuotes.Quote()], Ct);

        Assert.Null(await Store.GetAsync("q_0000000000000000000000000000000", Ct));
    }

    [ConformanceFact]
    public async Task UpsertAsync_SameQuoteTwice_KeepsOneCopyWithTheNewerContent()
    {
        var first = SomeQuotes.Quote("The pier reopens in May") with { Confidence = 0.4, Context = "First draft." };
        var second = first with { Confidence = 0.9, Context = "Corrected draft." };

        await Store.UpsertAsync([first], Ct);
        await Store.UpsertAsync([second], Ct);

        Assert.Equal(1, await Store.CountAsync(Ct));
        var stored = await Store.GetAsync(first.Id, Ct);
        Assert.Equal(0.9, stored!.Confidence);
        Assert.Equal("Corrected draft.", stored.Context);
        var found = await Store.SearchAsync(new QuoteQuery { Text = "pier" }, Ct);
        Assert.Equal(1, found.Total);
    }

    [ConformanceFact]
    public async Task UpsertAsync_SameQuoteTwiceInOneBatch_KeepsTheLastCopy()
    {
        var first = SomeQuotes.Quote("The pier reopens in May") with { Confidence = 0.4 };
        var second = first with { Confidence = 0.9 };

        await Store.UpsertAsync([first, second], Ct);

        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.Equal(0.9, (await Store.GetAsync(first.Id, Ct))!.Confidence);
    }

    [ConformanceFact]
    public async Task UpsertAsync_NoQuotes_ChangesNothing()
    {
        await Store.UpsertAsync([], Ct);

        Assert.Equal(0, await Store.CountAsync(Ct));
    }

    [ConformanceFact]
    public async Task CountAsync_NewStore_IsZero()
    {
        Assert.Equal(0, await Store.CountAsync(Ct));
    }

    [ConformanceFact]
    public async Task CountAsync_AfterUpserts_CountsEachStoredQuoteOnce()
    {
        var a = SomeQuotes.Quote("Fares rise in spring");
        var b = SomeQuotes.Quote("Fares fall in autumn");
        var c = SomeQuotes.Quote("Fares stay put in summer");

        await Store.UpsertAsync([a, b], Ct);
        await Store.UpsertAsync([b, c], Ct);

        Assert.Equal(3, await Store.CountAsync(Ct));
    }

    [ConformanceFact]
    public async Task SearchAsync_InflectedWord_FindsQuotesWithItsStem()
    {
        var aggressor = SomeQuotes.Quote("The aggressor must withdraw from the harbour");
        await Store.UpsertAsync([aggressor, SomeQuotes.Quote("The harbour stays open")], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "aggressors" }, Ct);

        Assert.Equal(1, result.Total);
        Assert.Equal(aggressor.Id, Assert.Single(result.Hits).Quote.Id);
    }

    [ConformanceFact]
    public async Task SearchAsync_WordInAnyCase_FindsTheQuote()
    {
        var quote = SomeQuotes.Quote("Lighthouse repairs start next week");
        await Store.UpsertAsync([quote], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "LIGHTHOUSE" }, Ct);

        Assert.Equal(quote.Id, Assert.Single(result.Hits).Quote.Id);
    }

    [ConformanceFact]
    public async Task SearchAsync_SeveralWords_FindsOnlyQuotesWithAllOfThem()
    {
        var both = SomeQuotes.Quote("Ferry fares will rise in April");
        var onlyFerry = SomeQuotes.Quote("The ferry leaves at noon");
        var onlyFares = SomeQuotes.Quote("Bus fares are frozen");
        await Store.UpsertAsync([both, onlyFerry, onlyFares], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "ferry fares" }, Ct);

        Assert.Equal(1, result.Total);
        Assert.Equal(both.Id, Assert.Single(result.Hits).Quote.Id);
    }

    [ConformanceFact]
    public async Task SearchAsync_QuotedPhrase_FindsOnlyTheWordsInThatOrder()
    {
        var phrase = SomeQuotes.Quote("We will raise harbour fees next year");
        var scattered = SomeQuotes.Quote("The fees at the harbour are fair");
        await Store.UpsertAsync([phrase, scattered], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "\"harbour fees\"" }, Ct);

        Assert.Equal(1, result.Total);
        Assert.Equal(phrase.Id, Assert.Single(result.Hits).Quote.Id);
    }

    [ConformanceFact]
    public async Task SearchAsync_NoQuoteMatches_ReturnsNoHitsAndZeroTotal()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The harbour stays open")], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "submarine" }, Ct);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
    }

    [ConformanceFact]
    public async Task SearchAsync_StrongerMatch_RanksFirstWithAHigherScore()
    {
        var weak = SomeQuotes.Quote("The pier was closed for most of a long, wet and windy winter season");
        var strong = SomeQuotes.Quote("The pier, the whole pier, and nothing but the pier");
        await Store.UpsertAsync([weak, strong], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "pier" }, Ct);

        Assert.Equal([strong.Id, weak.Id], result.Hits.Select(h => h.Quote.Id));
        Assert.True(result.Hits[0].Score > result.Hits[1].Score);
    }

    [ConformanceFact]
    public async Task SearchAsync_EqualScores_OrdersHitsById()
    {
        var quotes = Enumerable.Range(0, 6).Select(_ => SomeQuotes.Quote("The tide tables are wrong")).ToList();
        await Store.UpsertAsync(quotes, Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "tide" }, Ct);

        Assert.Equal(quotes.Select(q => q.Id).Order(StringComparer.Ordinal), result.Hits.Select(h => h.Quote.Id));
    }

    [ConformanceFact]
    public async Task SearchAsync_OneSpeakerKey_FindsOnlyThatSpeakersQuotes()
    {
        var ellison = SomeQuotes.Quote("The budget is sound", speaker: "Mara Ellison");
        var varga = SomeQuotes.Quote("The budget is a fantasy", speaker: "Tomas Varga");
        var nobody = SomeQuotes.Quote("The budget was leaked", speaker: null);
        await Store.UpsertAsync([ellison, varga, nobody], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Filter = new QuoteFilter { SpeakerKeys = [Speaker.KeyFor("Mara Ellison")] } }, Ct);

        Assert.Equal(1, result.Total);
        Assert.Equal(ellison.Id, Assert.Single(result.Hits).Quote.Id);
    }

    [ConformanceFact]
    public async Task SearchAsync_SeveralSpeakerKeys_FindsQuotesOfAnyOfThem()
    {
        var ellison = SomeQuotes.Quote("The budget is sound", speaker: "Mara Ellison");
        var varga = SomeQuotes.Quote("The budget is a fantasy", speaker: "Tomas Varga");
        var okafor = SomeQuotes.Quote("The budget needs a vote", speaker: "Ines Okafor");
        await Store.UpsertAsync([ellison, varga, okafor], Ct);

        var result = await Store.SearchAsync(
            new QuoteQuery { Filter = new QuoteFilter { SpeakerKeys = [Speaker.KeyFor("Mara Ellison"), Speaker.KeyFor("Ines Okafor")] } }, Ct);

        Assert.Equal(2, result.Total);
        Assert.Equal(
            new[] { ellison.Id, okafor.Id }.Order(StringComparer.Ordinal),
            result.Hits.Select(h => h.Quote.Id).Order(StringComparer.Ordinal));
    }

    [ConformanceFact]
    public async Task SearchAsync_Outlet_FindsOnlyQuotesFromThatExactOutlet()
    {
        var ledger = SomeQuotes.Quote("The quay will be widened", outlet: "The Harbour Ledger");
        var gazette = SomeQuotes.Quote("The quay will stay as it is", outlet: "Elling Gazette");
        await Store.UpsertAsync([ledger, gazette], Ct);

        var exact = await Store.SearchAsync(new QuoteQuery { Filter = new QuoteFilter { Outlets = ["The Harbour Ledger"] } }, Ct);
        var partial = await Store.SearchAsync(new QuoteQuery { Filter = new QuoteFilter { Outlets = ["Harbour Ledger"] } }, Ct);

        Assert.Equal(ledger.Id, Assert.Single(exact.Hits).Quote.Id);
        Assert.Equal(0, partial.Total);
    }

    [ConformanceFact]
    public async Task SearchAsync_Kinds_FindsOnlyQuotesOfThoseKinds()
    {
        var direct = SomeQuotes.Quote("The tunnel is safe", kind: QuoteKind.Direct);
        var indirect = SomeQuotes.Quote("The tunnel is unsafe", kind: QuoteKind.Indirect);
        var headline = SomeQuotes.Quote("Tunnel closes for good", kind: QuoteKind.Headline);
        await Store.UpsertAsync([direct, indirect, headline], Ct);

        var one = await Store.SearchAsync(new QuoteQuery { Filter = new QuoteFilter { Kinds = [QuoteKind.Indirect] } }, Ct);
        var two = await Store.SearchAsync(new QuoteQuery { Filter = new QuoteFilter { Kinds = [QuoteKind.Direct, QuoteKind.Headline] } }, Ct);

        Assert.Equal(indirect.Id, Assert.Single(one.Hits).Quote.Id);
        Assert.Equal(2, two.Total);
        Assert.DoesNotContain(two.Hits, h => h.Quote.Kind == QuoteKind.Indirect);
    }

    [ConformanceFact]
    public async Task SearchAsync_TextAndFilters_FindsOnlyQuotesMeetingAllOfThem()
    {
        var match = SomeQuotes.Quote("The bridge toll goes up", speaker: "Mara Ellison", outlet: "Elling Gazette", kind: QuoteKind.Partial);
        var otherText = SomeQuotes.Quote("The ferry toll goes up", speaker: "Mara Ellison", outlet: "Elling Gazette", kind: QuoteKind.Partial);
        var otherSpeaker = SomeQuotes.Quote("The bridge toll goes down", speaker: "Tomas Varga", outlet: "Elling Gazette", kind: QuoteKind.Partial);
        var otherOutlet = SomeQuotes.Quote("The bridge toll stays", speaker: "Mara Ellison", outlet: "The Harbour Ledger", kind: QuoteKind.Partial);
        var otherKind = SomeQuotes.Quote("The bridge toll is fair", speaker: "Mara Ellison", outlet: "Elling Gazette", kind: QuoteKind.Direct);
        await Store.UpsertAsync([match, otherText, otherSpeaker, otherOutlet, otherKind], Ct);

        var result = await Store.SearchAsync(new QuoteQuery
        {
            Text = "bridge",
            Filter = new QuoteFilter
            {
                SpeakerKeys = [Speaker.KeyFor("Mara Ellison")],
                Outlets = ["Elling Gazette"],
                Kinds = [QuoteKind.Partial],
            },
        }, Ct);

        Assert.Equal(1, result.Total);
        Assert.Equal(match.Id, Assert.Single(result.Hits).Quote.Id);
    }

    [ConformanceFact]
    public async Task SearchAsync_Filters_DoNotChangeTheScores()
    {
        var quote = SomeQuotes.Quote("The bridge toll goes up", kind: QuoteKind.Partial);
        await Store.UpsertAsync([quote, SomeQuotes.Quote("The bridge is old", kind: QuoteKind.Direct)], Ct);

        var unfiltered = await Store.SearchAsync(new QuoteQuery { Text = "bridge toll" }, Ct);
        var filtered = await Store.SearchAsync(new QuoteQuery { Text = "bridge toll", Filter = new QuoteFilter { Kinds = [QuoteKind.Partial], Outlets = [SomeQuotes.Outlet] } }, Ct);

        Assert.Equal(Assert.Single(unfiltered.Hits).Score, Assert.Single(filtered.Hits).Score, precision: 6);
    }

    [ConformanceFact]
    public async Task SearchAsync_Pages_ReturnEachHitOnceWithTheExactTotal()
    {
        var quotes = Enumerable.Range(1, 7)
            .Select(day => SomeQuotes.Quote("The lock gates need repair", published: new DateTimeOffset(2024, 5, day, 12, 0, 0, TimeSpan.Zero)))
            .ToList();
        await Store.UpsertAsync(quotes, Ct);
        var all = await Store.SearchAsync(new QuoteQuery { Text = "lock gates", Limit = 100 }, Ct);

        var pages = new List<QuoteSearchResult>();
        for (var offset = 0; offset < 9; offset += 3)
            pages.Add(await Store.SearchAsync(new QuoteQuery { Text = "lock gates", Offset = offset, Limit = 3 }, Ct));

        Assert.Equal(7, all.Total);
        Assert.All(pages, page => Assert.Equal(7, page.Total));
        Assert.Equal([3, 3, 1], pages.Select(p => p.Hits.Count));
        Assert.Equal(all.Hits.Select(h => h.Quote.Id), pages.SelectMany(p => p.Hits).Select(h => h.Quote.Id));
    }

    [ConformanceFact]
    public async Task SearchAsync_OffsetPastTheEnd_ReturnsNoHitsButTheTotal()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The dredger arrives"), SomeQuotes.Quote("The dredger leaves")], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "dredger", Offset = 50, Limit = 10 }, Ct);

        Assert.Equal(2, result.Total);
        Assert.Empty(result.Hits);
    }

    [ConformanceTheory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SearchAsync_BlankText_ReturnsEveryQuoteNewestFirst(string? text)
    {
        var march = SomeQuotes.Quote("Nets are mended", published: new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var may = SomeQuotes.Quote("Boats are painted", published: new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero));
        var april = SomeQuotes.Quote("Sails are sewn", published: new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.Zero));
        await Store.UpsertAsync([march, may, april], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = text }, Ct);

        Assert.Equal(3, result.Total);
        Assert.Equal([may.Id, april.Id, march.Id], result.Hits.Select(h => h.Quote.Id));
    }

    [ConformanceFact]
    public async Task SearchAsync_BlankTextWithFilter_ReturnsEveryQuoteThatPasses()
    {
        var gazette = SomeQuotes.Quote("Nets are mended", outlet: "Elling Gazette");
        await Store.UpsertAsync([gazette, SomeQuotes.Quote("Boats are painted")], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Filter = new QuoteFilter { Outlets = ["Elling Gazette"] } }, Ct);

        Assert.Equal(gazette.Id, Assert.Single(result.Hits).Quote.Id);
    }

    [ConformanceFact]
    public async Task ReplaceArticleAsync_RemovesQuotesNoLongerExtracted_AndLeavesOtherArticles()
    {
        var articleId = SomeQuotes.ArticleId();
        var kept = SomeQuotes.Quote("The sea wall will hold", articleId: articleId);
        var dropped = SomeQuotes.Quote("The sea wall will crack", articleId: articleId);
        var added = SomeQuotes.Quote("The sea wall needs inspection", articleId: articleId);
        var otherArticle = SomeQuotes.Quote("The sea wall is new");
        await Store.UpsertAsync([kept, dropped, otherArticle], Ct);

        await Store.ReplaceArticleAsync(articleId, [kept, added], Ct);

        Assert.Equal(3, await Store.CountAsync(Ct));
        Assert.NotNull(await Store.GetAsync(kept.Id, Ct));
        Assert.NotNull(await Store.GetAsync(added.Id, Ct));
        Assert.Null(await Store.GetAsync(dropped.Id, Ct));
        Assert.NotNull(await Store.GetAsync(otherArticle.Id, Ct));
        var found = await Store.SearchAsync(new QuoteQuery { Text = "crack" }, Ct);
        Assert.Equal(0, found.Total);
    }

    [ConformanceFact]
    public async Task ReplaceArticleAsync_NoQuotes_RemovesAllOfTheArticlesQuotes()
    {
        var articleId = SomeQuotes.ArticleId();
        var other = SomeQuotes.Quote("The sea wall is new");
        await Store.UpsertAsync([SomeQuotes.Quote("One", articleId: articleId), SomeQuotes.Quote("Two", articleId: articleId), other], Ct);

        await Store.ReplaceArticleAsync(articleId, [], Ct);

        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.NotNull(await Store.GetAsync(other.Id, Ct));
    }

    [ConformanceFact]
    public async Task ReplaceArticleAsync_NewArticle_AddsItsQuotes()
    {
        var articleId = SomeQuotes.ArticleId();
        var quote = SomeQuotes.Quote("The beacon is lit", articleId: articleId);

        await Store.ReplaceArticleAsync(articleId, [quote], Ct);

        Assert.Equal(quote.Text, (await Store.GetAsync(quote.Id, Ct))?.Text);
    }

    [ConformanceFact]
    public async Task ReplaceArticleAsync_QuoteOfAnotherArticle_ThrowsAndChangesNothing()
    {
        var articleId = SomeQuotes.ArticleId();
        var stored = SomeQuotes.Quote("The beacon is lit", articleId: articleId);
        await Store.UpsertAsync([stored], Ct);

        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.ReplaceArticleAsync(articleId, [SomeQuotes.Quote("The beacon is out")], Ct));

        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.NotNull(await Store.GetAsync(stored.Id, Ct));
    }

    [ConformanceFact]
    public async Task ReplaceArticlesAsync_SeveralArticles_EachKeepsOnlyItsNewQuotes_AndOthersAreUntouched()
    {
        var (first, second, emptied) = (SomeQuotes.ArticleId(), SomeQuotes.ArticleId(), SomeQuotes.ArticleId());
        var firstOld = SomeQuotes.Quote("The lighthouse keeper retires", articleId: first);
        var firstNew = SomeQuotes.Quote("The lighthouse keeper stays on", articleId: first);
        var secondNew = SomeQuotes.Quote("The slipway is repaired", articleId: second);
        var other = SomeQuotes.Quote("The sea wall is new");
        await Store.UpsertAsync([firstOld, SomeQuotes.Quote("The buoys are moved", articleId: emptied), other], Ct);

        await Store.ReplaceArticlesAsync(
            [new ArticleQuotes(first, [firstNew]), new ArticleQuotes(second, [secondNew]), new ArticleQuotes(emptied, [])], Ct);

        Assert.Equal(3, await Store.CountAsync(Ct));
        Assert.Null(await Store.GetAsync(firstOld.Id, Ct));
        Assert.NotNull(await Store.GetAsync(firstNew.Id, Ct));
        Assert.NotNull(await Store.GetAsync(secondNew.Id, Ct));
        Assert.NotNull(await Store.GetAsync(other.Id, Ct));
        Assert.Equal(0, (await Store.SearchAsync(new QuoteQuery { Text = "buoys" }, Ct)).Total);
    }

    [ConformanceFact]
    public async Task ReplaceArticlesAsync_SameArticleListedTwice_KeepsTheLaterQuotes()
    {
        var articleId = SomeQuotes.ArticleId();
        var earlier = SomeQuotes.Quote("The ferry runs at dawn", articleId: articleId);
        var later = SomeQuotes.Quote("The ferry runs at dusk", articleId: articleId);

        await Store.ReplaceArticlesAsync([new ArticleQuotes(articleId, [earlier]), new ArticleQuotes(articleId, [later])], Ct);

        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.NotNull(await Store.GetAsync(later.Id, Ct));
    }

    [ConformanceFact]
    public async Task ReplaceArticlesAsync_SameQuoteTwiceInAnArticle_StoresTheLastCopyOnce()
    {
        var articleId = SomeQuotes.ArticleId();
        var first = SomeQuotes.Quote("The pier reopens in May", articleId: articleId) with { Confidence = 0.4 };
        var second = first with { Confidence = 0.9 };

        await Store.ReplaceArticlesAsync([new ArticleQuotes(articleId, [first, second])], Ct);

        Assert.Equal(1, await Store.CountAsync(Ct));
        Assert.Equal(0.9, (await Store.GetAsync(first.Id, Ct))!.Confidence);
    }

    [ConformanceFact]
    public async Task ReplaceArticlesAsync_SameArticlesAgain_ChangesNothing()
    {
        var articleId = SomeQuotes.ArticleId();
        var articles = new[] { new ArticleQuotes(articleId, [SomeQuotes.Quote("One", articleId: articleId), SomeQuotes.Quote("Two", articleId: articleId)]) };

        await Store.ReplaceArticlesAsync(articles, Ct);
        await Store.ReplaceArticlesAsync(articles, Ct);

        Assert.Equal(2, await Store.CountAsync(Ct));
        Assert.Equal(2, (await Store.SearchAsync(new QuoteQuery(), Ct)).Total);
    }

    [ConformanceFact]
    public async Task ReplaceArticlesAsync_CancelledToken_ThrowsAndChangesNothing()
    {
        var articleId = SomeQuotes.ArticleId();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.ReplaceArticlesAsync([new ArticleQuotes(articleId, [SomeQuotes.Quote(articleId: articleId)])], cancelled.Token));

        Assert.Equal(0, await Store.CountAsync(Ct));
    }

    [ConformanceFact]
    public async Task ReplaceArticlesAsync_ThenReopen_KeepsEveryQuote()
    {
        var articleId = SomeQuotes.ArticleId();
        var quote = SomeQuotes.Quote("The breakwater holds", articleId: articleId);
        await Store.ReplaceArticlesAsync([new ArticleQuotes(articleId, [quote])], Ct);

        await Store.DisposeAsync();
        _store = ReopenStore();

        Assert.Equal(quote.Text, (await Store.GetAsync(quote.Id, Ct))?.Text);
    }

    [ConformanceFact]
    public void ArticleQuotes_QuoteOfAnotherArticle_ThrowsArgumentExceptionNamingBoth()
    {
        var articleId = SomeQuotes.ArticleId();
        var stranger = SomeQuotes.Quote("The beacon is out");

        var error = Assert.Throws<ArgumentException>(() => new ArticleQuotes(articleId, [stranger]));

        Assert.Contains(articleId, error.Message, StringComparison.Ordinal);
        Assert.Contains(stranger.Article.Id, error.Message, StringComparison.Ordinal);
    }

    [ConformanceFact]
    public async Task DisposeAsync_ThenReopen_KeepsEveryQuote()
    {
        var quote = SomeQuotes.FullyDescribed();
        var other = SomeQuotes.Quote("The harbour stays open");
        await Store.UpsertAsync([quote, other], Ct);

        await Store.DisposeAsync();
        _store = ReopenStore();

        Assert.Equal(2, await Store.CountAsync(Ct));
        Assert.Equal(QuoteJson.Serialize(quote), QuoteJson.Serialize((await Store.GetAsync(quote.Id, Ct))!));
        Assert.Equal(1, (await Store.SearchAsync(new QuoteQuery { Text = "storms" }, Ct)).Total);
    }

    [ConformanceFact]
    public async Task SearchAsync_CancelledToken_ThrowsOperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.SearchAsync(new QuoteQuery { Text = "harbour" }, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.UpsertAsync([SomeQuotes.Quote()], cancelled.Token));
        Assert.Equal(0, await Store.CountAsync(Ct));
    }
}
