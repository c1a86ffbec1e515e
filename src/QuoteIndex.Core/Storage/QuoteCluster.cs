using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Storage;

/// <summary>
/// Every stored appearance of one statement (<see cref="Quote.ClusterId"/>), earliest published first: the first
/// appearance is the earliest publication, whatever order the articles were ingested in.
/// </summary>
/// <param name="Id">The cluster id.</param>
/// <param name="Size">How many stored quotes are in the cluster, even when <paramref name="Appearances"/> holds fewer.</param>
/// <param name="Appearances">By publication time (undated articles last), then by quote id; at most the limit asked for.</param>
public sealed record QuoteCluster(string Id, long Size, IReadOnlyList<ClusterAppearance> Appearances)
{
    // A cluster exists only through its quotes: there is always a first appearance, and it is marked as such.
    public IReadOnlyList<ClusterAppearance> Appearances { get; } = Appearances is { Count: > 0 }
        ? [.. Appearances.Select((a, i) => a.FirstAppearance == (i == 0) ? a : a with { FirstAppearance = i == 0 })]
        : throw new ArgumentException("A cluster has at least one appearance.", nameof(Appearances));

    public ClusterAppearance FirstAppearance => Appearances[0];
}

/// <summary>One quote of a cluster: where and when it was published, who it is attributed to, and its words there.</summary>
public sealed record ClusterAppearance(string QuoteId, ArticleReference Article, Speaker? Speaker, string Text)
{
    /// <summary>True for the cluster's first appearance (the earliest published); <see cref="QuoteCluster"/> sets it.</summary>
    public bool FirstAppearance { get; init; }

    public static ClusterAppearance Of(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new ClusterAppearance(quote.Id, quote.Article, quote.Speaker, quote.Text);
    }
}

/// <summary>A stored quote that may repeat a new one, for clustering to verify.</summary>
/// <param name="QuoteId">The stored quote's id.</param>
/// <param name="ClusterId">Its cluster.</param>
/// <param name="Text">Its words as extracted; clustering normalises and compares them.</param>
public sealed record ClusterCandidate(string QuoteId, string ClusterId, string Text);
