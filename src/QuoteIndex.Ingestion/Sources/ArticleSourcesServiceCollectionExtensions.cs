using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using QuoteIndex.Ingestion.Sources.Web;

namespace QuoteIndex.Ingestion.Sources;

public static class ArticleSourcesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ArticleSources"/>, its <see cref="ArticleSourceOptions"/> (bound from the section
    /// <c>Ingestion:Sources</c> of <paramref name="configuration"/> when given, and validated at start or first use) and the one
    /// named <see cref="HttpClient"/> "articles" behind a resilience pipeline, one per host: a total timeout, retries
    /// with exponential backoff and jitter (5xx, 408, 429, transport errors and attempt timeouts; Retry-After honoured
    /// up to <see cref="ArticleSourceOptions.MaxRetryAfter"/>), a circuit breaker, and a per-attempt timeout.
    /// </summary>
    public static IServiceCollection AddArticleSources(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<ArticleSourceOptions>();
        if (configuration is not null)
            options.Bind(configuration.GetSection(ArticleSourceOptions.SectionName));
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ArticleSourceOptions>, ArticleSourceOptionsValidator>());
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ArticleFetcher>();
        services.TryAddSingleton<WebArticleReader>();
        services.TryAddSingleton<ArticleSources>();

        services.AddHttpClient(ArticleSourceOptions.HttpClientName, (provider, client) =>
            {
                // The resilience pipeline and the fetcher own every time limit; HttpClient's 100 s default would cut across them.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(provider.GetRequiredService<IOptions<ArticleSourceOptions>>().Value.UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd(
                    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, application/json;q=0.8");
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                MaxAutomaticRedirections = 5,
                // Checked at connect time, on the address really dialled: redirects and DNS tricks cannot get round it.
                ConnectCallback = provider.GetRequiredService<IOptions<ArticleSourceOptions>>().Value.AllowPrivateAddresses
                    ? null
                    : PublicAddresses.ConnectAsync,
            })
            .AddResilienceHandler(ArticleSourceOptions.HttpClientName, (pipeline, context) =>
                AddStrategies(pipeline, context.GetOptions<ArticleSourceOptions>(), context.ServiceProvider.GetRequiredService<TimeProvider>()))
            .SelectPipelineByAuthority();
        return services;
    }

    private static void AddStrategies(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ArticleSourceOptions options, TimeProvider time)
    {
        pipeline.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                // A refused private address stays refused: asking again only makes the caller wait.
                ShouldHandle = args => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome)
                                                            && args.Outcome.Exception?.InnerException is not PrivateAddressException),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryAfter, time)),
            });
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerBreakDuration,
        });
        pipeline.AddTimeout(options.AttemptTimeout);
    }

    /// <summary>The wait a Retry-After header asks for, capped; null (exponential backoff) when there is none.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } w ? TimeSpan.FromTicks(Math.Clamp(w.Ticks, 0, cap.Ticks)) : null;
    }
}
