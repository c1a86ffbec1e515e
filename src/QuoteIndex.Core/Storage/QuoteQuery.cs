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

    /// <summary>The order the hits come in, once the default is applied.</summary>
    public QuoteSort EffectiveSort => Sort ?? (string.IsNullOrWhiteSpace(Text) ? QuoteSort.Newest : QuoteSort.Relevance);
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
