using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Tests.Conformance;

public abstract partial class QuoteStoreConformanceTests
{
    private static readonly string Ellison = Speaker.KeyFor("Mara Ellison");
    private static readonly string Varga = Speaker.KeyFor("Tomas Varga");

    // Six quotes about the dock: Ellison 3 (2 direct, 1 indirect), Varga 2 (1 direct, 1 partial), Okafor 1 (direct);
    // one quote about something else that no facet may count.
    private async Task StoreDockQuotesAsync()
    {
        await Store.UpsertAsync([
            SomeQuotes.Quote("The dock opens", speaker: "Mara Ellison", outlet: "Elling Gazette") with { Venue = new Venue("a press conference", VenueType.PressConference) },
            SomeQuotes.Quote("The dock is safe", speaker: "Mara Ellison", outlet: "Elling Gazette"),
            SomeQuotes.Quote("The dock was late", speaker: "Mara Ellison", kind: QuoteKind.Indirect),
            SomeQuotes.Quote("The dock costs too much", speaker: "Tomas Varga") with { Venue = new Venue("an interview", VenueType.Interview) },
            SomeQuotes.Quote("The dock is a folly", speaker: "Tomas Varga", kind: QuoteKind.Partial),
            SomeQuotes.Quote("The dock will do", speaker: "Ines Okafor"),
            SomeQuotes.Quote("The ferry is fine", speaker: "Ines Okafor"),
        ], Ct);
    }

    private static IReadOnlyList<(string Value, long Count)> Counts(QuoteSearchResult result, string facet) =>
        [.. result.Facets.Single(f => f.Name == facet).Values.Select(v => (v.Value, v.Count))];

    [ConformanceFact]
    public async Task SearchAsync_Facets_CountTheMatchesPerValueMostFrequentFirst()
    {
        await StoreDockQuotesAsync();

        var result = await Store.SearchAsync(new QuoteQuery { Text = "dock", FacetSize = 10 }, Ct);

        Assert.Equal(FacetNames.All, result.Facets.Select(f => f.Name));
        Assert.Equal([(Ellison, 3), (Varga, 2), (Speaker.KeyFor("Ines Okafor"), 1)], Counts(result, FacetNames.Speaker));
        Assert.Equal([(SomeQuotes.Outlet, 4), ("Elling Gazette", 2)], Counts(result, FacetNames.Outlet));
        Assert.Equal([("direct", 4), ("indirect", 1), ("partial", 1)], Counts(result, FacetNames.Kind));
        Assert.Equal([("interview", 1), ("pressconference", 1)], Counts(result, FacetNames.VenueType));
    }

    [ConformanceFact]
    public async Task SearchAsync_SpeakerFacet_LabelsEachKeyWithTheSpeakersName()
    {
        await StoreDockQuotesAsync();

        var result = await Store.SearchAsync(new QuoteQuery { Text = "dock", FacetSize = 10 }, Ct);

        var speakers = result.Facets.Single(f => f.Name == FacetNames.Speaker).Values;
        Assert.Equal(["Mara Ellison", "Tomas Varga", "Ines Okafor"], speakers.Select(v => v.Label));
    }

    [ConformanceFact]
    public async Task SearchAsync_FacetSize_KeepsOnlyTheMostFrequentValues()
    {
        await StoreDockQuotesAsync();

        var result = await Store.SearchAsync(new QuoteQuery { Text = "dock", FacetSize = 1 }, Ct);

        Assert.Equal([(Ellison, 3)], Counts(result, FacetNames.Speaker));
        Assert.Equal([("direct", 4)], Counts(result, FacetNames.Kind));
    }

    [ConformanceFact]
    public async Task SearchAsync_FacetSizeZero_CountsNoFacets()
    {
        await StoreDockQuotesAsync();

        var result = await Store.SearchAsync(new QuoteQuery { Text = "dock" }, Ct);

        Assert.Empty(result.Facets);
    }

    [ConformanceFact]
    public async Task SearchAsync_FacetsWithTheirOwnFilters_IgnoreOnlyThatFilter()
    {
        await StoreDockQuotesAsync();

        var result = await Store.SearchAsync(new QuoteQuery
        {
            Text = "dock",
            FacetSize = 10,
            Filter = new QuoteFilter { SpeakerKeys = [Ellison], Kinds = [QuoteKind.Direct] },
        }, Ct);

        // The hits meet both filters.
        Assert.Equal(2, result.Total);
        // Speakers among the direct quotes, as if no speaker were chosen; kinds among Ellison's, as if no kind were.
        Assert.Equal([(Ellison, 2), (Speaker.KeyFor("Ines Okafor"), 1), (Varga, 1)], Counts(result, FacetNames.Speaker));
        Assert.Equal([("direct", 2), ("indirect", 1)], Counts(result, FacetNames.Kind));
        // A facet without a filter of its own counts the hits.
        Assert.Equal([("Elling Gazette", 2)], Counts(result, FacetNames.Outlet));
    }

    [ConformanceFact]
    public async Task SearchAsync_Histogram_FillsTheEmptyMonthsBetweenTheFirstAndLast()
    {
        await Store.UpsertAsync([
            SomeQuotes.Quote("The dock opens", published: new DateTimeOffset(2024, 1, 5, 9, 0, 0, TimeSpan.Zero)),
            SomeQuotes.Quote("The dock shuts", published: new DateTimeOffset(2024, 1, 30, 9, 0, 0, TimeSpan.Zero)),
            SomeQuotes.Quote("The dock reopens", published: new DateTimeOffset(2024, 4, 2, 9, 0, 0, TimeSpan.Zero)),
            SomeQuotes.Quote("The ferry sails", published: new DateTimeOffset(2024, 7, 2, 9, 0, 0, TimeSpan.Zero)),
        ], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "dock", Histogram = HistogramInterval.Month }, Ct);

        Assert.NotNull(result.Histogram);
        Assert.Equal(
            [(new DateOnly(2024, 1, 1), 2L), (new DateOnly(2024, 2, 1), 0L), (new DateOnly(2024, 3, 1), 0L), (new DateOnly(2024, 4, 1), 1L)],
            result.Histogram.Buckets.Select(b => (b.Start, b.Count)));
    }

    // Dates centuries apart do not fit the compact per-document columns (1500) nor one array of days (1200).
    [ConformanceTheory]
    [InlineData(1500)]
    [InlineData(1200)]
    public async Task SearchAsync_DatesCenturiesApart_StillCountFacetsAndYears(int firstYear)
    {
        await Store.UpsertAsync([
            SomeQuotes.Quote("The dock opens", speaker: "Mara Ellison", published: new DateTimeOffset(firstYear, 6, 1, 9, 0, 0, TimeSpan.Zero)),
            SomeQuotes.Quote("The dock shuts", speaker: "Mara Ellison", published: new DateTimeOffset(2024, 1, 30, 9, 0, 0, TimeSpan.Zero)),
            SomeQuotes.Quote("The dock reopens", speaker: "Tomas Varga", published: new DateTimeOffset(2024, 4, 2, 9, 0, 0, TimeSpan.Zero)),
            SomeQuotes.Quote("The ferry sails", speaker: "Tomas Varga", published: new DateTimeOffset(2025, 7, 2, 9, 0, 0, TimeSpan.Zero)),
        ], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "dock", FacetSize = 10, Histogram = HistogramInterval.Year }, Ct);

        Assert.Equal([(Ellison, 2), (Varga, 1)], Counts(result, FacetNames.Speaker));
        var buckets = result.Histogram!.Buckets;
        Assert.Equal(2024 - firstYear + 1, buckets.Count);
        Assert.Equal((new DateOnly(firstYear, 1, 1), 1L), (buckets[0].Start, buckets[0].Count));
        Assert.Equal((new DateOnly(2024, 1, 1), 2L), (buckets[^1].Start, buckets[^1].Count));
        Assert.Equal(3, buckets.Sum(b => b.Count));
    }

    [ConformanceFact]
    public async Task SearchAsync_HistogramWithADateFilter_SpansTheWholeFilterRange()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The dock opens", published: new DateTimeOffset(2024, 3, 5, 9, 0, 0, TimeSpan.Zero))], Ct);

        var result = await Store.SearchAsync(new QuoteQuery
        {
            Histogram = HistogramInterval.Month,
            Filter = new QuoteFilter { PublishedDates = new DateRange(new DateOnly(2024, 1, 15), new DateOnly(2024, 5, 2)) },
        }, Ct);

        Assert.Equal([0L, 0L, 1L, 0L, 0L], result.Histogram!.Buckets.Select(b => b.Count));
        Assert.Equal(new DateOnly(2024, 1, 1), result.Histogram.Buckets[0].Start);
    }

    [ConformanceFact]
    public async Task SearchAsync_WeeklyStatementDateHistogram_StartsWeeksOnMondayAndSkipsUndatedQuotes()
    {
        static Quote On(string text, DateOnly? day) =>
            SomeQuotes.Quote(text) with { Date = day is { } d ? new StatementDate(d, DateSource.Stated, "on that day") : null };
        await Store.UpsertAsync([
            On("The dock opens", new DateOnly(2024, 5, 1)), // a Wednesday
            On("The dock shuts", new DateOnly(2024, 5, 5)), // the Sunday of the same week
            On("The dock reopens", new DateOnly(2024, 5, 14)),
            On("The dock is fine", null),
        ], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = "dock", Histogram = HistogramInterval.Week, DateField = QuoteDateField.Statement }, Ct);

        Assert.Equal(4, result.Total);
        Assert.Equal(
            [(new DateOnly(2024, 4, 29), 2L), (new DateOnly(2024, 5, 6), 0L), (new DateOnly(2024, 5, 13), 1L)],
            result.Histogram!.Buckets.Select(b => (b.Start, b.Count)));
    }

    [ConformanceFact]
    public async Task SearchAsync_ManyAtOnce_AllGetTheSameFacetsAndHits()
    {
        // Several writes, so that a segmented index has several segments to read at once.
        for (var batch = 0; batch < 4; batch++)
        {
            await Store.UpsertAsync([.. Enumerable.Range(0, 30).Select(i => SomeQuotes.Quote(
                $"The dock opens {batch} {i}", speaker: $"Speaker Number{i % 7}", outlet: $"Outlet {i % 5}"))], Ct);
        }

        var query = new QuoteQuery { Text = "dock", FacetSize = 5, Histogram = HistogramInterval.Day, Highlight = true, Limit = 7 };
        var expected = await Store.SearchAsync(query, Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            var all = new List<QuoteSearchResult>();
            for (var i = 0; i < 20; i++)
                all.Add(await Store.SearchAsync(query, Ct));
            return all;
        })));

        Assert.All(results.SelectMany(r => r), result =>
        {
            Assert.Equal(expected.Hits.Select(h => h.Quote.Id), result.Hits.Select(h => h.Quote.Id));
            Assert.Equal(
                expected.Facets.SelectMany(f => f.Values.Select(v => (f.Name, v.Value, v.Count, v.Label))),
                result.Facets.SelectMany(f => f.Values.Select(v => (f.Name, v.Value, v.Count, v.Label))));
        });
    }
}
