using System.Globalization;
using Elastic.Transport;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// The Polly pipeline every Elasticsearch call runs in: a circuit breaker around an overall timeout, both outside the
/// transport's own retries (which are the only retries of a whole request; nothing here retries). A failing cluster
/// therefore costs each caller at most one timeout before the breaker opens and refuses calls at once, with a
/// message that names the cluster.
/// </summary>
public sealed class ElasticsearchResilience
{
    /// <summary>The name the pipeline is registered under.</summary>
    public const string PipelineName = "elasticsearch";

    private static readonly ResiliencePropertyKey<TimeSpan> TimeoutKey = new("quoteindex.elasticsearch.timeout");

    private readonly ResiliencePipeline _pipeline;
    private readonly ElasticsearchOptions _options;

    public ElasticsearchResilience(ResiliencePipeline pipeline, ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        _pipeline = pipeline;
        _options = options;
    }

    /// <summary>The cluster's address, as the error messages name it.</summary>
    public string ClusterUrl => _options.Url ?? "(no Store:Elasticsearch:Url)";

    /// <summary>A pipeline built from <paramref name="options"/>, for use outside dependency injection (tests, the CLI).</summary>
    public static ElasticsearchResilience Create(ElasticsearchOptions options, TimeProvider? timeProvider = null)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider ?? TimeProvider.System };
        Configure(builder, options);
        return new ElasticsearchResilience(builder.Build(), options);
    }

    /// <summary>Adds the breaker, then the timeout inside it (so timeouts count as failures).</summary>
    public static void Configure(ResiliencePipelineBuilder builder, ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = new PredicateBuilder()
                    .Handle<TimeoutRejectedException>()
                    .Handle<TransportException>()
                    .Handle<HttpRequestException>()
                    .HandleResult(result => result is TransportResponse response && IsClusterFailure(response)),
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(
                    args.Context.Properties.TryGetValue(TimeoutKey, out var timeout) ? timeout : options.OperationTimeout),
            });
    }

    /// <summary>
    /// Whether the cluster failed the request as a whole: no answer at all, or a 5xx. Such a response counts against
    /// the circuit; a 4xx is the request's own fault, and a 429 (too busy) is answered by backing off, so neither does.
    /// </summary>
    public static bool IsClusterFailure(TransportResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.ApiCallDetails.HttpStatusCode is null or >= 500;
    }

    /// <summary>
    /// Runs one call to the cluster. Returns its response, whatever its status, for the caller to read; throws
    /// <see cref="ElasticsearchStoreException"/> naming the cluster when the circuit is open or the call timed out.
    /// </summary>
    /// <param name="operation">What the call does, for messages ("bulk write to quotes").</param>
    /// <param name="call">The request, given the token that the timeout cancels.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <param name="timeout">This call's overall timeout when it is not <see cref="ElasticsearchOptions.OperationTimeout"/>.</param>
    public async Task<TResponse> ExecuteAsync<TResponse>(
        string operation, Func<CancellationToken, Task<TResponse>> call, CancellationToken cancellationToken, TimeSpan? timeout = null)
        where TResponse : TransportResponse
    {
        ArgumentNullException.ThrowIfNull(call);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        if (timeout is { } custom)
            context.Properties.Set(TimeoutKey, custom);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    try
                    {
                        return await state(ctx.CancellationToken).ConfigureAwait(false);
                    }
                    catch (TransportException e) when (e.InnerException is OperationCanceledException && ctx.CancellationToken.IsCancellationRequested)
                    {
                        // The transport wraps a cancelled request; unwrapped, Polly tells its own timeout from the caller's cancellation.
                        throw new OperationCanceledException(e.Message, e, ctx.CancellationToken);
                    }
                },
                context,
                call).ConfigureAwait(false);
        }
        catch (BrokenCircuitException e)
        {
            throw new ElasticsearchStoreException(string.Create(CultureInfo.InvariantCulture,
                $"Elasticsearch at {ClusterUrl} is refusing calls after repeated failures (circuit open for {_options.BreakDuration}); {operation} was not sent."), e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new ElasticsearchStoreException(string.Create(CultureInfo.InvariantCulture,
                $"Elasticsearch at {ClusterUrl} did not answer {operation} within {timeout ?? _options.OperationTimeout}."), e);
        }
        catch (TransportException e)
        {
            throw new ElasticsearchStoreException($"Elasticsearch at {ClusterUrl} failed {operation}: {e.Message}", e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>An exception naming the cluster, the operation and what the response said, for a response that failed as a whole.</summary>
    public ElasticsearchStoreException Failure(string operation, TransportResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new ElasticsearchStoreException(
            $"Elasticsearch at {ClusterUrl} failed {operation}: {Describe(response)}.", response.ApiCallDetails.OriginalException);
    }

    /// <summary>"status 503: reason" or "no answer: the connection error", for messages.</summary>
    public static string Describe(TransportResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var details = response.ApiCallDetails;
        var reason = (details.ProductError as Elastic.Transport.Products.Elasticsearch.ElasticsearchServerError)?.Error?.Reason
            ?? details.OriginalException?.Message
            ?? "no reason given";
        return details.HttpStatusCode is { } status
            ? string.Create(CultureInfo.InvariantCulture, $"status {status}: {reason}")
            : $"no answer: {reason}";
    }
}
