namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>How much the ingestion pipeline holds at once and how often it commits. The defaults suit a laptop.</summary>
public sealed record IngestionOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string Section = "Ingestion";

    /// <summary>Extraction workers; default one per core. Extraction is pure CPU work, so more would only queue.</summary>
    public int ExtractionWorkers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Articles read but not yet in a batch (being extracted or waiting their turn); default 64. While the store is
    /// the slower stage every one of them waits with its quotes: 256 held about 25 MB more at the peak of a 10× run
    /// and were no faster, since two extraction workers need only a few.
    /// </summary>
    public int ArticlesInFlight { get; init; } = 64;

    /// <summary>
    /// Most articles in one batch (one store commit); default 1,000. The pipeline holds two batches at most, so this
    /// sets most of its memory: 500 took about 50 MB less at 1× and 75 MB less at 10×, but cost about 10% of the
    /// articles a second (more over a large index), too close to the 2,000 a second the project promises.
    /// </summary>
    public int BatchArticles { get; init; } = 1_000;

    /// <summary>Most quotes in one batch; default 10,000 (the corpora average 3.5 quotes an article).</summary>
    public int BatchQuotes { get; init; } = 10_000;

    /// <summary>Most quote text (words and context) in one batch, in bytes as held in memory; default 8 MB.</summary>
    public long BatchQuoteBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>
    /// The managed memory, in bytes, that the pipeline keeps under by making its batches smaller (down to a tenth of
    /// the limits above) while what survives a full collection is over it, and larger again once that is well under;
    /// default 100 MB, 0 for no budget. Without it, a 10× run peaked about 30% above a 1× run (the index's segments
    /// and merges and each quote's stored copies grow with it); a 1× run of the corpora stays under it at full batches.
    /// </summary>
    public long MemoryBudget { get; init; } = 100L * 1024 * 1024;

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
        ArgumentOutOfRangeException.ThrowIfNegative(MemoryBudget, nameof(MemoryBudget));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(BatchDelay, TimeSpan.Zero, nameof(BatchDelay));
    }
}
