namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>What an ingestion run did, once it has stopped.</summary>
/// <param name="Articles">Articles whose quotes were committed.</param>
/// <param name="Unchanged">Articles skipped because the ledger already had them with the same content.</param>
/// <param name="Quotes">Quotes committed.</param>
/// <param name="Rejected">Inputs rejected, each named on the rejects file.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="Interrupted">The run was cancelled: reading stopped early, and what had been read was committed.</param>
public sealed record IngestionSummary(long Articles, long Unchanged, long Quotes, long Rejected, TimeSpan Elapsed, bool Interrupted)
{
    /// <summary>Articles committed a second, over the whole run.</summary>
    public double ArticlesPerSecond => Elapsed > TimeSpan.Zero ? Articles / Elapsed.TotalSeconds : 0;
}
