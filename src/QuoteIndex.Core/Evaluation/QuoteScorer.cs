namespace QuoteIndex.Core.Evaluation;

/// <summary>
/// Scores predicted quotes against gold attributions: a port of shared/eval/score.py that gives the same figures
/// to the last decimal (FORMAT.md explains the rules; the agreement test runs both on the same files).
/// </summary>
public static class QuoteScorer
{
    private static readonly HashSet<string> Pronouns = new(["he", "she", "they", "it", "we", "i", "you", "his", "her", "their"], StringComparer.Ordinal);
    private static readonly HashSet<string> NotNames = new([.. Pronouns, "the", "a", "an", "this", "that"], StringComparer.Ordinal);
    private static readonly HashSet<string> VenueStopWords =
        new(["the", "a", "an", "of", "in", "at", "on", "to", "with", "for", "and", "his", "her", "their", "during"], StringComparer.Ordinal);

    private static readonly char[] QuoteMarks = ['"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E'];

    /// <summary>
    /// Scores every gold article against the prediction line with its id. As in score.py, a repeated id keeps its
    /// last line, predictions for articles outside the gold are ignored, and quotes without content are not counted.
    /// </summary>
    public static ScoreReport Score(IEnumerable<GoldArticle> gold, IEnumerable<PredictedArticle> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);
        var goldById = new Dictionary<string, GoldArticle>(StringComparer.Ordinal);
        foreach (var article in gold)
            goldById[article.Id] = article;
        var predictedById = new Dictionary<string, PredictedArticle>(StringComparer.Ordinal);
        foreach (var article in predictions)
            predictedById[article.Id] = article;

        var counts = MatchRule.All.Select(rule => new Counts(rule)).ToList();
        var withoutPrediction = 0;
        foreach (var (id, article) in goldById)
        {
            var golds = article.Attributions
                .Select(a => new GoldItem(a, CharSet.Of(a.Content.Select(s => (s.Start, s.End))), GoldTiers.Of(a)))
                .Where(g => !g.Chars.IsEmpty)
                .ToList();
            if (!predictedById.TryGetValue(id, out var predicted))
                withoutPrediction++;
            var preds = (predicted?.Quotes ?? [])
                .Select(q => new PredictedItem(q, q.Start is { } start ? CharSet.Of(start, q.End!.Value) : CharSet.Empty))
                .Where(p => !p.Chars.IsEmpty)
                .ToList();
            foreach (var count in counts)
                count.Add(golds, preds, Pair(golds, preds, count.Rule));
        }

        return new ScoreReport(goldById.Count, withoutPrediction, counts.Select(c => c.ToScorecard()).ToList());
    }

    /// <summary>
    /// One-to-one pairs, best fit first: candidates ordered by overlap, then coverage, then (as Python's reverse
    /// tuple sort has it) by the later gold and the later prediction.
    /// </summary>
    private static List<(int Gold, int Predicted)> Pair(List<GoldItem> golds, List<PredictedItem> preds, MatchRule rule)
    {
        var candidates = new List<(double Overlap, double Coverage, int Gold, int Predicted)>();
        for (var gi = 0; gi < golds.Count; gi++)
        {
            var g = golds[gi].Chars;
            for (var pi = 0; pi < preds.Count; pi++)
            {
                var shared = g.IntersectionCount(preds[pi].Chars);
                if (shared == 0)
                    continue;
                var union = g.Count + preds[pi].Chars.Count - shared;
                if (rule.Accepts(shared, g.Count, union))
                    candidates.Add(((double)shared / union, (double)shared / g.Count, gi, pi));
            }
        }

        candidates.Sort((a, b) => b.CompareTo(a));
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, _, gi, pi) in candidates)
        {
            if (!usedGold.Contains(gi) && !usedPredicted.Contains(pi))
            {
                usedGold.Add(gi);
                usedPredicted.Add(pi);
                pairs.Add((gi, pi));
            }
        }

        return pairs;
    }

    /// <summary>
    /// Null when the gold gives no speaker. With a resolved gold name, the names must share a word of three letters
    /// or more; else the predicted mention must overlap the gold source, or the predicted name share a word with it.
    /// </summary>
    internal static bool? SpeakerRight(GoldAttribution gold, PredictedQuote predicted)
    {
        var name = PythonText.Lower(predicted.Speaker?.Name ?? "");
        var nameWords = PythonText.Runs(name, PythonText.IsAsciiLower, 3).ToHashSet(StringComparer.Ordinal);
        if (gold.Speaker is { } goldName)
            return PythonText.Runs(PythonText.Lower(goldName), PythonText.IsAsciiLower, 3).Any(nameWords.Contains);
        if (gold.Source.Count == 0)
            return null;
        if (predicted.Speaker is { Start: { } start, End: { } end } && SourceChars(gold).Overlaps(CharSet.Of(start, end)))
            return true;
        return gold.Source
            .SelectMany(s => PythonText.Runs(s.Text, PythonText.IsAsciiLetter, 3))
            .Any(w => nameWords.Contains(PythonText.Lower(w)) && !Pronouns.Contains(PythonText.Lower(w)));
    }

    /// <summary>The gold source is a name as written: capitalised, and not a pronoun or "the ...", "this ...".</summary>
    internal static bool IsNamed(GoldAttribution gold)
    {
        var text = PythonText.Strip(string.Join(' ', gold.Source.Select(s => s.Text)));
        return text.Length > 0 && PythonText.FirstIsUpper(text) && !NotNames.Contains(PythonText.Lower(PythonText.FirstWord(text)!));
    }

    /// <summary>Both absent, or the prediction names at least half of the gold venue's content words.</summary>
    internal static bool VenueRight(string? gold, string? predicted)
    {
        if (gold is null || predicted is null)
            return gold is null && predicted is null;
        var want = ContentWords(gold);
        var got = ContentWords(predicted);
        return want.Count > 0 && (double)want.Count(got.Contains) / want.Count >= 0.5;

        static HashSet<string> ContentWords(string venue) =>
            PythonText.Runs(PythonText.Lower(venue), PythonText.IsAsciiLowerOrDigit, 1)
                .Where(w => !VenueStopWords.Contains(w))
                .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Both absent, or the same day; a gold date without a year (--MM-DD) matches that day in any year.</summary>
    internal static bool DateRight(string? gold, string? predicted)
    {
        if (gold is null || predicted is null)
            return gold is null && predicted is null;
        predicted = PythonText.Prefix(predicted, 10);
        return gold.StartsWith("--", StringComparison.Ordinal)
            ? predicted.EndsWith(gold[1..], StringComparison.Ordinal)
            : predicted == PythonText.Prefix(gold, 10);
    }

    /// <summary>The date a prediction claims for the statement: a date marked as the publication date claims none, unless the gold has one.</summary>
    internal static string? ClaimedDate(GoldAttribution gold, PredictedQuote predicted) =>
        gold.Date is not null || predicted.DateSource != "published" ? predicted.Date : null;

    internal static bool IsQuoted(PredictedQuote predicted) =>
        predicted.Kind is "direct" or "partial" or "mixed" || predicted.Text.AsSpan().IndexOfAny(QuoteMarks) >= 0;

    private static CharSet SourceChars(GoldAttribution gold) => CharSet.Of(gold.Source.Select(s => (s.Start, s.End)));

    private sealed record GoldItem(GoldAttribution Attribution, CharSet Chars, GoldTier Tier);

    private sealed record PredictedItem(PredictedQuote Quote, CharSet Chars);

    /// <summary>score.py's running totals for one rule.</summary>
    private sealed class Counts(MatchRule rule)
    {
        private readonly int[] _gold = new int[4];
        private readonly int[] _found = new int[4];
        private int _predictedQuoted, _predictedIndirect, _rightQuoted, _rightIndirect;
        private long _speaker, _speakerJudged, _named, _namedJudged, _cue, _cueJudged;
        private long _venue, _venueJudged, _venueFound, _venueStated, _date, _dateJudged, _dateFound, _dateStated;

        public MatchRule Rule { get; } = rule;

        public void Add(List<GoldItem> golds, List<PredictedItem> preds, List<(int Gold, int Predicted)> pairs)
        {
            foreach (var g in golds)
                _gold[(int)g.Tier]++;
            foreach (var (gi, pi) in pairs)
            {
                var gold = golds[gi].Attribution;
                var predicted = preds[pi].Quote;
                _found[(int)golds[gi].Tier]++;
                if (SpeakerRight(gold, predicted) is { } speakerRight)
                {
                    _speakerJudged++;
                    _speaker += speakerRight ? 1 : 0;
                    if (IsNamed(gold))
                    {
                        _namedJudged++;
                        _named += speakerRight ? 1 : 0;
                    }
                }

                if (gold.AnnotatesVenue)
                {
                    var venueRight = VenueRight(gold.Venue, predicted.Venue) ? 1 : 0;
                    _venueJudged++;
                    _venue += venueRight;
                    if (gold.Venue is not null)
                    {
                        _venueStated++;
                        _venueFound += venueRight;
                    }
                }

                if (gold.AnnotatesDate)
                {
                    var dateRight = DateRight(gold.Date, ClaimedDate(gold, predicted)) ? 1 : 0;
                    _dateJudged++;
                    _date += dateRight;
                    if (gold.Date is not null)
                    {
                        _dateStated++;
                        _dateFound += dateRight;
                    }
                }

                if (gold.Cue.Count > 0 && predicted.Cue is { } cue)
                {
                    _cueJudged++;
                    _cue += CharSet.Of(gold.Cue.Select(s => (s.Start, s.End))).Overlaps(CharSet.Of(cue.Start, cue.End)) ? 1 : 0;
                }
            }

            var paired = pairs.Select(p => p.Predicted).ToHashSet();
            for (var pi = 0; pi < preds.Count; pi++)
            {
                var right = paired.Contains(pi) ? 1 : 0;
                if (IsQuoted(preds[pi].Quote))
                {
                    _predictedQuoted++;
                    _rightQuoted += right;
                }
                else
                {
                    _predictedIndirect++;
                    _rightIndirect += right;
                }
            }
        }

        public Scorecard ToScorecard() => new()
        {
            Rule = Rule,
            Tiers =
            [
                Tier(TierScore.Direct, [GoldTier.Direct], _predictedQuoted, _rightQuoted),
                Tier(TierScore.Quoted, [GoldTier.Direct, GoldTier.Mixed], _predictedQuoted, _rightQuoted),
                Tier(TierScore.SpeechIndirect, [GoldTier.SpeechIndirect], _predictedIndirect, _rightIndirect),
                Tier(TierScore.All, Enum.GetValues<GoldTier>(), _predictedQuoted + _predictedIndirect, _rightQuoted + _rightIndirect),
            ],
            SpeakerAccuracy = Percent(_speaker, _speakerJudged),
            NamedSpeakerAccuracy = Percent(_named, _namedJudged),
            CueAccuracy = Percent(_cue, _cueJudged),
            VenueAccuracy = Percent(_venue, _venueJudged),
            StatedVenuesFound = _venueJudged > 0 ? new Tally((int)_venueFound, (int)_venueStated) : null,
            DateAccuracy = Percent(_date, _dateJudged),
            StatedDatesFound = _dateJudged > 0 ? new Tally((int)_dateFound, (int)_dateStated) : null,
        };

        private TierScore Tier(string name, GoldTier[] tiers, int predicted, int right)
        {
            var gold = tiers.Sum(t => _gold[(int)t]);
            var found = tiers.Sum(t => _found[(int)t]);
            // The same operations in the same order as score.py, so that the doubles, and their rounding, agree.
            var p = predicted > 0 ? (double)right / predicted : 0.0;
            var r = gold > 0 ? (double)found / gold : 0.0;
            var f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
            return new TierScore(name, gold, found, predicted,
                PythonText.RoundToTenths(100 * p), PythonText.RoundToTenths(100 * r), PythonText.RoundToTenths(100 * f));
        }

        // score.py multiplies the integer count by 100 before dividing: round(100 * right / judged, 1).
        private static double? Percent(long right, long judged) =>
            judged > 0 ? PythonText.RoundToTenths((double)(100 * right) / judged) : null;
    }
}
