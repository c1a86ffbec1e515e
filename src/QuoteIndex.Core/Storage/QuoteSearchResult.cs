using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Storage;

/// <summary>One page of matches and the exact number of quotes that match in all.</summary>
public sealed record QuoteSearchResult(long Total, IReadOnlyList<QuoteHit> Hits);

/// <summary>A matching quote and its relevance score (higher is better; comparable only within one search).</summary>
public sealed record QuoteHit(Quote Quote, double Score);

/// <summary>A query the store could not understand (unbalanced quotes, a bad operator): the caller's input is at fault.</summary>
public sealed class InvalidQueryException(string message, Exception? inner = null) : Exception(message, inner);
