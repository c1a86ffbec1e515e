namespace QuoteIndex.Core.Quotes;

/// <summary>The day a statement was made, and what that rests on.</summary>
public sealed record StatementDate(DateOnly Date, DateSource Source, string? Basis = null);

public enum DateSource
{
    /// <summary>The text states or implies the day ("on Tuesday", "Sept. 24").</summary>
    Stated,

    /// <summary>No day in the text; the article's publication date stands in.</summary>
    Published,
}
