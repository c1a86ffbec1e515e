using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Storage;

/// <summary>A search over stored quotes: free text plus filters that all must hold.</summary>
public sealed record QuoteQuery
{
    public const int MaxLimit = 100;

    /// <summary>Words to find in the quote text, in the store's query syntax; null or blank matches every quote.</summary>
    public string? Text { get; init; }

    /// <summary>Speaker keys (<see cref="Speaker.KeyFor"/>); a quote matches when its speaker has any of them.</summary>
    public IReadOnlyList<string> SpeakerKeys { get; init; } = [];

    /// <summary>Only quotes from this outlet (exact name).</summary>
    public string? Outlet { get; init; }

    /// <summary>Only quotes of these kinds; empty means any.</summary>
    public IReadOnlyList<QuoteKind> Kinds { get; init; } = [];

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
