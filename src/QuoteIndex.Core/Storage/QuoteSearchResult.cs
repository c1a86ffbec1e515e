using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Storage;

/// <summary>One page of matches, the exact number of quotes that match in all, and the counts asked for.</summary>
public sealed record QuoteSearchResult(long Total, IReadOnlyList<QuoteHit> Hits)
{
    /// <summary>Where the next page starts; null when this page is the last.</summary>
    public SearchCursor? Next { get; init; }

    /// <summary>Speaker, outlet, venue type and kind counts, when asked for; each ignores its own filter (multi-select).</summary>
    public IReadOnlyList<QuoteFacet> Facets { get; init; } = [];

    /// <summary>Matches per interval, with no gaps; null when not asked for.</summary>
    public DateHistogram? Histogram { get; init; }
}

/// <summary>A matching quote and its relevance score (higher is better; comparable only within one search).</summary>
public sealed record QuoteHit(Quote Quote, double Score)
{
    /// <summary>The quote text, HTML-escaped, with each matching word in <c>&lt;mark&gt;</c>; null unless asked for.</summary>
    public string? Highlight { get; init; }
}

/// <summary>A query the store could not understand (a leading wildcard, a bad operator): the caller's input is at fault.</summary>
public sealed class InvalidQueryException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The request parameter at fault: "q" for the query text, "interval" for a histogram, "cursor" for a cursor, "page" for a page number a store cannot reach.</summary>
    public string Input { get; init; } = "q";
}
