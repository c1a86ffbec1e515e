using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Tests.Conformance;

/// <summary>Speaker autocomplete and the counts behind a speaker's page.</summary>
public abstract partial class QuoteStoreConformanceTests
{
    [ConformanceTheory]
    [InlineData("vel")]
    [InlineData("VELD")]
    [InlineData("ingrid")]
    [InlineData("Ingrid Ve")]
    [InlineData("ïngrid")]
    public async Task SuggestSpeakersAsync_PrefixOfAnyWordOrOfTheWholeName_FindsTheSpeaker(string prefix)
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The canal locks open at dawn", speaker: "Ingrid Veldhuis"), SomeQuotes.Quote("The canal is closed", speaker: "Oskar Brandt")], Ct);

        var found = await Store.SuggestSpeakersAsync(prefix, 10, Ct);

        var speaker = Assert.Single(found);
        Assert.Equal(new SpeakerSuggestion("ingrid-veldhuis", "Ingrid Veldhuis", 1), speaker);
    }

    [ConformanceFact]
    public async Task SuggestSpeakersAsync_AccentedName_IsFoundWithoutAccentsAndKeepsThemInTheName()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The orchard survived the frost", speaker: "Zoë Ferrán")], Ct);

        var found = await Store.SuggestSpeakersAsync("ferran", 10, Ct);

        Assert.Equal([new SpeakerSuggestion("zoe-ferran", "Zoë Ferrán", 1)], found);
    }

    [ConformanceFact]
    public async Task SuggestSpeakersAsync_SeveralSpeakers_MostQuotesFirstAndCountedOnceEach()
    {
        // "jo" matches both words of "Jonas Jorgensen": his quotes still count once.
        await Store.UpsertAsync(
        [
            SomeQuotes.Quote("The bridge toll stays", speaker: "Jonas Jorgensen"),
            SomeQuotes.Quote("The bridge toll rises", speaker: "Jonas Jorgensen"),
            SomeQuotes.Quote("The bridge is safe", speaker: "Jolene Marsh"),
            SomeQuotes.Quote("The bridge is old", speaker: "Jolene Marsh"),
            SomeQuotes.Quote("The bridge is long", speaker: "JOLENE MARSH"),
            SomeQuotes.Quote("The bridge is new", speaker: "Ada Jost"),
            SomeQuotes.Quote("The bridge is painted", speaker: "Piet Dekker"),
        ], Ct);

        var found = await Store.SuggestSpeakersAsync("jo", 10, Ct);

        Assert.Equal(
            [new SpeakerSuggestion("jolene-marsh", "Jolene Marsh", 3), new SpeakerSuggestion("jonas-jorgensen", "Jonas Jorgensen", 2), new SpeakerSuggestion("ada-jost", "Ada Jost", 1)],
            found);
        Assert.Single(await Store.SuggestSpeakersAsync("jo", 1, Ct));
    }

    [ConformanceFact]
    public async Task SuggestSpeakersAsync_ReplacedAndDeletedQuotes_AreNotCounted()
    {
        var articleId = SomeQuotes.ArticleId();
        await Store.ReplaceArticleAsync(articleId, [SomeQuotes.Quote("The ferry is late", speaker: "Rune Halvorsen", articleId: articleId), SomeQuotes.Quote("The ferry is full", speaker: "Rune Halvorsen", articleId: articleId)], Ct);
        await Store.ReplaceArticleAsync(articleId, [SomeQuotes.Quote("The ferry is late", speaker: "Rune Halvorsen", articleId: articleId)], Ct);

        Assert.Equal([new SpeakerSuggestion("rune-halvorsen", "Rune Halvorsen", 1)], await Store.SuggestSpeakersAsync("halv", 10, Ct));

        await Store.ReplaceArticleAsync(articleId, [], Ct);
        Assert.Empty(await Store.SuggestSpeakersAsync("halv", 10, Ct));
    }

    [ConformanceFact]
    public async Task SuggestSpeakersAsync_PrefixInsideAWordOrWithoutLetters_FindsNothing()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The lock is broken", speaker: "Ingrid Veldhuis")], Ct);

        Assert.Empty(await Store.SuggestSpeakersAsync("dhuis", 10, Ct));
        Assert.Empty(await Store.SuggestSpeakersAsync("?!", 10, Ct));
    }

    [ConformanceFact]
    public async Task UpsertAsync_SpeakerNameOfThreeThousandWords_IsStoredAndTheOthersStillSuggested()
    {
        // An extraction error's 18,000-character "name" must not fail the write (a Lucene term is at most 32 KB).
        var huge = SomeQuotes.Quote("The sluice is jammed", speaker: string.Join(' ', Enumerable.Repeat("Quill", 3_000)));
        var normal = SomeQuotes.Quote("The sluice is fixed", speaker: "Quinta Marr");

        await Store.UpsertAsync([huge, normal], Ct);

        Assert.NotNull(await Store.GetAsync(huge.Id, Ct));
        Assert.Equal(["quinta-marr"], (await Store.SuggestSpeakersAsync("qui", 10, Ct)).Select(s => s.Key));
    }

    [ConformanceFact]
    public async Task GetSpeakerStatisticsAsync_UnknownSpeaker_IsNull()
    {
        await Store.UpsertAsync([SomeQuotes.Quote(speaker: "Ingrid Veldhuis")], Ct);

        Assert.Null(await Store.GetSpeakerStatisticsAsync("ingrid", QuoteFilter.None, 5, Ct));
    }

    [ConformanceFact]
    public async Task GetSpeakerStatisticsAsync_CountsOutletsVenuesDatesAndMonths()
    {
        var march = new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero);
        var may = new DateTimeOffset(2024, 5, 20, 10, 0, 0, TimeSpan.Zero);
        await Store.UpsertAsync(
        [
            Said("The dam holds", "The Fenwick Post", march, venue: "a council hearing", day: new DateOnly(2024, 3, 4)),
            Said("The dam leaks", "The Fenwick Post", may, venue: "a council hearing", day: new DateOnly(2024, 5, 19)),
            Said("The dam is ours", "Radio Marlow", may, day: null),
            Said("The dam is done", "Radio Marlow", published: null, day: null) with { Speaker = new Speaker("TESSA GRAVES") },
            SomeQuotes.Quote("The dam is nobody's", speaker: "Bram Olde"),
        ], Ct);

        var stats = await Store.GetSpeakerStatisticsAsync("tessa-graves", QuoteFilter.None, 2, Ct);

        Assert.NotNull(stats);
        Assert.Equal(4, stats.QuoteCount);
        Assert.Equal([new ValueCount("Tessa Graves", 3), new ValueCount("TESSA GRAVES", 1)], stats.Names);
        Assert.Equal([new ValueCount("Radio Marlow", 2), new ValueCount("The Fenwick Post", 2)], stats.Outlets);
        Assert.Equal([new ValueCount("a council hearing", 2)], stats.Venues);
        Assert.Equal(new DateOnly(2024, 3, 4), stats.FirstStatementDay);
        Assert.Equal(new DateOnly(2024, 5, 19), stats.LastStatementDay);
        Assert.Equal(march, stats.FirstPublished);
        Assert.Equal(may, stats.LastPublished);
        // The quote without a statement date falls in its publication month; the one with neither is undated.
        Assert.Equal([new MonthCount(2024, 3, 1), new MonthCount(2024, 5, 2)], stats.Months);
        Assert.Equal(1, stats.Undated);
        Assert.Equal(2, stats.Recent.Count);
        Assert.All(stats.Recent, q => Assert.Equal(may, q.Article.Published));
    }

    [ConformanceFact]
    public async Task GetSpeakerStatisticsAsync_Filter_NarrowsTheCountsButNotTheNames()
    {
        var early = new DateTimeOffset(2023, 1, 10, 8, 0, 0, TimeSpan.Zero);
        var late = new DateTimeOffset(2024, 6, 10, 8, 0, 0, TimeSpan.Zero);
        await Store.UpsertAsync([Said("The mill turns", "The Fenwick Post", early, day: null), Said("The mill stops", "Radio Marlow", late, day: null)], Ct);

        var filter = new QuoteFilter { PublishedDates = new DateRange(new DateOnly(2024, 1, 1), null), SpeakerKeys = ["someone-else"] };
        var stats = await Store.GetSpeakerStatisticsAsync("tessa-graves", filter, 10, Ct);

        Assert.NotNull(stats);
        Assert.Equal(1, stats.QuoteCount);
        Assert.Equal([new ValueCount("Radio Marlow", 1)], stats.Outlets);
        Assert.Equal([new ValueCount("Tessa Graves", 2)], stats.Names);
        Assert.Equal("The mill stops", Assert.Single(stats.Recent).Text);
    }

    [ConformanceFact]
    public async Task GetSpeakerStatisticsAsync_FilterExcludingEverything_GivesZeroCountsNotNull()
    {
        await Store.UpsertAsync([Said("The mill turns", "The Fenwick Post", SomeQuotesPublished, day: null)], Ct);

        var stats = await Store.GetSpeakerStatisticsAsync("tessa-graves", new QuoteFilter { Outlets = ["Radio Marlow"] }, 10, Ct);

        Assert.NotNull(stats);
        Assert.Equal(0, stats.QuoteCount);
        Assert.Empty(stats.Months);
        Assert.Empty(stats.Recent);
        Assert.Null(stats.FirstPublished);
    }

    private static readonly DateTimeOffset SomeQuotesPublished = new(2024, 2, 2, 12, 0, 0, TimeSpan.Zero);

    private static Quote Said(string text, string outlet, DateTimeOffset? published, DateOnly? day, string? venue = null)
    {
        var article = new ArticleReference(SomeQuotes.ArticleId(), "Fenwick dam report", outlet, null, published);
        return new Quote(article, text, [new TextSpan(1, 1 + text.Length)], QuoteKind.Direct)
        {
            Speaker = new Speaker("Tessa Graves"),
            Venue = venue is null ? null : new Venue(venue, VenueType.Hearing),
            Date = day is { } d ? new StatementDate(d, DateSource.Stated) : null,
        };
    }
}
