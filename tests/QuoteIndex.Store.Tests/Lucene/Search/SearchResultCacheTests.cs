using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Lucene.Search;

namespace QuoteIndex.Store.Tests.Lucene.Search;

/// <summary>Two searches share a cached result only when everything that shapes the result is the same.</summary>
public sealed class SearchResultCacheTests
{
    private static readonly QuoteQuery Harbour = new() { Text = "harbour", FacetSize = 10, Histogram = HistogramInterval.Month, Highlight = true };

    public static TheoryData<string, QuoteQuery> Variations => new()
    {
        { "text", Harbour with { Text = "ferry" } },
        { "sort", Harbour with { Sort = QuoteSort.Newest } },
        { "date field", Harbour with { DateField = QuoteDateField.Statement } },
        { "cursor", Harbour with { After = new SearchCursor(1.5, 0, "q-1") } },
        { "cursor id", Harbour with { After = new SearchCursor(1.5, 0, "q-2") } },
        { "offset", Harbour with { Offset = 20 } },
        { "page size", Harbour with { Limit = 21 } },
        { "facet size", Harbour with { FacetSize = 5 } },
        { "interval", Harbour with { Histogram = HistogramInterval.Year } },
        { "no histogram", Harbour with { Histogram = null } },
        { "highlight", Harbour with { Highlight = false } },
        { "collapse", Harbour with { CollapseClusters = true } },
        { "speaker", Harbour with { Filter = new QuoteFilter { SpeakerKeys = ["mara-ellison"] } } },
        { "two speakers", Harbour with { Filter = new QuoteFilter { SpeakerKeys = ["mara", "ellison"] } } },
        { "outlet", Harbour with { Filter = new QuoteFilter { Outlets = ["The Harbour Ledger"] } } },
        { "venue type", Harbour with { Filter = new QuoteFilter { VenueTypes = [VenueType.Hearing] } } },
        { "kind", Harbour with { Filter = new QuoteFilter { Kinds = [QuoteKind.Indirect] } } },
        { "language", Harbour with { Filter = new QuoteFilter { Languages = ["de"] } } },
        { "statement dates", Harbour with { Filter = new QuoteFilter { StatementDates = new DateRange(new DateOnly(2024, 3, 1), null) } } },
        { "published dates", Harbour with { Filter = new QuoteFilter { PublishedDates = new DateRange(null, new DateOnly(2024, 3, 1)) } } },
        { "confidence", Harbour with { Filter = new QuoteFilter { MinConfidence = 0.5 } } },
    };

    [Theory]
    [MemberData(nameof(Variations))]
    public void Key_QueriesThatDifferInOnePart_DoNotShareAResult(string part, QuoteQuery other)
    {
        Assert.False(string.Equals(SearchResultCache.Key(Harbour), SearchResultCache.Key(other), StringComparison.Ordinal), part);
    }

    [Fact]
    public void Key_EqualQueriesMadeApart_ShareAResult()
    {
        var again = new QuoteQuery { Text = "harbour", FacetSize = 10, Histogram = HistogramInterval.Month, Highlight = true };

        Assert.Equal(SearchResultCache.Key(Harbour), SearchResultCache.Key(again));
    }

    [Fact]
    public void Key_TwoSpeakersOrOneWithTheirNamesJoined_DoNotShareAResult()
    {
        var two = Harbour with { Filter = new QuoteFilter { SpeakerKeys = ["mara", "ellison"] } };
        var one = Harbour with { Filter = new QuoteFilter { SpeakerKeys = ["maraellison"] } };

        Assert.NotEqual(SearchResultCache.Key(two), SearchResultCache.Key(one));
    }
}
