using QuoteIndex.Core.Clustering;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Tests.Conformance;

/// <summary>What every store must do for clusters: keep cluster ids, find look-alikes by key, list a cluster in publication order.</summary>
public abstract partial class QuoteStoreConformanceTests
{
    // Invented statements. The wall is 21 words; the homes are 31.
    private const string Wall =
        "The harbour wall will be rebuilt before the winter storms arrive, and every family in the old town will be safe.";

    private const string Homes =
        "Our council will build four hundred new homes on the old railway land by the end of next year, " +
        "and every one of them will be sold at a fair price";

    private const string Flooding = "We cannot afford another season of flooding in the old town, and every family here knows it.";

    private static readonly DateTimeOffset May1 = new(2024, 5, 1, 7, 0, 0, TimeSpan.Zero);

    [ConformanceFact]
    public async Task GetAsync_ClusterId_RoundTrips()
    {
        var quote = SomeQuotes.Quote(Wall) with { ClusterId = "c_harbour-wall" };

        await Store.UpsertAsync([quote], Ct);

        Assert.Equal("c_harbour-wall", (await Store.GetAsync(quote.Id, Ct))?.ClusterId);
    }

    [ConformanceFact]
    public async Task FindClusterCandidatesAsync_QuotesSharingKeys_ComeMostSharedFirstWithTheirClusterAndWords()
    {
        var same = SomeQuotes.Quote(Wall) with { ClusterId = "c_wall" };
        var oneWordOff = SomeQuotes.Quote(Wall.Replace("winter", "autumn", StringComparison.Ordinal)) with { ClusterId = "c_wall" };
        var unrelated = SomeQuotes.Quote(Flooding);
        await Store.UpsertAsync([unrelated, oneWordOff, same], Ct);

        var candidates = await Store.FindClusterCandidatesAsync(QuoteSignature.Of(Wall).Keys, 10, Ct);

        Assert.Equal([same.Id, oneWordOff.Id], candidates.Select(c => c.QuoteId));
        Assert.Equal(new ClusterCandidate(same.Id, "c_wall", Wall), candidates[0]);
    }

    [ConformanceFact]
    public async Task FindClusterCandidatesForEachAsync_Batch_AnswersEachQuoteAsTheSingleLookUpDoes()
    {
        await Store.UpsertAsync([SomeQuotes.Quote(Wall), SomeQuotes.Quote(Wall.Replace("winter", "autumn", StringComparison.Ordinal)),
            SomeQuotes.Quote(Homes), SomeQuotes.Quote(Flooding)], Ct);
        IReadOnlyCollection<string>[] keys =
            [QuoteSignature.Of(Wall).Keys, [], QuoteSignature.Of(Homes.Replace("four", "five", StringComparison.Ordinal)).Keys, ["no-such-key"]];

        var batch = await Store.FindClusterCandidatesForEachAsync(keys, 10, Ct);

        Assert.Equal(keys.Length, batch.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            var single = keys[i].Count == 0 ? [] : await Store.FindClusterCandidatesAsync(keys[i], 10, Ct);
            Assert.Equal(single, batch[i]);
        }

        Assert.Equal(2, batch[0].Count);
        Assert.Empty(batch[1]);
        Assert.Single(batch[2]);
        Assert.Empty(batch[3]);
    }

    [ConformanceFact]
    public async Task FindClusterCandidatesForEachAsync_Signatures_AnswerAsTheirKeysDo()
    {
        await Store.UpsertAsync([SomeQuotes.Quote(Wall), SomeQuotes.Quote(Wall.Replace("winter", "autumn", StringComparison.Ordinal)),
            SomeQuotes.Quote(Homes), SomeQuotes.Quote(Flooding), SomeQuotes.Quote("No comment.")], Ct);
        QuoteSignature[] signatures =
        [
            QuoteSignature.Of(Wall), QuoteSignature.Of("..."), QuoteSignature.Of(Homes.Replace("four", "five", StringComparison.Ordinal)),
            QuoteSignature.Of("no COMMENT"), QuoteSignature.Of("The tide tables for the estuary will be published every morning at six."),
        ];

        var bySignature = await Store.FindClusterCandidatesForEachAsync(signatures, 10, Ct);
        var byKeys = await Store.FindClusterCandidatesForEachAsync([.. signatures.Select(s => s.Keys)], 10, Ct);

        Assert.Equal(byKeys, bySignature);
        Assert.Equal([2, 0, 1, 1, 0], bySignature.Select(found => found.Count));
    }

    [ConformanceFact]
    public async Task FindClusterCandidatesAsync_StatementRepeatedManyTimes_StaysBoundedAndFindsCopies()
    {
        var copies = Enumerable.Range(0, 150).Select(i => SomeQuotes.Quote(Wall, articleId: $"copy-{i}")).ToList();
        await Store.UpsertAsync(copies, Ct);

        var candidates = await Store.FindClusterCandidatesAsync(QuoteSignature.Of(Wall).Keys, 10, Ct);

        Assert.Equal(10, candidates.Count);
        Assert.All(candidates, c => Assert.Equal(Wall, c.Text));
    }

    [ConformanceFact]
    public async Task FindClusterCandidatesAsync_Limit_KeepsTheQuotesSharingTheMostKeys()
    {
        var same = SomeQuotes.Quote(Wall);
        await Store.UpsertAsync([SomeQuotes.Quote(Wall.Replace("winter", "autumn", StringComparison.Ordinal)), same], Ct);

        var candidates = await Store.FindClusterCandidatesAsync(QuoteSignature.Of(Wall).Keys, 1, Ct);

        Assert.Equal(same.Id, Assert.Single(candidates).QuoteId);
    }

    [ConformanceFact]
    public async Task FindClusterCandidatesAsync_ShortQuote_FindsOnlyTheSameWords()
    {
        var same = SomeQuotes.Quote("“No comment.”");
        await Store.UpsertAsync([same, SomeQuotes.Quote("No comment yet")], Ct);

        var candidates = await Store.FindClusterCandidatesAsync(QuoteSignature.Of("no COMMENT").Keys, 10, Ct);

        Assert.Equal(same.Id, Assert.Single(candidates).QuoteId);
    }

    [ConformanceFact]
    public async Task FindClusterCandidatesAsync_NoKeysOrUnknownKeys_FindsNothing()
    {
        await Store.UpsertAsync([SomeQuotes.Quote(Wall)], Ct);

        Assert.Empty(await Store.FindClusterCandidatesAsync([], 10, Ct));
        Assert.Empty(await Store.FindClusterCandidatesAsync(QuoteSignature.Of(Flooding).Keys, 10, Ct));
    }

    [ConformanceFact]
    public async Task FindClusterCandidatesAsync_QuoteReplacedAway_IsNoLongerFound()
    {
        var articleId = SomeQuotes.ArticleId();
        await Store.UpsertAsync([SomeQuotes.Quote(Wall, articleId: articleId)], Ct);

        await Store.ReplaceArticleAsync(articleId, [], Ct);

        Assert.Empty(await Store.FindClusterCandidatesAsync(QuoteSignature.Of(Wall).Keys, 10, Ct));
    }

    [ConformanceFact]
    public async Task FindClusterCandidatesAsync_AfterReopen_StillFindsTheQuotes()
    {
        var quote = SomeQuotes.Quote(Wall);
        await Store.UpsertAsync([quote], Ct);

        await Store.DisposeAsync();
        _store = ReopenStore();

        Assert.Equal(quote.Id, Assert.Single(await Store.FindClusterCandidatesAsync(QuoteSignature.Of(Wall).Keys, 10, Ct)).QuoteId);
    }

    [ConformanceFact]
    public async Task GetClusterAsync_ListsEveryAppearanceEarliestPublishedFirstAndUndatedLast()
    {
        var third = Appearance(Wall, "Elling Gazette", May1.AddDays(2)) with { ClusterId = "c_wall" };
        var undated = Appearance(Wall, "The Quay Post", published: null) with { ClusterId = "c_wall" };
        var first = Appearance(Wall, "The Calder Courier", May1.AddHours(-3)) with { ClusterId = "c_wall" };
        var second = Appearance(Wall, "The Harbour Ledger", May1.AddDays(1)) with { ClusterId = "c_wall" };
        await Store.UpsertAsync([third, undated, SomeQuotes.Quote(Flooding) with { ClusterId = "c_flooding" }], Ct);
        await Store.UpsertAsync([second, first], Ct);

        var cluster = await Store.GetClusterAsync("c_wall", 10, Ct);

        Assert.NotNull(cluster);
        Assert.Equal("c_wall", cluster.Id);
        Assert.Equal(4, cluster.Size);
        Assert.Equal([first.Id, second.Id, third.Id, undated.Id], cluster.Appearances.Select(a => a.QuoteId));
        Assert.Equal(first.Id, cluster.FirstAppearance.QuoteId);
        Assert.Equal(first.Article, cluster.FirstAppearance.Article);
        Assert.Equal(first.Article.Published, cluster.FirstAppearance.Article.Published);
        Assert.Equal(first.Speaker?.Name, cluster.FirstAppearance.Speaker?.Name);
        Assert.Equal(Wall, cluster.FirstAppearance.Text);
    }

    [ConformanceFact]
    public async Task GetClusterAsync_Limit_ListsTheEarliestAndCountsThemAll()
    {
        var quotes = Enumerable.Range(0, 5)
            .Select(day => Appearance(Wall, "Elling Gazette", May1.AddDays(4 - day)) with { ClusterId = "c_wall" })
            .ToList();
        await Store.UpsertAsync(quotes, Ct);

        var cluster = await Store.GetClusterAsync("c_wall", 2, Ct);

        Assert.Equal(5, cluster?.Size);
        Assert.Equal([quotes[4].Id, quotes[3].Id], cluster!.Appearances.Select(a => a.QuoteId));
    }

    [ConformanceFact]
    public async Task GetClusterAsync_UnknownId_ReturnsNull()
    {
        await Store.UpsertAsync([SomeQuotes.Quote(Wall)], Ct);

        Assert.Null(await Store.GetClusterAsync("c_nothing-here", 10, Ct));
    }

    [ConformanceFact]
    public async Task GetClusterSizesAsync_CountsEachClusterOnce_UnknownAsZero_ReplacedQuotesNot()
    {
        var articleId = SomeQuotes.ArticleId();
        await Store.UpsertAsync(
        [
            SomeQuotes.Quote(Wall) with { ClusterId = "c_wall" },
            SomeQuotes.Quote(Wall, articleId: articleId) with { ClusterId = "c_wall" },
            SomeQuotes.Quote(Wall) with { ClusterId = "c_wall" },
            SomeQuotes.Quote(Flooding) with { ClusterId = "c_flooding" },
        ], Ct);
        await Store.ReplaceArticleAsync(articleId, [], Ct);

        var sizes = await Store.GetClusterSizesAsync(["c_wall", "c_flooding", "c_nothing", "c_wall"], Ct);

        Assert.Equal(2, sizes["c_wall"]);
        Assert.Equal(1, sizes["c_flooding"]);
        Assert.Equal(0, sizes["c_nothing"]);
    }

    [ConformanceFact]
    public async Task Clusterer_OneQuoteInThreeOutletsIngestedOutOfDateOrder_IsOneClusterFirstPublishedFirst()
    {
        var ledger = Appearance($"\"{Wall}\"", "The Harbour Ledger", May1.AddDays(1));
        var gazette = Appearance($"“{Wall}”", "Elling Gazette", May1.AddDays(2));
        var courier = Appearance($"«{Wall.Replace("winter", "autumn", StringComparison.Ordinal)}»", "The Calder Courier", May1);
        var otherStatement = Appearance(Flooding, "Elling Gazette", May1.AddDays(2));

        var stored = await IngestEachAsync(ledger, gazette, otherStatement, courier);

        Assert.Single(stored.Take(2).Append(stored[3]).Select(q => q.ClusterId).Distinct());
        Assert.NotEqual(stored[0].ClusterId, stored[2].ClusterId);
        var cluster = await Store.GetClusterAsync(stored[0].ClusterId, 10, Ct);
        Assert.Equal(3, cluster?.Size);
        Assert.Equal([courier.Id, ledger.Id, gazette.Id], cluster!.Appearances.Select(a => a.QuoteId));
        Assert.Equal("The Calder Courier", cluster.FirstAppearance.Article.Outlet);
        Assert.Equal(stored[0].ClusterId, (await Store.GetAsync(courier.Id, Ct))?.ClusterId);
    }

    [ConformanceFact]
    public async Task Clusterer_SameArticlesIngestedAgain_KeepTheirClusterIds()
    {
        var ledger = Appearance(Wall, "The Harbour Ledger", May1.AddDays(1));
        var courier = Appearance(Wall.Replace("winter", "autumn", StringComparison.Ordinal), "The Calder Courier", May1);
        var homes = Appearance(Homes, "The Calder Courier", May1);
        var first = await IngestEachAsync(ledger, courier, homes);

        var again = await IngestEachAsync(homes, courier, ledger);

        Assert.Equal(first.Select(q => q.ClusterId), again.Reverse().Select(q => q.ClusterId));
        Assert.Equal(3, await Store.CountAsync(Ct));
    }

    [ConformanceFact]
    public async Task Clusterer_QuoteMatchingTwoClusters_JoinsTheMoreSimilarAndMergesNothing()
    {
        var railway = Appearance(Homes.Replace("railway", "quarry", StringComparison.Ordinal), "The Harbour Ledger", May1);
        var threeWordsOff = Appearance(
            Homes.Replace("build", "buy", StringComparison.Ordinal).Replace("year", "summer", StringComparison.Ordinal).Replace("sold", "let", StringComparison.Ordinal),
            "Elling Gazette", May1);
        var (railwayCluster, otherCluster) = (await IngestEachAsync(railway, threeWordsOff)) switch { [var a, var b] => (a.ClusterId, b.ClusterId), _ => throw new InvalidOperationException() };
        Assert.NotEqual(railwayCluster, otherCluster); // the two are not one statement, so they start apart

        var bridge = (await IngestEachAsync(Appearance(Homes, "The Calder Courier", May1.AddDays(1))))[0];

        Assert.Equal(railwayCluster, bridge.ClusterId);
        var sizes = await Store.GetClusterSizesAsync([railwayCluster, otherCluster], Ct);
        Assert.Equal(2, sizes[railwayCluster]);
        Assert.Equal(1, sizes[otherCluster]);
        Assert.Equal(otherCluster, (await Store.GetAsync(threeWordsOff.Id, Ct))?.ClusterId);
    }

    [ConformanceFact]
    public async Task Clusterer_OneBatchInEitherOrder_JoinsNearCopiesAndNamesTheClusterAfterTheEarliest()
    {
        var early = Appearance(Wall.Replace("winter", "autumn", StringComparison.Ordinal), "The Calder Courier", May1);
        var late = Appearance(Wall, "The Harbour Ledger", May1.AddDays(1));
        var clusterer = new QuoteClusterer(Store);

        var forward = await clusterer.AssignAsync([early, late], Ct);
        var backward = await clusterer.AssignAsync([late, early], Ct);

        Assert.Equal([early.ClusterId, early.ClusterId], forward.Select(q => q.ClusterId));
        Assert.Equal([late.Id, early.Id], backward.Select(q => q.Id));
        Assert.Equal([early.ClusterId, early.ClusterId], backward.Select(q => q.ClusterId));
    }

    [ConformanceFact]
    public async Task Clusterer_NearCopyInTheBatchBeingWritten_JoinsItsClusterBeforeTheStoreHasIt()
    {
        var clusterer = new QuoteClusterer(Store);
        var written = await clusterer.AssignAsync([Appearance(Wall, "The Harbour Ledger", May1)], Ct);
        var oneWordOff = Appearance(Wall.Replace("winter", "autumn", StringComparison.Ordinal), "Elling Gazette", May1.AddDays(1));

        var alone = await clusterer.AssignAsync([oneWordOff], Ct);
        var beside = await clusterer.AssignAsync([oneWordOff], written, Ct);

        Assert.Equal(0, await Store.CountAsync(Ct));
        Assert.Equal(oneWordOff.ClusterId, Assert.Single(alone).ClusterId);
        Assert.Equal(written[0].ClusterId, Assert.Single(beside).ClusterId);
    }

    [ConformanceFact]
    public async Task Clusterer_ShortQuotes_JoinOnlyTheSameWords()
    {
        var stored = await IngestEachAsync(
            Appearance("“We will win.”", "The Harbour Ledger", May1),
            Appearance("We will lose", "Elling Gazette", May1),
            Appearance("WE WILL WIN", "The Calder Courier", May1));

        Assert.Equal(stored[0].ClusterId, stored[2].ClusterId);
        Assert.NotEqual(stored[0].ClusterId, stored[1].ClusterId);
    }

    /// <summary>Each quote as one ingested article: clustered, then made the article's stored quotes.</summary>
    private async Task<IReadOnlyList<Quote>> IngestEachAsync(params Quote[] quotes)
    {
        var clusterer = new QuoteClusterer(Store);
        var stored = new List<Quote>();
        foreach (var quote in quotes)
        {
            var assigned = await clusterer.AssignAsync([quote], Ct);
            await Store.ReplaceArticleAsync(quote.Article.Id, assigned, Ct);
            stored.AddRange(assigned);
        }

        return stored;
    }

    /// <summary>A quote as one outlet reported it, in an article of its own with a URL.</summary>
    private static Quote Appearance(string text, string outlet, DateTimeOffset? published)
    {
        var url = new Uri(SomeQuotes.ArticleId());
        var article = new ArticleReference(url.AbsoluteUri, "Harbour wall to be rebuilt", outlet, url, published);
        return new Quote(article, text, [new TextSpan(1, 1 + text.Length)], QuoteKind.Direct) { Speaker = new Speaker("Elena Vasquez-Moreau") };
    }
}
