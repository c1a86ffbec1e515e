using Microsoft.Extensions.Options;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Ingestion.Sources;

/// <summary>
/// Limits for reading articles from files, standard input and the web, bound from the configuration section
/// <see cref="SectionName"/> so the API and the CLI share them. The defaults suit news sites; tests shorten the times.
/// </summary>
public sealed class ArticleSourceOptions
{
    public const string SectionName = "Ingestion:Sources";

    /// <summary>The name of the one <see cref="HttpClient"/> (and resilience pipeline) that fetches pages and feeds.</summary>
    public const string HttpClientName = "articles";

    /// <summary>Largest file, standard input or response body read, in bytes. Default 20 MB, as for files in Core.</summary>
    public long MaxBytes { get; set; } = ArticleFiles.DefaultMaxBytes;

    /// <summary>Longest a whole fetch may take, retries and body included. Default 60 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest one attempt may wait for the response headers before it is retried. Default 15 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries after a 5xx, 408, 429, a transport error or an attempt timeout. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First wait between attempts; it doubles each retry, with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait a server's Retry-After can ask for; a longer request waits this long. Default 30 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Share of failed attempts to one host, within <see cref="BreakerSamplingDuration"/>, that stops calls to it. Default 0.5.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts to one host within the sampling window before the breaker may open. Default 10.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>Window over which the failure ratio is measured. Default 60 s.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open breaker rejects calls to its host before trying one again. Default 30 s.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Feed items whose pages are fetched at the same time. Default 4: quick, and polite to one site.</summary>
    public int ParallelFetches { get; set; } = 4;

    /// <summary>Sent with every request, so site owners can tell who fetches their pages.</summary>
    public string UserAgent { get; set; } = "QuoteIndex/1.0 (news quote indexer)";

    /// <summary>
    /// Whether a URL may lead to a loopback, private or link-local address. True for the command line (an intranet
    /// feed is fine); the API turns it off so that a client cannot make the server fetch from its own network.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; } = true;

    /// <summary>Why these options cannot work, or null when they can.</summary>
    public string? Problem() => this switch
    {
        { MaxBytes: <= 0 } => "MaxBytes must be positive",
        _ when AttemptTimeout <= TimeSpan.Zero || TotalTimeout < AttemptTimeout => "AttemptTimeout must be positive and at most TotalTimeout",
        { MaxRetries: < 0 } => "MaxRetries must not be negative",
        { ParallelFetches: < 1 or > 64 } => "ParallelFetches must be from 1 to 64",
        _ when RetryBaseDelay < TimeSpan.Zero || MaxRetryAfter < TimeSpan.Zero => "RetryBaseDelay and MaxRetryAfter must not be negative",
        { BreakerFailureRatio: <= 0 or > 1 } => "BreakerFailureRatio must be above 0 and at most 1",
        { BreakerMinimumThroughput: < 2 } => "BreakerMinimumThroughput must be at least 2",
        _ when BreakerSamplingDuration < 2 * AttemptTimeout => "BreakerSamplingDuration must be at least twice AttemptTimeout",
        _ when BreakerBreakDuration < TimeSpan.FromMilliseconds(500) => "BreakerBreakDuration must be at least 0.5 s",
        _ when string.IsNullOrWhiteSpace(UserAgent) => "UserAgent must not be empty",
        _ => null,
    };
}

/// <summary>Fails the options with the first setting that cannot work, named with its section.</summary>
internal sealed class ArticleSourceOptionsValidator : IValidateOptions<ArticleSourceOptions>
{
    public ValidateOptionsResult Validate(string? name, ArticleSourceOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail($"{ArticleSourceOptions.SectionName}: {problem}") : ValidateOptionsResult.Success;
}
