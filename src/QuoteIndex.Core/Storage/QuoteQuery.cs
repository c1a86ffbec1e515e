using QuoteIndex.Core.Search;

namespace QuoteIndex.Core.Storage;

/// <summary>A search over stored quotes: free text plus filters that all must hold, one page of it, and what to count.</summary>
public sealed record QuoteQuery
{
    public const int MaxLimit = 100;

    public const int MaxFacetSize = 100;

    /// <summary>Words to find in the quote text, in <see cref="SearchSyntax"/>; null or blank matches every quote.</summary>
    public string? Text { get; init; }

    /// <summary>Conditions every match must meet; they narrow the matches without changing their scores.</summary>
    public QuoteFilter Filter { get; init; } = QuoteFilter.None;

    /// <summary>The order of the hits; null: by relevance for a text search, newest first without text.</summary>
    public QuoteSort? Sort { get; init; }

    /// <summary>The date that <see cref="QuoteSort.Newest"/>, <see cref="QuoteSort.Oldest"/> and the histogram use.</summary>
    public QuoteDateField DateField { get; init; } = QuoteDateField.Published;

    /// <summary>Continue after this hit of the same search (a page's <see cref="QuoteSearchResult.Next"/>); excludes <see cref="Offset"/>.</summary>
    public SearchCursor? After { get; init; }

    /// <summary>Hits to skip; for numbered pages. Prefer <see cref="After"/>, which costs the same on every page.</summary>
    public int Offset
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    }

    public int Limit
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxLimit);
            field = value;
        }
    } = 20;

    /// <summary>How many values to count per facet (speaker, outlet, venue type, kind), most frequent first; 0 counts none.</summary>
    public int FacetSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxFacetSize);
            field = value;
        }
    }

    /// <summary>Count matches per day, week, month or year of <see cref="DateField"/>; null for no histogram.</summary>
    public HistogramInterval? Histogram { get; init; }

    /// <summary>Mark the matching words of each hit's text (<see cref="QuoteHit.Highlight"/>).</summary>
    public bool Highlight { get; init; }

    /// <summary>
    /// One hit per statement: of the matches that share a <see cref="Quotes.Quote.ClusterId"/>, only the first in the
    /// sort order is a hit (the best score for relevance, the newest or oldest for the date orders; ties by quote id).
    /// <see cref="Offset"/> and <see cref="Limit"/> count those hits; <see cref="QuoteSearchResult.Total"/>, the facets
    /// and the histogram still count every matching quote, as Elasticsearch's collapse does. Such a search pages by
    /// position: its <see cref="QuoteSearchResult.Next"/> is a <see cref="SearchCursor.AtPosition"/> cursor, since
    /// Elasticsearch cannot search after a hit of a collapsed search sorted by anything but the cluster id. Exports ignore it.
    /// </summary>
    public bool CollapseClusters { get; init; }

    /// <summary>The order the hits come in, once the default is applied.</summary>
    public QuoteSort EffectiveSort => Sort ?? (string.IsNullOrWhiteSpace(Text) ? QuoteSort.Newest : QuoteSort.Relevance);

    /// <summary>
    /// This query with a position cursor (<see cref="SearchCursor.AtPosition"/>) turned into the <see cref="Offset"/> it
    /// stands for; unchanged otherwise. Stores call it first, so a collapsed search pages alike on each.
    /// </summary>
    /// <exception cref="InvalidQueryException">
    /// The cursor is of the other kind: a hit's cursor in a collapsed search, or a position in one that is not.
    /// </exception>
    public QuoteQuery WithCursorAsOffset()
    {
        if (After is null)
            return this;
        if (CollapseClusters != After.Position.HasValue)
        {
            throw new InvalidQueryException(CollapseClusters
                ? "A search with one hit per statement (collapse) continues only from the `next` of a page of the same collapsed search; start again without a cursor."
                : "The cursor belongs to a search with one hit per statement (collapse); start again without a cursor.") { Input = "cursor" };
        }

        return After.Position is { } position ? this with { After = null, Offset = position } : this;
    }
}

public enum QuoteSort
{
    /// <summary>Best match first; equal scores by quote id.</summary>
    Relevance,

    /// <summary>Latest date first; quotes without the date last; equal dates by quote id.</summary>
    Newest,

    /// <summary>Earliest date first; quotes without the date last; equal dates by quote id.</summary>
    Oldest,
}

public enum QuoteDateField
{
    /// <summary>The article's publication day (UTC).</summary>
    Published,

    /// <summary>The statement's own date, when known.</summary>
    Statement,
}
