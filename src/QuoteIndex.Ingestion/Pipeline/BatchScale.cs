namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>
/// Holds ingestion to its memory budget (<see cref="IngestionOptions.MemoryBudget"/>): after each batch is written it
/// reads what the process kept through its latest full collection, and scales the next batches down while that is
/// over the budget, back up once it is well under.
/// </summary>
/// <remarks>
/// The two batches in hand are most of what the pipeline holds, and the one part of it that can give way. What grows
/// with a run (the index's segments and merges, each quote's stored copies to weigh, the ledger) took the peak of a
/// 10× run about 30% above a 1× run's; smaller batches there make the room, for some of the rate.
/// </remarks>
internal sealed class BatchScale(long budget, Func<long> liveBytes)
{
    /// <summary>The smallest share of the configured batch limits: a tenth (100 articles by default).</summary>
    public const double Smallest = 0.1;

    /// <summary>Each batch written over the budget takes the limits down by this factor.</summary>
    public const double Shrink = 0.7;

    /// <summary>Each batch written well under the budget takes them back up by this factor, to the full limits.</summary>
    public const double Grow = 1.1;

    /// <summary>Well under the budget: below this share of it. Between this and the budget the scale holds.</summary>
    public const double Comfortable = 0.85;

    private double _value = 1;
    private double _lowest = 1;

    /// <summary>The share of the configured batch limits the next batch may fill, from <see cref="Smallest"/> to 1.</summary>
    public double Value => Volatile.Read(ref _value);

    /// <summary>The smallest <see cref="Value"/> so far: 1 when the budget never shrank a batch.</summary>
    public double Lowest => Volatile.Read(ref _lowest);

    /// <summary>Weighs the memory kept now against the budget; called once a batch is written.</summary>
    public void Observe()
    {
        if (budget <= 0)
            return;
        var live = liveBytes();
        if (live > budget)
        {
            Volatile.Write(ref _value, Math.Max(Smallest, Value * Shrink));
            Volatile.Write(ref _lowest, Math.Min(Lowest, Value));
        }
        else if (live < budget * Comfortable)
            Volatile.Write(ref _value, Math.Min(1, Value * Grow));
    }

    /// <summary>
    /// The managed heap that survived the latest full collection, blocking or background: what the process holds,
    /// without the garbage that any reading between collections includes. Zero before the first.
    /// </summary>
    public static long LiveAfterLastFullCollection()
    {
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var background = GC.GetGCMemoryInfo(GCKind.Background);
        return (blocking.Index > background.Index ? blocking : background).PromotedBytes;
    }
}
