using Microsoft.Extensions.Diagnostics.HealthChecks;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Health;

/// <summary>Ready means the configured store answers: counting its quotes succeeds (Lucene: the index opens; Elasticsearch: the cluster replies).</summary>
public sealed partial class StoreHealthCheck(IQuoteStore store, ILogger<StoreHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await store.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy("The store answers.", new Dictionary<string, object> { ["quotes"] = count });
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The reason goes to the log only: a probe's answer carries the status, never internals.
            LogStoreUnavailable(logger, e);
            return HealthCheckResult.Unhealthy("The store does not answer.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness: the quote store did not answer")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}
