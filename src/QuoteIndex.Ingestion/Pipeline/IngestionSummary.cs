namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>What an ingestion run did, once it has stopped.</summary>
/// <param name="Articles">Articles whose quotes were committed.</param>
/// <param name="Unchanged">Articles skipped because the ledger already had them with the same content.</param>
/// <param name="Quotes">Quotes committed.</param>
/// <param name="Rejected">Inputs rejected, each named on the rejects file.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="Interrupted">The run was cancelled: reading stopped early, and what had been read was committed.</param>
/// <param name="SmallestBatchShare">
/// The smallest share of the batch limits the memory budget left a batch (<see cref="IngestionOptions.MemoryBudget"/>):
/// 1 when it never shrank one, down to 0.1.
/// </param>
public sealed record IngestionSummary(
    long Articles, long Unchanged, long Quotes, long Rejected, TimeSpan Elapsed, bool Interrupted, double SmallestBatchShare = 1)
{
    /// <summary>Articles committed a second, over the whole run.</summary>
    public double ArticlesPerSecond => Elapsed > TimeSpan.Zero ? Articles / Elapsed.TotalSeconds : 0;
}
