namespace QuoteIndex.Core.Quotes;

/// <summary>How a statement is reported.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's words, all inside quote marks.</summary>
    Direct,

    /// <summary>A quoted fragment inside reported speech ("called the plan "a reckless gamble"").</summary>
    Partial,

    /// <summary>Reported speech without quote marks ("she said that ...").</summary>
    Indirect,

    /// <summary>A headline in the form "Speaker: claim".</summary>
    Headline,
}
