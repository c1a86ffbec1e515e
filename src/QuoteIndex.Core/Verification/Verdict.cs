namespace QuoteIndex.Core.Verification;

/// <summary>What the index says of a statement; never more than its stored quotes show.</summary>
public enum Verdict
{
    /// <summary>No stored quote matches the statement: the index does not show it said, which is not proof that it was not.</summary>
    NotFound,

    /// <summary>A stored quote has the same words (by the speaker named, when one is).</summary>
    Attested,

    /// <summary>A stored quote says it in other words (by the speaker named, when one is).</summary>
    AttestedWithDifferentWording,

    /// <summary>A speaker was named, but the best matching quote is attributed to someone else, or to no one.</summary>
    AttestedButSaidBySomeoneElse,
}

public static class VerdictText
{
    /// <summary>The verdict as a sentence for people: "attested with different wording".</summary>
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Attested => "attested",
        Verdict.AttestedWithDifferentWording => "attested with different wording",
        Verdict.AttestedButSaidBySomeoneElse => "attested but said by someone else",
        _ => "not found in the index",
    };
}
