namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// What a bulk write did. Every operation that did not succeed is in <see cref="Failures"/>: nothing is dropped
/// without a trace.
/// </summary>
/// <param name="Indexed">Quotes written (created or replaced).</param>
/// <param name="Deleted">Stale quotes deleted.</param>
/// <param name="Requests">HTTP requests sent, retries included.</param>
/// <param name="Failures">Every operation that failed for good, with its reason.</param>
public sealed record BulkWriteResult(int Indexed, long Deleted, int Requests, IReadOnlyList<BulkItemFailure> Failures)
{
    public bool Succeeded => Failures.Count == 0;
}

/// <summary>One operation that failed for good.</summary>
/// <param name="Id">The quote id; for <see cref="BulkOperation.Replace"/>, the article id.</param>
/// <param name="Operation">What was attempted.</param>
/// <param name="Status">The item's HTTP status; null when none was given.</param>
/// <param name="ErrorType">Elasticsearch's error type ("mapper_parsing_exception", "es_rejected_execution_exception").</param>
/// <param name="Reason">Elasticsearch's reason, or ours.</param>
/// <param name="Attempts">How many times the operation was sent.</param>
public sealed record BulkItemFailure(string Id, BulkOperation Operation, int? Status, string ErrorType, string Reason, int Attempts);

public enum BulkOperation
{
    /// <summary>Index (create or replace) a quote.</summary>
    Index,

    /// <summary>Delete the quotes of an article that its new extraction no longer has.</summary>
    DeleteStale,

    /// <summary>An article's replacement as a whole: its stale quotes were kept because some of its new quotes failed.</summary>
    Replace,
}
