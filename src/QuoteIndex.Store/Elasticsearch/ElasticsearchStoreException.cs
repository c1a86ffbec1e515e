namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// A call to the cluster failed as a whole: refused by the open circuit, timed out, failed after the transport's
/// failover, or rejected by the cluster. The message names the cluster, the operation and the reason.
/// </summary>
public sealed class ElasticsearchStoreException : Exception
{
    /// <summary>For a write, every operation that failed for good; empty when the call failed as a whole.</summary>
    public IReadOnlyList<BulkItemFailure> Failures { get; init; } = [];

    public ElasticsearchStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public ElasticsearchStoreException()
    {
    }

    public ElasticsearchStoreException(string message)
        : base(message)
    {
    }
}
