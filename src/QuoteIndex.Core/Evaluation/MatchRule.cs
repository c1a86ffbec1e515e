namespace QuoteIndex.Core.Evaluation;

/// <summary>
/// When a predicted quote may pair with a gold one, by characters of content: coverage |gold ∩ pred| / |gold|
/// above 0.3 (lenient) or 0.8 (strict), the Gender Gap Tracker's rules, or overlap |gold ∩ pred| / |gold ∪ pred|
/// above 0.8 (tight).
/// </summary>
public sealed class MatchRule
{
    private readonly Func<long, long, long, bool> _accepts;

    private MatchRule(string name, Func<long, long, long, bool> accepts)
    {
        Name = name;
        _accepts = accepts;
    }

    public static MatchRule Lenient { get; } = new("lenient", (shared, gold, _) => (double)shared / gold > 0.3);
    public static MatchRule Strict { get; } = new("strict", (shared, gold, _) => (double)shared / gold > 0.8);
    public static MatchRule Tight { get; } = new("tight", (shared, _, union) => (double)shared / union > 0.8);

    /// <summary>The rules in the order score.py reports them.</summary>
    public static IReadOnlyList<MatchRule> All { get; } = [Lenient, Strict, Tight];

    /// <summary>"lenient", "strict" or "tight", as in score.py's report.</summary>
    public string Name { get; }

    /// <summary>Whether a pair sharing <paramref name="shared"/> characters counts (given that it shares any).</summary>
    public bool Accepts(long shared, long gold, long union) => _accepts(shared, gold, union);

    public override string ToString() => Name;
}
