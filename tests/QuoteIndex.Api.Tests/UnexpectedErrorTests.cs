using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Tests;

public sealed class UnexpectedErrorTests
{
    [Fact]
    public async Task StoreFailure_IsAnOpaque500Problem()
    {
        await using var api = new QuoteIndexApiFactory();
        using var client = api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IQuoteStore, BrokenStore>())).CreateClient();

        var response = await client.GetAsync("/api/v1/quotes?q=anything");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("disk on fire", body, StringComparison.Ordinal);
        Assert.DoesNotContain("BrokenStore", body, StringComparison.Ordinal);
    }

    /// <summary>A store whose every call fails the way a broken disk would.</summary>
    private sealed class BrokenStore : IQuoteStore
    {
        public Task UpsertAsync(IReadOnlyCollection<Quote> quotes, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task ReplaceArticleAsync(string articleId, IReadOnlyCollection<Quote> quotes, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task ReplaceArticlesAsync(IReadOnlyList<ArticleQuotes> articles, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task<Quote?> GetAsync(string id, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task<QuoteSearchResult> SearchAsync(QuoteQuery query, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task<long> CountAsync(CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task<IReadOnlyList<ClusterCandidate>> FindClusterCandidatesAsync(IReadOnlyCollection<string> clusterKeys, int limit, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task<QuoteCluster?> GetClusterAsync(string clusterId, int limit, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task<IReadOnlyDictionary<string, long>> GetClusterSizesAsync(IReadOnlyCollection<string> clusterIds, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task<IReadOnlyList<SpeakerSuggestion>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task<SpeakerStatistics?> GetSpeakerStatisticsAsync(string speakerKey, QuoteFilter filter, int recent, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task<IReadOnlyList<Quote>> FindSimilarAsync(string statement, int limit, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public IAsyncEnumerable<Quote> ExportAsync(QuoteQuery query, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task AddReviewAsync(QuoteReview review, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public Task<IReadOnlyList<QuoteReview>> GetReviewsAsync(string quoteId, CancellationToken cancellationToken) => throw new IOException("disk on fire");
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
