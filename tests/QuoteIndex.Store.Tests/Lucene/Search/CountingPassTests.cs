using System.Globalization;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Lucene;
using QuoteIndex.Store.Lucene.Search;
using QuoteIndex.Store.Tests.Conformance;

namespace QuoteIndex.Store.Tests.Lucene.Search;

/// <summary>Counting segments in parallel gives what counting them one by one gives.</summary>
[Collection(CountingPassCollection.Name)]
public sealed class CountingPassTests : IAsyncLifetime
{
    private static readonly string[] Speakers = ["Mara Ellison", "Tomas Varga", "Ines Okafor", "Ruth Adeyemi"];
    private static readonly string[] Outlets = ["The Harbour Ledger", "Port Elling Post", "Coastal Wire"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "quoteindex-tests", Guid.NewGuid().ToString("N"));
    private LuceneQuoteStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = LuceneQuoteStore.Open(_folder, searchCacheEntries: 0);
        // One segment with most of the quotes, three small.
        await _store.UpsertAsync(Quotes(0, 1_500), CancellationToken.None);
        for (var batch = 0; batch < 3; batch++)
            await _store.UpsertAsync(Quotes(1_500 + (batch * 100), 100), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string, QuoteQuery> Searches => new()
    {
        { "relevance", Query("harbour") },
        { "newest", Query("harbour") with { Sort = QuoteSort.Newest } },
        { "most of the index (counted from the complement when whole)", Query("ferry") },
        { "speaker filter (multi-select)", Query("ferry") with { Filter = new QuoteFilter { SpeakerKeys = [Speaker.KeyFor(Speakers[1])] } } },
        { "second page", Query("harbour") with { Offset = 20 } },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task SearchAsync_InParallel_GivesTheSameResultAsOneByOne(string name, QuoteQuery query)
    {
        var oneByOne = await SearchAsync(query, parallelFromMatches: long.MaxValue);
        var parallel = await SearchAsync(query, parallelFromMatches: 0);

        Assert.True(oneByOne.Total > 0, name);
        Assert.Equal(oneByOne.Total, parallel.Total);
        Assert.Equal(oneByOne.Hits.Select(h => (h.Quote.Id, h.Score)), parallel.Hits.Select(h => (h.Quote.Id, h.Score)));
        Assert.Equal(Describe(oneByOne.Facets), Describe(parallel.Facets));
        Assert.Equal(oneByOne.Histogram!.Buckets, parallel.Histogram!.Buckets);
        Assert.Equal(oneByOne.Next?.Id, parallel.Next?.Id);
    }

    private async Task<QuoteSearchResult> SearchAsync(QuoteQuery query, long parallelFromMatches)
    {
        var before = CountingPass.ParallelFromMatches;
        CountingPass.ParallelFromMatches = parallelFromMatches;
        try
        {
            return await _store.SearchAsync(query, CancellationToken.None);
        }
        finally
        {
            CountingPass.ParallelFromMatches = before;
        }
    }

    private static QuoteQuery Query(string text) =>
        new() { Text = text, FacetSize = 10, Histogram = HistogramInterval.Day, Limit = 20 };

    private static IEnumerable<string> Describe(IReadOnlyList<QuoteFacet> facets) =>
        facets.SelectMany(f => f.Values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{f.Name}:{v.Value}={v.Count}")));

    // Every quote mentions the ferry except one in nine; one in three the harbour. Words repeat (score ties), speakers,
    // outlets and days vary, so ties, facets and the histogram all span the segments.
    private static List<Quote> Quotes(int first, int count) => [.. Enumerable.Range(first, count).Select(i => SomeQuotes.Quote(
        text: (i % 9 == 0 ? "The pier" : "The ferry") + (i % 3 == 0 ? " and the harbour" : "") + " will reopen " + (i % 5 == 0 ? "soon, very soon" : "in spring"),
        speaker: Speakers[i % Speakers.Length],
        outlet: Outlets[i % Outlets.Length],
        published: new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero).AddDays(i % 40)))];
}

/// <summary>Run alone: the tests change when segments are counted in parallel, and the counting gate counts every store's searches.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CountingPassCollection
{
    public const string Name = "Counting pass, run alone";
}
