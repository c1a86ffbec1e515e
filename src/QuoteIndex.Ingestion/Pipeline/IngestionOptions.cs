namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>How much the ingestion pipeline holds at once and how often it commits. The defaults suit a laptop.</summary>
public sealed record IngestionOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string Section = "Ingestion";

    /// <summary>Extraction workers; default one per core. Extraction is pure CPU work, so more would only queue.</summary>
    public int ExtractionWorkers { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles read but not yet in a batch (being extracted or waiting their turn); default 256.</summary>
    public int ArticlesInFlight { get; init; } = 256;

    /// <summary>
    /// Most articles in one batch (one store commit); default 1,000. The pipeline holds two batches at most, so this
    /// sets most of its memory: 2,000 took about 100 MB more at every input size for about 7% more articles a second.
    /// </summary>
    public int BatchArticles { get; init; } = 1_000;

    /// <summary>Most quotes in one batch; default 10,000.</summary>
    public int BatchQuotes { get; init; } = 10_000;

    /// <summary>Most quote text (words and context) in one batch, in bytes as held in memory; default 8 MB.</summary>
    public long BatchQuoteBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>
    /// The longest a started batch waits for more articles before it is committed anyway; default 1 s, so a slow
    /// source (a feed, a crawl) still shows its quotes promptly.
    /// </summary>
    public TimeSpan BatchDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ExtractionWorkers, 1, nameof(ExtractionWorkers));
        ArgumentOutOfRangeException.ThrowIfLessThan(ArticlesInFlight, 1, nameof(ArticlesInFlight));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchArticles, 1, nameof(BatchArticles));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchQuotes, 1, nameof(BatchQuotes));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchQuoteBytes, 1, nameof(BatchQuoteBytes));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(BatchDelay, TimeSpan.Zero, nameof(BatchDelay));
    }
}
