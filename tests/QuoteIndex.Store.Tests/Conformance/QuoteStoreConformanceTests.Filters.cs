using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Tests.Conformance;

/// <summary>The <see cref="QuoteFilter"/> conditions beyond speaker, outlet and kind.</summary>
public abstract partial class QuoteStoreConformanceTests
{
    [ConformanceFact]
    public async Task SearchAsync_VenueTypes_KeepQuotesMadeAtThoseKindsOfVenue()
    {
        var interview = SomeQuotes.Quote("The quay will reopen in May") with { Venue = new Venue("an interview with Radio Elling", VenueType.Interview) };
        var hearing = SomeQuotes.Quote("The quay budget is spent") with { Venue = new Venue("a council hearing", VenueType.Hearing) };
        var nowhere = SomeQuotes.Quote("The quay is safe");
        await Store.UpsertAsync([interview, hearing, nowhere], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Filter = new QuoteFilter { VenueTypes = [VenueType.Interview, VenueType.Debate] } }, Ct);

        Assert.Equal([interview.Id], result.Hits.Select(h => h.Quote.Id));
    }

    [ConformanceFact]
    public async Task SearchAsync_StatementDates_IncludeBothEndsAndSkipQuotesWithoutAYear()
    {
        var before = Dated("The tide gauge is broken", new StatementDate(new DateOnly(2024, 9, 9), DateSource.Stated));
        var first = Dated("The tide gauge is fixed", new StatementDate(new DateOnly(2024, 9, 10), DateSource.Stated));
        var last = Dated("The tide gauge is new", new StatementDate(new DateOnly(2024, 9, 20), DateSource.Published));
        var after = Dated("The tide gauge is old", new StatementDate(new DateOnly(2024, 9, 21), DateSource.Stated));
        var noYear = Dated("The tide gauge is late", new StatementDate(null, 9, 15, DateSource.Stated));
        await Store.UpsertAsync([before, first, last, after, noYear], Ct);

        var range = new DateRange(new DateOnly(2024, 9, 10), new DateOnly(2024, 9, 20));
        var result = await Store.SearchAsync(new QuoteQuery { Filter = new QuoteFilter { StatementDates = range } }, Ct);

        Assert.Equal(new[] { first.Id, last.Id }.Order(), result.Hits.Select(h => h.Quote.Id).Order());
    }

    [ConformanceFact]
    public async Task SearchAsync_PublishedDates_CompareWholeUtcDays()
    {
        // 23:30 at UTC-2 on the 9th is 01:30 UTC on the 10th.
        var lateEvening = SomeQuotes.Quote("The lighthouse stays lit", published: new DateTimeOffset(2024, 5, 9, 23, 30, 0, TimeSpan.FromHours(-2)));
        var lastMillisecond = SomeQuotes.Quote("The lighthouse is dark", published: new DateTimeOffset(2024, 5, 10, 23, 59, 59, 999, TimeSpan.Zero));
        var nextDay = SomeQuotes.Quote("The lighthouse is sold", published: new DateTimeOffset(2024, 5, 11, 0, 0, 0, TimeSpan.Zero));
        await Store.UpsertAsync([lateEvening, lastMillisecond, nextDay], Ct);

        var day = new DateOnly(2024, 5, 10);
        var result = await Store.SearchAsync(new QuoteQuery { Filter = new QuoteFilter { PublishedDates = new DateRange(day, day) } }, Ct);

        Assert.Equal(new[] { lateEvening.Id, lastMillisecond.Id }.Order(), result.Hits.Select(h => h.Quote.Id).Order());
    }

    [ConformanceFact]
    public async Task SearchAsync_LanguagesAndMinConfidence_KeepOnlyQuotesThatMeetBoth()
    {
        var sure = InLanguage(SomeQuotes.Quote("The dunes are moving") with { Confidence = 0.9 }, "en");
        var borderline = InLanguage(SomeQuotes.Quote("The dunes are shrinking") with { Confidence = 0.7 }, "EN");
        var unsure = InLanguage(SomeQuotes.Quote("The dunes are growing") with { Confidence = 0.69 }, "en");
        var french = InLanguage(SomeQuotes.Quote("Les dunes avancent") with { Confidence = 0.95 }, "fr");
        await Store.UpsertAsync([sure, borderline, unsure, french], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Filter = new QuoteFilter { Languages = ["En"], MinConfidence = 0.7 } }, Ct);

        Assert.Equal(new[] { sure.Id, borderline.Id }.Order(), result.Hits.Select(h => h.Quote.Id).Order());
    }

    [ConformanceFact]
    public async Task ReplaceArticlesAsync_HugeArticleIdOutletAndSpeaker_AreStoredFilteredAndReplaced()
    {
        // Lucene refuses terms over 32 KB; one absurd record must not fail its batch or become unfindable.
        var articleId = "https://ledger.example/" + new string('d', 40_000);
        var outlet = new string('o', 40_000);
        var otherOutlet = new string('o', 39_999) + "p";
        var speaker = string.Join(' ', Enumerable.Repeat("Mara", 9_000));
        var first = SomeQuotes.Quote("The harbour wall will hold", speaker: speaker, outlet: outlet, articleId: articleId);
        var second = SomeQuotes.Quote("The harbour wall will fall", speaker: speaker, outlet: outlet, articleId: articleId);
        var lookAlike = SomeQuotes.Quote("The harbour wall will bend", speaker: speaker, outlet: otherOutlet);

        await Store.ReplaceArticlesAsync([new ArticleQuotes(articleId, [first]), new ArticleQuotes(lookAlike.Article.Id, [lookAlike])], Ct);
        await Store.ReplaceArticlesAsync([new ArticleQuotes(articleId, [second])], Ct);

        var filter = new QuoteFilter { Outlets = [outlet], SpeakerKeys = [Speaker.KeyFor(speaker)] };
        var found = await Store.SearchAsync(new QuoteQuery { Filter = filter }, Ct);
        Assert.Equal([second.Id], found.Hits.Select(h => h.Quote.Id));
        Assert.Equal(outlet, found.Hits[0].Quote.Article.Outlet);
        Assert.Equal(2, await Store.CountAsync(Ct));
    }

    private static Quote Dated(string text, StatementDate date) => SomeQuotes.Quote(text) with { Date = date };

    private static Quote InLanguage(Quote quote, string language) =>
        new(quote.Article with { Language = language }, quote.Text, quote.Spans, quote.Kind)
        {
            Speaker = quote.Speaker,
            Confidence = quote.Confidence,
        };
}
