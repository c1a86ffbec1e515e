using System.Text;
using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

/// <summary>
/// simple_query_string as Elasticsearch runs it: Lucene's SimpleQueryParser (left to right, an operator change
/// starting a new level, "-" wrapping a clause as "match all but it") with Elasticsearch's per-field queries: terms
/// analysed per field and summed across fields, phrases on the quote_field_suffix field when it exists, prefixes and
/// fuzzy terms normalised (or, with analyze_wildcard, analysed).
/// </summary>
internal sealed class SimpleQueryString
{
    [Flags]
    private enum Operators
    {
        None = 0,
        And = 1,
        Not = 2,
        Or = 4,
        Prefix = 8,
        Phrase = 16,
        Precedence = 32,
        Escape = 64,
        Whitespace = 128,
        Fuzzy = 256,
        Near = 512,
        All = 1023,
    }

    private readonly QueryCompiler _compiler;
    private readonly JsonObject _o;
    private readonly Operators _flags;
    private readonly bool _and;
    private readonly List<(FieldMapping Field, double Boost)> _fields;
    private readonly TextAnalyzer? _analyzer;

    public SimpleQueryString(QueryCompiler compiler, JsonObject o)
    {
        Json.OnlyKeys(o, "simple_query_string", "query", "fields", "default_operator", "analyzer", "flags", "fuzzy_max_expansions", "fuzzy_prefix_length",
            "fuzzy_transpositions", "lenient", "minimum_should_match", "quote_field_suffix", "analyze_wildcard", "auto_generate_synonyms_phrase_query", "boost");
        _compiler = compiler;
        _o = o;
        _flags = ParseFlags(Json.String(o["flags"]) ?? "ALL");
        _and = (Json.String(o["default_operator"]) ?? "or").ToUpperInvariant() switch
        {
            "AND" => true,
            "OR" => false,
            var other => throw EmulatorError.BadRequest($"operator [{other}] is not allowed"),
        };
        _fields = compiler.Fields(o["fields"] is null ? ["*"] : Json.Strings(o["fields"]))
            .Where(f => f.Field.Kind is FieldKind.Text or FieldKind.Keyword || o["fields"] is not null).ToList();
        _analyzer = Json.String(o["analyzer"]) is { } name ? compiler.Snapshot.Index.Analysis.Analyzer(name) : null;
    }

    public Query Compile()
    {
        var text = Json.String(_o["query"]) ?? throw EmulatorError.Parsing("[simple_query_string] query text missing");
        var state = new State(text, 0, text.Length);
        ParseSubQuery(state);
        var top = state.Top is null ? MatchNoneQuery.Instance : state.Top.Build();
        if (Json.String(_o["minimum_should_match"]) is { } minimum && state.Top is { } level)
            top = level.Build(FullText.MinimumShouldMatch(level.Should.Count, minimum));
        var boost = QueryCompiler.Boost(_o);
        return boost == 1 ? top : new BoostQuery(top, boost);
    }

    private static Operators ParseFlags(string flags)
    {
        if (int.TryParse(flags, out var number))
            return number < 0 ? Operators.All : (Operators)number;
        var result = Operators.None;
        foreach (var flag in flags.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            result |= flag.ToUpperInvariant() switch
            {
                "ALL" => Operators.All,
                "NONE" => Operators.None,
                "AND" => Operators.And,
                "OR" => Operators.Or,
                "NOT" => Operators.Not,
                "PREFIX" => Operators.Prefix,
                "PHRASE" => Operators.Phrase,
                "PRECEDENCE" => Operators.Precedence,
                "ESCAPE" => Operators.Escape,
                "WHITESPACE" => Operators.Whitespace,
                "FUZZY" => Operators.Fuzzy,
                "NEAR" or "SLOP" => Operators.Near,
                _ => throw EmulatorError.BadRequest($"Unknown simple_query_string flag [{flag}]"),
            };
        }

        return result;
    }

    private bool Has(Operators o) => (_flags & o) != 0;

    private void ParseSubQuery(State state)
    {
        while (state.Index < state.End)
        {
            var c = state.Text[state.Index];
            if (c == '(' && Has(Operators.Precedence))
            {
                ConsumeSubQuery(state);
            }
            else if (c == '"' && Has(Operators.Phrase))
            {
                ConsumePhrase(state);
            }
            else if (c == '+' && Has(Operators.And))
            {
                if (state.Operation is null && state.Top is not null)
                    state.Operation = Occur.Must;
                state.Index++;
            }
            else if (c == '|' && Has(Operators.Or))
            {
                if (state.Operation is null && state.Top is not null)
                    state.Operation = Occur.Should;
                state.Index++;
            }
            else if (c == '-' && Has(Operators.Not))
            {
                state.Not++;
                state.Index++;
                continue;
            }
            else if (c is ' ' or '\t' or '\n' or '\r' && Has(Operators.Whitespace))
            {
                state.Index++;
            }
            else
            {
                ConsumeToken(state);
            }

            state.Not = 0;
        }
    }

    private void ConsumeSubQuery(State state)
    {
        var depth = 1;
        ConsumeGroup(
            state,
            s => s.Text[s.Index] switch
            {
                '(' => ++depth < 0,
                ')' => --depth == 0,
                _ => false,
            },
            (_, start) =>
            {
                var sub = new State(state.Text, start, state.Index);
                ParseSubQuery(sub);
                return sub.Top?.Build();
            });
    }

    private void ConsumePhrase(State state)
    {
        var hasSlop = false;
        ConsumeGroup(
            state,
            s =>
            {
                if (s.Text[s.Index] != '"')
                    return false;
                if (s.End > s.Index + 1 && s.Text[s.Index + 1] == '~' && Has(Operators.Near))
                {
                    s.Index++;
                    hasSlop = s.End > s.Index + 1;
                }

                return true;
            },
            (text, _) => Phrase(text, hasSlop ? ParseFuzziness(state) : 0));
    }

    /// <summary>
    /// Scans from an opening '(' or '"' to what <paramref name="closes"/> it (escaped characters never close), then
    /// as Lucene does: an opener never closed is ignored, an empty group drops the pending operator, and otherwise
    /// <paramref name="build"/> makes the group's clause from its text (escapes removed) or its start.
    /// </summary>
    private void ConsumeGroup(State state, Func<State, bool> closes, Func<string, int, Query?> build)
    {
        var start = ++state.Index;
        var copied = new StringBuilder();
        var escaped = false;
        while (state.Index < state.End)
        {
            var c = state.Text[state.Index];
            if (!escaped)
            {
                if (c == '\\' && Has(Operators.Escape))
                {
                    escaped = true;
                    state.Index++;
                    continue;
                }

                if (closes(state))
                    break;
            }

            escaped = false;
            copied.Append(c);
            state.Index++;
        }

        if (state.Index == state.End)
        {
            state.Index = start;
        }
        else if (state.Index == start)
        {
            state.Operation = null;
            state.Index++;
        }
        else
        {
            BuildQueryTree(state, build(copied.ToString(), start));
            state.Index++;
        }
    }

    private void ConsumeToken(State state)
    {
        var copied = new StringBuilder();
        var escaped = false;
        var prefix = false;
        var fuzzy = false;
        while (state.Index < state.End)
        {
            var c = state.Text[state.Index];
            if (!escaped)
            {
                if (c == '\\' && Has(Operators.Escape))
                {
                    escaped = true;
                    prefix = false;
                    state.Index++;
                    continue;
                }

                if (TokenFinished(state))
                    break;
                if (copied.Length > 0 && c == '~' && Has(Operators.Fuzzy))
                {
                    fuzzy = true;
                    break;
                }

                prefix = copied.Length > 0 && c == '*' && Has(Operators.Prefix);
            }

            escaped = false;
            copied.Append(c);
            state.Index++;
        }

        if (copied.Length == 0)
            return;
        Query? branch;
        if (fuzzy)
        {
            var fuzziness = Math.Min(ParseFuzziness(state), 2);
            branch = fuzziness == 0 ? Default(copied.ToString()) : Fuzzy(copied.ToString(), fuzziness);
        }
        else if (prefix)
        {
            branch = Prefix(copied.ToString(0, copied.Length - 1));
        }
        else
        {
            branch = Default(copied.ToString());
        }

        BuildQueryTree(state, branch);
    }

    private bool TokenFinished(State state) => state.Text[state.Index] switch
    {
        '"' => Has(Operators.Phrase),
        '|' => Has(Operators.Or),
        '+' => Has(Operators.And),
        '(' or ')' => Has(Operators.Precedence),
        ' ' or '\t' or '\n' or '\r' => Has(Operators.Whitespace),
        _ => false,
    };

    private int ParseFuzziness(State state)
    {
        if (state.Text[state.Index] != '~')
            return 0;
        var digits = new StringBuilder();
        while (state.Index < state.End)
        {
            state.Index++;
            if (state.Index < state.End)
            {
                if (TokenFinished(state))
                    break;
                digits.Append(state.Text[state.Index]);
            }
        }

        if (digits.Length == 0)
            return 2;
        return int.TryParse(digits.ToString(), out var fuzziness) ? Math.Max(0, fuzziness) : 0;
    }

    private void BuildQueryTree(State state, Query? branch)
    {
        if (branch is null)
            return;
        if (state.Not % 2 == 1)
            branch = new BoolQuery([], [new MatchAllQuery(1)], [branch], [], 0, 1);
        if (state.Top is null)
        {
            state.Top = new Clauses(branch);
        }
        else
        {
            state.Operation ??= _and ? Occur.Must : Occur.Should;
            if (state.Previous != state.Operation)
                state.Top = new Clauses(state.Top.Build(), state.Operation.Value);
            state.Top.Add(branch, state.Operation.Value);
            state.Previous = state.Operation;
        }

        state.Operation = null;
    }

    // The per-field queries Elasticsearch makes for each kind of clause; each sums its fields (dis_max, tie 1).
    private Query? Default(string text) => AcrossFields(f => FullText.Match(f, text, _and, null, null, _analyzer, 1));

    private Query? Phrase(string text, int slop) => AcrossFields(f =>
    {
        var suffix = Json.String(_o["quote_field_suffix"]);
        var field = suffix is not null && _compiler.Mapping.Field(f.Path + suffix) is { } quoted ? quoted : f;
        return FullText.Phrase(field, text, slop, _analyzer, 1);
    });

    private Query? Prefix(string text) => AcrossFields(f =>
    {
        if (f.Kind == FieldKind.Text && (Json.Bool(_o["analyze_wildcard"], "analyze_wildcard") ?? false))
        {
            var tokens = (_analyzer ?? f.SearchAnalyzer!).Tokens(text);
            if (tokens.Count == 0)
                return MatchNoneQuery.Instance;
            var clauses = tokens.Take(tokens.Count - 1).Select(t => (Query)new TermQuery(f, t.Term, 1))
                .Append(TermLevel.Prefix(f, tokens[^1].Term, false, 1)).ToList();
            return clauses.Count == 1 ? clauses[0] : _and ? new BoolQuery(clauses, [], [], [], 0, 1) : new BoolQuery([], clauses, [], [], 1, 1);
        }

        return TermLevel.Prefix(f, Normalize(f, text), false, 1);
    });

    private Query? Fuzzy(string text, int edits) => AcrossFields(f => FullText.Fuzzy(
        f, Normalize(f, text), edits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Json.Int(_o["fuzzy_prefix_length"], "fuzzy_prefix_length") ?? 0, Json.Bool(_o["fuzzy_transpositions"], "fuzzy_transpositions") ?? true, 1));

    private string Normalize(FieldMapping field, string text) =>
        field.Kind == FieldKind.Text ? (_analyzer ?? field.SearchAnalyzer!).Normalize(text) : field.NormalizeTerm(text);

    private Query? AcrossFields(Func<FieldMapping, Query> make)
    {
        var queries = new List<Query>();
        foreach (var (field, boost) in _fields)
        {
            var query = make(field);
            if (query is MatchNoneQuery)
                continue;
            queries.Add(boost == 1 ? query : new BoostQuery(query, boost));
        }

        return queries.Count switch
        {
            0 => null,
            1 => queries[0],
            _ => new DisMaxQuery(queries, 1.0),
        };
    }

    private enum Occur { Must, Should }

    /// <summary>A boolean level under construction: its clauses and how each occurs.</summary>
    private sealed class Clauses
    {
        private readonly Query? _single;
        private readonly List<(Query Query, Occur Occur)> _clauses = [];

        public Clauses(Query single) => _single = single;

        public Clauses(Query first, Occur occur) => _clauses.Add((first, occur));

        public List<Query> Should => [.. _clauses.Where(c => c.Occur == Occur.Should).Select(c => c.Query)];

        public void Add(Query query, Occur occur) => _clauses.Add((query, occur));

        public Query Build(int minimumShouldMatch = 0) => _single ?? new BoolQuery(
            [.. _clauses.Where(c => c.Occur == Occur.Must).Select(c => c.Query)], Should, [], [], minimumShouldMatch, 1);
    }

    private sealed class State(string text, int start, int end)
    {
        public string Text { get; } = text;

        public int Index { get; set; } = start;

        public int End { get; } = end;

        public Clauses? Top { get; set; }

        public Occur? Operation { get; set; }

        public Occur? Previous { get; set; }

        public int Not { get; set; }
    }
}
