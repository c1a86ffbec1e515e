namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>What a running pipeline has done so far; safe to read from any thread while it runs.</summary>
public sealed class IngestionProgress
{
    private long _read;
    private long _doneTextChars;
    private long _articles;
    private long _unchanged;
    private long _quotes;
    private long _rejected;

    /// <summary>Inputs taken from the source, whatever became of them.</summary>
    public long Read => Interlocked.Read(ref _read);

    /// <summary>Characters of article text done with: committed, or skipped as unchanged. Against a known total, how far the run has got.</summary>
    public long DoneTextChars => Interlocked.Read(ref _doneTextChars);

    /// <summary>Articles whose quotes are committed to the store and recorded in the ledger.</summary>
    public long Articles => Interlocked.Read(ref _articles);

    /// <summary>Articles skipped because the ledger has them with the same content.</summary>
    public long Unchanged => Interlocked.Read(ref _unchanged);

    /// <summary>Quotes committed to the store.</summary>
    public long Quotes => Interlocked.Read(ref _quotes);

    public long Rejected => Interlocked.Read(ref _rejected);

    internal void AddRead() => Interlocked.Increment(ref _read);

    internal void AddUnchanged(int textChars)
    {
        Interlocked.Increment(ref _unchanged);
        Interlocked.Add(ref _doneTextChars, textChars);
    }

    internal void AddRejected() => Interlocked.Increment(ref _rejected);

    internal void AddCommitted(int articles, int quotes, long textChars)
    {
        Interlocked.Add(ref _articles, articles);
        Interlocked.Add(ref _quotes, quotes);
        Interlocked.Add(ref _doneTextChars, textChars);
    }
}
