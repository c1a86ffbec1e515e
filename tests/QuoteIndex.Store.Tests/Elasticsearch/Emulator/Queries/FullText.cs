using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Util.Automaton;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

/// <summary>How Elasticsearch turns analysed query text into Lucene queries (match, match_phrase, fuzzy and prefix terms).</summary>
internal static class FullText
{
    /// <summary>A match query on one field: one term query per token, joined by the operator.</summary>
    public static Query Match(FieldMapping field, string text, bool and, string? minimumShouldMatch, string? fuzziness, TextAnalyzer? analyzer, double boost)
    {
        if (field.Kind is FieldKind.Date or FieldKind.Number or FieldKind.Boolean)
            return TermLevel.Term(field, text, boost);
        var tokens = Analyze(field, text, analyzer);
        if (tokens.Count == 0)
            return MatchNoneQuery.Instance;
        var clauses = tokens.Select(t => fuzziness is null ? new TermQuery(field, t.Term, 1) : Fuzzy(field, t.Term, fuzziness, 0, true, 1)).ToList();
        if (clauses.Count == 1)
            return boost == 1 ? clauses[0] : new BoostQuery(clauses[0], boost);
        return and
            ? new BoolQuery(clauses, [], [], [], 0, boost)
            : new BoolQuery([], clauses, [], [], Math.Max(1, MinimumShouldMatch(clauses.Count, minimumShouldMatch)), boost);
    }

    /// <summary>A phrase on one field; a single token is a term query.</summary>
    public static Query Phrase(FieldMapping field, string text, int slop, TextAnalyzer? analyzer, double boost)
    {
        if (field.Kind != FieldKind.Text)
            return Match(field, text, and: false, null, null, analyzer, boost);
        var tokens = Analyze(field, text, analyzer);
        return tokens.Count switch
        {
            0 => MatchNoneQuery.Instance,
            1 => new TermQuery(field, tokens[0].Term, boost),
            _ => new PhraseQuery(field, tokens.Select(t => (t.Term, t.Position)).ToList(), slop, boost),
        };
    }

    /// <summary>Terms within <paramref name="fuzziness"/> edits (AUTO: 0 up to 2 characters, 1 up to 5, else 2).</summary>
    public static Query Fuzzy(FieldMapping field, string term, string fuzziness, int prefixLength, bool transpositions, double boost)
    {
        // The automaton Lucene's FuzzyQuery runs over the terms, after the exact prefix.
        var edits = Edits(fuzziness, term);
        var prefix = term[..Math.Min(prefixLength, term.Length)];
        var automaton = new CharacterRunAutomaton(new LevenshteinAutomata(term[prefix.Length..], transpositions).ToAutomaton(edits));
        return FieldTestQuery.Terms(field, t => t.StartsWith(prefix, StringComparison.Ordinal) && automaton.Run(t[prefix.Length..]), boost, scoreTerms: true);
    }

    public static int Edits(string fuzziness, string term)
    {
        var length = term.EnumerateRunes().Count();
        if (fuzziness.StartsWith("AUTO", StringComparison.Ordinal))
        {
            var (low, high) = (3, 6);
            if (fuzziness.Length > 4)
            {
                var bounds = fuzziness[5..].Split(',');
                (low, high) = (int.Parse(bounds[0], CultureInfo.InvariantCulture), int.Parse(bounds[1], CultureInfo.InvariantCulture));
            }

            return length < low ? 0 : length < high ? 1 : 2;
        }

        return int.TryParse(fuzziness, NumberStyles.Integer, CultureInfo.InvariantCulture, out var edits) && edits is >= 0 and <= 2
            ? edits
            : throw EmulatorError.BadRequest($"failed to parse fuzziness [{fuzziness}]");
    }

    /// <summary>
    /// Elasticsearch's minimum_should_match of <paramref name="optional"/> clauses: "2", "-1", "75%", "-25%", and
    /// conditional "3&lt;90%" / "1&lt;1 2&lt;2 6&lt;-70%" (above each bound the next rule applies), as its
    /// Queries.calculateMinShouldMatch works it out (percentages truncated).
    /// </summary>
    public static int MinimumShouldMatch(int optional, string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
            return 0;
        spec = spec.Trim();
        var result = optional;
        if (spec.Contains('<', StringComparison.Ordinal))
        {
            foreach (var rule in Regex.Replace(spec, @"\s*<\s*", "<").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = rule.Split('<');
                if (optional <= Integer(parts[0], spec))
                    return result;
                result = MinimumShouldMatch(optional, parts[1]);
            }

            return result;
        }

        if (spec.EndsWith('%'))
        {
            var calculated = result * Integer(spec[..^1], spec) * (1 / 100f);
            result = calculated < 0 ? result + (int)calculated : (int)calculated;
        }
        else
        {
            var calculated = Integer(spec, spec);
            result = calculated < 0 ? result + calculated : calculated;
        }

        return Math.Max(0, result);
    }

    private static int Integer(string text, string spec) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw EmulatorError.BadRequest($"failed to parse minimum_should_match [{spec}]");

    public static List<Token> Analyze(FieldMapping field, string text, TextAnalyzer? analyzer) => field.Kind switch
    {
        FieldKind.Text => (analyzer ?? field.SearchAnalyzer!).Tokens(text),
        _ => [new Token(analyzer?.Normalize(text) ?? field.NormalizeTerm(text), 0, 0, text.Length, 0)],
    };
}
