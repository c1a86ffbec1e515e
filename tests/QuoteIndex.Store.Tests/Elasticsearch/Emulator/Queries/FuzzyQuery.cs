using System.Runtime.CompilerServices;
using Lucene.Net.Util.Automaton;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

/// <summary>
/// Lucene's FuzzyQuery as Elasticsearch rewrites it (top_terms_blended_freqs): the index's terms within the edit
/// distance after an exact prefix, the max_expansions most similar kept (similarity 1 - edits / shorter length,
/// ties to the smaller term), each scored with the largest document frequency among them and weighted by its
/// similarity, so a misspelling never outranks the word itself.
/// </summary>
internal sealed class FuzzyQuery : Query
{
    private readonly FieldMapping _field;
    private readonly string _term;
    private readonly string _prefix;
    private readonly int _maxExpansions;
    private readonly double _boost;
    private readonly CharacterRunAutomaton[] _withinEdits;
    private readonly ConditionalWeakTable<IndexSnapshot, Dictionary<string, float>> _expansions = [];

    public FuzzyQuery(FieldMapping field, string term, int edits, int prefixLength, bool transpositions, int maxExpansions, double boost)
    {
        _field = field;
        _term = term;
        _prefix = term[..Math.Min(prefixLength, term.Length)];
        _maxExpansions = maxExpansions;
        _boost = boost;
        var levenshtein = new LevenshteinAutomata(term[_prefix.Length..], transpositions);
        _withinEdits = [.. Enumerable.Range(0, edits + 1).Select(n => new CharacterRunAutomaton(levenshtein.ToAutomaton(n)))];
    }

    /// <summary>The expanded terms of this snapshot's field with their similarity.</summary>
    private Dictionary<string, float> Expansions(IndexSnapshot snapshot) => _expansions.GetValue(snapshot, s =>
    {
        var termLength = _term.EnumerateRunes().Count();
        var candidates = new List<(string Term, float Similarity)>();
        foreach (var candidate in s.Statistics(_field.Path).DocFreq.Keys)
        {
            if (!candidate.StartsWith(_prefix, StringComparison.Ordinal))
                continue;
            var rest = candidate[_prefix.Length..];
            var edits = Array.FindIndex(_withinEdits, a => a.Run(rest));
            if (edits < 0)
                continue;
            candidates.Add((candidate, 1f - ((float)edits / Math.Min(candidate.EnumerateRunes().Count(), termLength))));
        }

        return candidates
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(_maxExpansions)
            .ToDictionary(c => c.Term, c => c.Similarity, StringComparer.Ordinal);
    });

    public override double? Score(IndexSnapshot snapshot, StoredDocument document)
    {
        if (document.Field(_field.Path) is not { } data)
            return null;
        var expansions = Expansions(snapshot);
        var statistics = snapshot.Statistics(_field.Path);
        double? score = null;
        foreach (var term in data.AllTerms.Distinct(StringComparer.Ordinal))
        {
            if (!expansions.TryGetValue(term, out var similarity))
                continue;
            // Blended frequencies: every expansion scores with the largest document frequency among them.
            var blendedIdf = expansions.Keys.Min(statistics.Idf);
            score = (score ?? 0) + (similarity * Bm25.Score(blendedIdf, data.Frequency(term), data.Length, statistics.AverageLength, _field.Kind == FieldKind.Text));
        }

        return score * _boost;
    }

    public override void Spans(IndexSnapshot snapshot, StoredDocument document, HighlightTarget highlighted, List<MatchSpan> spans)
    {
        var expansions = Expansions(snapshot);
        TermSpans.Add(document, _field, highlighted, expansions.ContainsKey, spans);
    }
}
