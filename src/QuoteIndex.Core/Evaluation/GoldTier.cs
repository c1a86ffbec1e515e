namespace QuoteIndex.Core.Evaluation;

/// <summary>What a gold attribution is, for recall per tier.</summary>
public enum GoldTier
{
    /// <summary>All quoted (kind direct or partial).</summary>
    Direct,

    /// <summary>Partly quoted.</summary>
    Mixed,

    /// <summary>Not quoted, with a speech cue: said, told, warned, according to...</summary>
    SpeechIndirect,

    /// <summary>Everything else: beliefs, polls, reports, and headlines without a cue.</summary>
    Other,
}

/// <summary>score.py's <c>gold_tier</c>, with its list of speech verbs and its suffix-stripping lemmas.</summary>
public static class GoldTiers
{
    /// <summary>The verbs whose cue makes an unquoted attribution a statement (score.py's SPEECH).</summary>
    public static IReadOnlySet<string> SpeechVerbs { get; } = new HashSet<string>(
        """
        accept acknowledge add admit advise agree allege announce argue assert assure believe blame boast
        caution charge cite claim comment complain concede conclude confirm contend counter declare decline defend deny
        describe disclose dismiss emphasize emphasise estimate explain express find forecast hint indicate insist
        joke maintain mention note observe offer order point predict proclaim promise propose question quip recall
        recommend reiterate remark remind reply report respond reveal say state stress suggest swear tell testify
        tweet urge vow warn write
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly (string Suffix, string Replacement)[] Suffixes =
        [("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("d", "")];

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["said"] = "say", ["told"] = "tell", ["wrote"] = "write", ["swore"] = "swear", ["found"] = "find",
    };

    public static GoldTier Of(GoldAttribution attribution)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        switch (attribution.Kind)
        {
            case "direct" or "partial":
                return GoldTier.Direct;
            case "mixed":
                return GoldTier.Mixed;
        }

        var cue = string.Join(' ', attribution.Cue.Select(c => c.Text));
        var speech = PythonText.Runs(cue, PythonText.IsAsciiLetter, 1).Any(w => SpeechVerbs.Contains(Lemma(w)))
                     || PythonText.Lower(cue).StartsWith("according", StringComparison.Ordinal);
        return speech ? GoldTier.SpeechIndirect : GoldTier.Other;
    }

    /// <summary>
    /// The speech verb a word is a form of ("warned" → "warn", "denies" → "deny"), else the word lowered, or
    /// its irregular past ("said" → "say"). Only suffixes that lead to a listed verb are stripped.
    /// </summary>
    public static string Lemma(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = PythonText.Lower(word);
        foreach (var (suffix, replacement) in Suffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && SpeechVerbs.Contains(w[..^suffix.Length] + replacement))
                return w[..^suffix.Length] + replacement;
        }

        return Irregular.GetValueOrDefault(w, w);
    }
}
