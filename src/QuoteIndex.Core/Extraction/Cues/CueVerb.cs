namespace QuoteIndex.Core.Extraction.Cues;

/// <summary>A speech verb in one of its forms, with what its lemma implies for attribution.</summary>
internal sealed record CueVerb(string Lemma, CueFrame Frame, double Strength, CueForm Form);

/// <summary>What follows the verb before the reported words.</summary>
internal enum CueFrame
{
    /// <summary>"said (that) ...", "argued ...": the clause follows directly.</summary>
    Clause,

    /// <summary>"told reporters (that) ...", "reminded them ...": an addressee, then the clause.</summary>
    Addressee,

    /// <summary>"wrote on Twitter ...", "tweeted": a written or posted statement.</summary>
    Written,
}

internal enum CueForm
{
    /// <summary>said, told, argued</summary>
    Past,

    /// <summary>says, tells</summary>
    Present,

    /// <summary>say, tell (after "to", "will", "did": often not a report of speech)</summary>
    Base,

    /// <summary>saying, telling</summary>
    Participle,
}
