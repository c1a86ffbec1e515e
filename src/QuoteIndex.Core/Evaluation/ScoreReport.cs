namespace QuoteIndex.Core.Evaluation;

/// <summary>What score.py reports: article counts and one <see cref="Scorecard"/> per matching rule.</summary>
public sealed record ScoreReport(int Articles, int ArticlesWithoutPrediction, IReadOnlyList<Scorecard> Rules)
{
    public Scorecard this[MatchRule rule] => Rules.Single(r => r.Rule == rule);
}

/// <summary>
/// The figures under one matching rule. Percentages are rounded to one decimal as score.py rounds them; an
/// accuracy is null where nothing could be judged, and the venue and date figures are null when the gold
/// carries no venues or dates.
/// </summary>
public sealed record Scorecard
{
    public required MatchRule Rule { get; init; }

    /// <summary>T1, T2, T3 and T4, in that order.</summary>
    public required IReadOnlyList<TierScore> Tiers { get; init; }

    /// <summary>Over paired quotes whose gold names a speaker (span or name).</summary>
    public double? SpeakerAccuracy { get; init; }

    /// <summary>As <see cref="SpeakerAccuracy"/>, over gold speakers given as a capitalised mention, not a pronoun or "the ...".</summary>
    public double? NamedSpeakerAccuracy { get; init; }

    /// <summary>Over paired quotes where both gold and prediction have a cue.</summary>
    public double? CueAccuracy { get; init; }

    public double? VenueAccuracy { get; init; }

    /// <summary>Gold quotes with a stated venue that the paired prediction got right.</summary>
    public Tally? StatedVenuesFound { get; init; }

    public double? DateAccuracy { get; init; }

    /// <summary>Gold quotes with a stated date that the paired prediction got right.</summary>
    public Tally? StatedDatesFound { get; init; }
}

/// <summary>Precision, recall and F1 (percent, one decimal) over one tier of gold attributions.</summary>
public sealed record TierScore(string Name, int Gold, int Found, int Predicted, double Precision, double Recall, double F1)
{
    public const string Direct = "T1 direct";
    public const string Quoted = "T2 quoted (direct+mixed)";
    public const string SpeechIndirect = "T3 speech indirect";
    public const string All = "T4 all";
}

/// <summary>"found of total", written as score.py writes it: "7/9".</summary>
public readonly record struct Tally(int Found, int Total)
{
    public override string ToString() => FormattableString.Invariant($"{Found}/{Total}");
}
