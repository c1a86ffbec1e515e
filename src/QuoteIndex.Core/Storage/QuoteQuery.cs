namespace QuoteIndex.Core.Storage;

/// <summary>A search over stored quotes: free text plus filters that all must hold.</summary>
public sealed record QuoteQuery
{
    public const int MaxLimit = 100;

    /// <summary>Words to find in the quote text, in the store's query syntax; null or blank matches every quote.</summary>
    public string? Text { get; init; }

    /// <summary>Conditions every match must meet; they narrow the matches without changing their scores.</summary>
    public QuoteFilter Filter { get; init; } = QuoteFilter.None;

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
}
