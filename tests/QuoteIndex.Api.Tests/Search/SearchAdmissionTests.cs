using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using QuoteIndex.Api.Search;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Tests.Search;

/// <summary>
/// Searches beyond <see cref="SearchAdmission.ConcurrencySetting"/> wait their turn, and beyond the queue are turned
/// away with a 503 problem; a store that holds its first search shows both.
/// </summary>
public sealed class SearchAdmissionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Search_WhenEverySlotIsBusyAndTheQueueFull_Is503ProblemWithRetryAfter()
    {
        var store = new HeldStore();
        await using var api = new QuoteIndexApiFactory();
        using var client = Client(api, store, concurrency: 1, queue: 0);

        var first = client.GetAsync("/api/v1/quotes/search?q=harbour");
        await store.Entered.Task.WaitAsync(Patience);
        using var second = await client.GetAsync("/api/v1/quotes/search?q=harbour").WaitAsync(Patience);
        store.Release.SetResult();
        using var firstResponse = await first.WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(1), second.Headers.RetryAfter?.Delta);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("queue is full", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, store.Searches);
    }

    [Fact]
    public async Task Search_WhenEverySlotIsBusy_WaitsItsTurnAndIsAnswered()
    {
        var store = new HeldStore();
        await using var api = new QuoteIndexApiFactory();
        using var client = Client(api, store, concurrency: 1, queue: 1);

        var first = client.GetAsync("/api/v1/quotes/search?q=harbour");
        await store.Entered.Task.WaitAsync(Patience);
        var second = client.GetAsync("/api/v1/quotes/search?q=ferry");
        // The second is queued, not running: the store sees one search until the first is let go.
        await Task.Delay(200);
        Assert.Equal(1, store.Searches);
        store.Release.SetResult();
        using var firstResponse = await first.WaitAsync(Patience);
        using var secondResponse = await second.WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.Equal(2, store.Searches);
    }

    [Fact]
    public async Task Search_ConcurrencyZero_LetsEverySearchRunAtOnce()
    {
        var store = new HeldStore { ExpectedAtOnce = 3 };
        await using var api = new QuoteIndexApiFactory();
        using var client = Client(api, store, concurrency: 0, queue: 0);

        var searches = Enumerable.Range(0, 3).Select(_ => client.GetAsync("/api/v1/quotes/search?q=harbour")).ToList();
        await store.Entered.Task.WaitAsync(Patience);
        store.Release.SetResult();
        var responses = await Task.WhenAll(searches).WaitAsync(Patience);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(3, store.Searches);
    }

    private static HttpClient Client(QuoteIndexApiFactory api, IQuoteStore store, int concurrency, int queue) =>
        api.WithWebHostBuilder(b =>
        {
            b.UseSetting(SearchAdmission.ConcurrencySetting, concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting(SearchAdmission.QueueSetting, queue.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.ConfigureTestServices(s => s.AddSingleton(store));
        }).CreateClient();

    /// <summary>A store whose searches wait for <see cref="Release"/>; <see cref="Entered"/> once <see cref="ExpectedAtOnce"/> are waiting.</summary>
    private sealed class HeldStore : IQuoteStore
    {
        private int _searches;

        public int ExpectedAtOnce { get; init; } = 1;
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Searches => Volatile.Read(ref _searches);

        public async Task<QuoteSearchResult> SearchAsync(QuoteQuery query, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _searches) == ExpectedAtOnce)
                Entered.SetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return new QuoteSearchResult(0, []);
        }

        public Task<IReadOnlyDictionary<string, long>> GetClusterSizesAsync(IReadOnlyCollection<string> clusterIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, long>>(new Dictionary<string, long>());

        public Task UpsertAsync(IReadOnlyCollection<Quote> quotes, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task ReplaceArticleAsync(string articleId, IReadOnlyCollection<Quote> quotes, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task ReplaceArticlesAsync(IReadOnlyList<ArticleQuotes> articles, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<Quote?> GetAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<long> CountAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<ClusterCandidate>> FindClusterCandidatesAsync(IReadOnlyCollection<string> clusterKeys, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<QuoteCluster?> GetClusterAsync(string clusterId, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<SpeakerSuggestion>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<SpeakerStatistics?> GetSpeakerStatisticsAsync(string speakerKey, QuoteFilter filter, int recent, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<Quote>> FindSimilarAsync(string statement, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
        public IAsyncEnumerable<Quote> ExportAsync(QuoteQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task AddReviewAsync(QuoteReview review, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<QuoteReview>> GetReviewsAsync(string quoteId, CancellationToken cancellationToken) => throw new NotSupportedException();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
