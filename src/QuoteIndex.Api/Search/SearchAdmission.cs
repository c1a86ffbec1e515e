using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace QuoteIndex.Api.Search;

/// <summary>
/// How many searches run at once. A search is CPU work from start to end, so more of them at once than there are
/// cores only share the cores out: each takes longer, and the broadest ones (many times the median) take longest. The
/// rest wait in arrival order, and past the queue's length a search is turned away with a 503 rather than piling up.
/// </summary>
public static class SearchAdmission
{
    public const string Policy = "searches";

    /// <summary>Searches run at once (default: one per core; 0: no limit).</summary>
    public const string ConcurrencySetting = "Api:SearchConcurrency";

    /// <summary>Searches waiting for a turn before further ones are turned away (default 1,000).</summary>
    public const string QueueSetting = "Api:SearchQueue";

    public const string RetryAfterSeconds = "1";

    public static IServiceCollection AddSearchAdmission(this IServiceCollection services, IConfiguration configuration)
    {
        var concurrency = configuration.GetValue(ConcurrencySetting, Environment.ProcessorCount);
        var queue = configuration.GetValue(QueueSetting, 1_000);
        if (concurrency < 0 || queue < 0)
            throw new InvalidOperationException($"{ConcurrencySetting} and {QueueSetting} must be 0 or more (are {concurrency} and {queue}).");
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.OnRejected = RejectAsync;
            o.AddPolicy(Policy, _ => concurrency == 0
                ? RateLimitPartition.GetNoLimiter(Policy)
                : RateLimitPartition.GetConcurrencyLimiter(Policy, _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = concurrency,
                    QueueLimit = queue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Too many searches at once.",
                Detail = $"Every search slot is busy and the queue is full; try again in {RetryAfterSeconds} second.",
            },
        });
    }
}
