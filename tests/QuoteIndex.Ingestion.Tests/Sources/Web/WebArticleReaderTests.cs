using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Ingestion.Sources;
using QuoteIndex.Ingestion.Sources.Web;

namespace QuoteIndex.Ingestion.Tests.Sources.Web;

/// <summary>Fetching through the real "articles" client and its resilience pipeline, against <see cref="LoopbackServer"/>.</summary>
public sealed class WebArticleReaderTests(LoopbackServer server) : IClassFixture<LoopbackServer>
{
    // Short limits so that every fault resolves in about a second at most; the attempt timeout stays loose enough for a
    // loaded machine, and the tests about timeouts shorten it themselves.
    private static readonly Dictionary<string, string?> FastSettings = new()
    {
        ["Ingestion:Sources:TotalTimeout"] = "00:00:05",
        ["Ingestion:Sources:AttemptTimeout"] = "00:00:02",
        ["Ingestion:Sources:MaxRetries"] = "2",
        ["Ingestion:Sources:RetryBaseDelay"] = "00:00:00.010",
        ["Ingestion:Sources:MaxRetryAfter"] = "00:00:02",
        ["Ingestion:Sources:MaxBytes"] = "1048576",
    };

    [Fact]
    public async Task ReadAsync_Page_IsReadWithTheFetchUrlAsIdAndAQuoteIndexUserAgent()
    {
        var url = server.Url("/page/plain");

        var input = Assert.Single(await ReadAsync(url));

        Assert.Equal(url.AbsoluteUri, input.Source);
        Assert.Equal(url.AbsoluteUri, input.Article!.Id);
        Assert.Contains("Port Vellan plain", input.Article.Text, StringComparison.Ordinal);
        Assert.Contains(server.UserAgents, agent => agent.StartsWith("QuoteIndex/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_PlainText_IsReadByCoreAndKnownByItsUrl()
    {
        var url = server.Url("/text/one");

        var article = Assert.Single(await ReadAsync(url)).Article!;

        Assert.Equal(("Plain one", url.AbsoluteUri), (article.Title, article.Id));
    }

    [Fact]
    public async Task ReadAsync_JsonRecord_KeepsItsOwnId()
    {
        var article = Assert.Single(await ReadAsync(server.Url("/record"))).Article!;

        Assert.Equal(("vellan-record-1", "Pier record", TestPages.Quote), (article.Id, article.Title, article.Text));
    }

    [Fact]
    public async Task ReadAsync_SlowAnswer_TimesOutPerAttemptAndNamesTheTimeout()
    {
        var input = Assert.Single(await ReadAsync(server.Url("/slow/once"), maxRetries: 0, tweak: ShortAttempts));

        Assert.Equal(server.Url("/slow/once").AbsoluteUri, input.Source);
        Assert.Equal("timed out after 0.3 s", input.Problem);
    }

    [Fact]
    public async Task ReadAsync_SlowAnswer_IsRetriedAfterAnAttemptTimeout()
    {
        var input = Assert.Single(await ReadAsync(server.Url("/slow/retried"), maxRetries: 1, tweak: ShortAttempts));

        Assert.Equal("timed out after 0.3 s", input.Problem);
        Assert.Equal(2, server.Hits("retried"));
    }

    [Fact]
    public async Task ReadAsync_BodyTricklingPastTheTotalTimeout_TimesOut()
    {
        var input = Assert.Single(await ReadAsync(server.Url("/trickle"), tweak: o => (o.TotalTimeout, o.AttemptTimeout) = (TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500))));

        Assert.Equal("timed out after 0.5 s", input.Problem);
    }

    [Fact]
    public async Task ReadAsync_HostFailingAgain_OpensTheCircuitAndStopsCallingIt()
    {
        await using var provider = Services(o => (o.MaxRetries, o.BreakerMinimumThroughput) = (0, 2));
        var reader = provider.GetRequiredService<WebArticleReader>();

        var problems = new List<string?>();
        for (var i = 0; i < 3; i++)
            problems.Add(Assert.Single(await ReadAsync(reader, server.Url("/failing/breaker"))).Problem);

        Assert.Equal(["HTTP 503 Service Unavailable", "HTTP 503 Service Unavailable"], problems.Take(2));
        Assert.Equal($"not tried: too many recent failures at {server.BaseAddress.Authority} (circuit open)", problems[2]);
        Assert.Equal(2, server.Hits("breaker"));
    }

    [Fact]
    public async Task ReadAsync_ServerErrorThenSuccess_IsRetried()
    {
        var input = Assert.Single(await ReadAsync(server.Url("/flaky/500")));

        Assert.NotNull(input.Article);
        Assert.Equal(2, server.Hits("500"));
    }

    [Fact]
    public async Task ReadAsync_TooManyRequests_WaitsForRetryAfter()
    {
        var input = Assert.Single(await ReadAsync(server.Url("/busy/429/1")));

        Assert.NotNull(input.Article);
        Assert.InRange(server.GapBetweenFirstTwoHits("429"), TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ReadAsync_LongRetryAfter_IsCappedByMaxRetryAfter()
    {
        var stopwatch = Stopwatch.StartNew();

        var input = Assert.Single(await ReadAsync(server.Url("/busy/capped/120"), tweak: o => o.MaxRetryAfter = TimeSpan.FromMilliseconds(200)));

        Assert.NotNull(input.Article);
        Assert.InRange(server.GapBetweenFirstTwoHits("capped"), TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(100), "a 120 s Retry-After must not be waited out");
    }

    [Theory]
    [InlineData("/gone/page", "HTTP 404 Not Found")]
    [InlineData("/image", "unsupported content type image/png")]
    [InlineData("/sitemap", "XML that is not an RSS or Atom feed")]
    [InlineData("/huge", "larger than 1 MB")]
    [InlineData("/huge-streamed", "larger than 1 MB")]
    public async Task ReadAsync_Fault_IsRejectedNamingTheUrlAndReason(string path, string problem)
    {
        var input = Assert.Single(await ReadAsync(server.Url(path)));

        Assert.Null(input.Article);
        Assert.Equal((server.Url(path).AbsoluteUri, problem), (input.Source, input.Problem));
    }

    [Fact]
    public async Task ReadAsync_TruncatedBody_IsRejectedAndNotRetried()
    {
        var input = Assert.Single(await ReadAsync(server.TruncatedUrl));

        Assert.Equal((server.TruncatedUrl.AbsoluteUri, "connection closed before the body ended"), (input.Source, input.Problem));
    }

    [Fact]
    public async Task ReadAsync_RssFeed_ReadsEachItemPageAndRejectsTheMissingOne()
    {
        var inputs = await ReadAsync(server.Url("/feeds/rss"));

        Assert.Equal([server.Url("/page/rss-one").AbsoluteUri, server.Url("/gone/rss-two").AbsoluteUri, server.Url("/page/rss-three").AbsoluteUri],
            inputs.Select(i => i.Source));
        Assert.Equal("HTTP 404 Not Found", inputs[1].Problem);
        Assert.Equal(new DateTimeOffset(2031, 4, 8, 9, 0, 0, TimeSpan.Zero), inputs[0].Article!.Published);
        Assert.Equal(new DateTimeOffset(2031, 4, 10, 9, 0, 0, TimeSpan.Zero), inputs[2].Article!.Published);
        Assert.Contains("Port Vellan rss-three", inputs[2].Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FeedItems_AreFetchedAFewAtATimeAndGivenInFeedOrder()
    {
        var inputs = await ReadAsync(server.Url("/feeds/held/parallel/7"), tweak: o => o.ParallelFetches = 3);

        Assert.Equal(Enumerable.Range(1, 7).Select(i => server.Url($"/held/parallel/item-{i}").AbsoluteUri), inputs.Select(i => i.Source));
        Assert.All(inputs, input => Assert.NotNull(input.Article));
        Assert.InRange(server.MaxInFlight("parallel"), 2, 3);
    }

    [Fact]
    public async Task ReadAsync_AtomFeedServedAsXml_IsToldByItsRootElement()
    {
        var inputs = await ReadAsync(server.Url("/feeds/atom"));

        Assert.Equal(3, inputs.Count);
        Assert.Equal(new DateTimeOffset(2031, 4, 11, 10, 0, 0, TimeSpan.Zero), inputs[0].Article!.Published);
        Assert.Equal(("Plain atom-two", new DateTimeOffset(2031, 4, 12, 10, 0, 0, TimeSpan.Zero)), (inputs[1].Article!.Title, inputs[1].Article!.Published));
        Assert.Equal((server.Url("/gone/atom-three").AbsoluteUri, "HTTP 404 Not Found"), (inputs[2].Source, inputs[2].Problem));
    }

    private static void ShortAttempts(ArticleSourceOptions options) => options.AttemptTimeout = TimeSpan.FromMilliseconds(300);

    private async Task<List<ArticleInput>> ReadAsync(Uri url, int? maxRetries = null, Action<ArticleSourceOptions>? tweak = null)
    {
        await using var provider = Services(options =>
        {
            options.MaxRetries = maxRetries ?? options.MaxRetries;
            tweak?.Invoke(options);
        });
        return await ReadAsync(provider.GetRequiredService<WebArticleReader>(), url);
    }

    private static async Task<List<ArticleInput>> ReadAsync(WebArticleReader reader, Uri url)
    {
        var inputs = new List<ArticleInput>();
        await foreach (var input in reader.ReadAsync(url))
            inputs.Add(input);
        return inputs;
    }

    /// <summary>A fresh container each time: its own resilience pipelines, so no breaker state leaks between tests.</summary>
    private static ServiceProvider Services(Action<ArticleSourceOptions> tweak)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(FastSettings).Build();
        return new ServiceCollection().AddArticleSources(configuration).Configure(tweak).BuildServiceProvider();
    }
}
