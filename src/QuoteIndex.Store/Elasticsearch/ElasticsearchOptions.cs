namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// Where the Elasticsearch cluster is and how to talk to it; bound from "Store:Elasticsearch". Checked by
/// <see cref="ElasticsearchOptionsValidator"/>, whose messages name the setting at fault.
/// </summary>
public sealed class ElasticsearchOptions
{
    public const string Section = "Store:Elasticsearch";

    /// <summary>
    /// The cluster's address, e.g. "http://127.0.0.1:9200"; several nodes' addresses separated by commas let the
    /// transport fail a request over from one node to the next. Required.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>An API key (the encoded form Elasticsearch returns). Use it or <see cref="Username"/>/<see cref="Password"/>, not both.</summary>
    public string? ApiKey { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The SHA-256 fingerprint of the cluster's CA certificate (hex, colons allowed), for a self-signed HTTPS cluster.</summary>
    public string? CertificateFingerprint { get; set; }

    /// <summary>The alias every read and write goes through; the concrete indices are "{alias}-v{n}". Default "quotes".</summary>
    public string IndexAlias { get; set; } = "quotes";

    /// <summary>The alias of the reviews index (index-mappings/reviews.json), "{alias}-v{n}" likewise. Default "quote-reviews".</summary>
    public string ReviewIndexAlias { get; set; } = "quote-reviews";

    /// <summary>How long one HTTP attempt may take. Default 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the transport retries a request that failed on the wire or with 502/503/504, each time on another
    /// node of <see cref="Url"/> (it is capped at the number of nodes less one). Default 2.
    /// </summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// How long one call may take in all, the transport's retries included; the Polly timeout outside them.
    /// Default 90 seconds.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How long a reindex (which waits for the copy to finish) may take. Default 1 hour.</summary>
    public TimeSpan ReindexTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How many calls within <see cref="BreakerSamplingDuration"/> the breaker needs to see before half of them failing
    /// opens the circuit. Default 5.
    /// </summary>
    public int BreakerMinimumThroughput { get; set; } = 5;

    /// <summary>The window the circuit breaker counts failures in. Default 30 seconds.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before it lets one through. Default 30 seconds.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public BulkOptions Bulk { get; set; } = new();

    /// <summary>The node addresses in <see cref="Url"/>.</summary>
    public IReadOnlyList<Uri> NodeUris() =>
        (Url ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new Uri(u)).ToArray();
}

/// <summary>How bulk writes are cut into requests and how failed items are retried.</summary>
public sealed class BulkOptions
{
    /// <summary>At most this many operations a bulk request. Default 1000.</summary>
    public int MaxOperations { get; set; } = 1000;

    /// <summary>At most this many bytes of NDJSON a bulk request (a single larger document goes alone). Default 5 MiB.</summary>
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How many times an item refused with 429 or 5xx is sent in all before it is reported as failed. Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first back-off before items are sent again; it doubles each time, with jitter. Default 200 ms.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest back-off. Default 10 seconds.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(10);
}
