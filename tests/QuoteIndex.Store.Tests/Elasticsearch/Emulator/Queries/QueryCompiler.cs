using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

/// <summary>
/// Turns a query DSL object into a <see cref="Query"/> against one index's mapping, as Elasticsearch 9 reads it.
/// Unknown query types and parameters fail with a 400 naming them (a query the emulator would ignore a part of must
/// not pass for one it answered).
/// </summary>
internal sealed class QueryCompiler(IndexSnapshot snapshot, TimeProvider clock)
{
    public IndexMapping Mapping => snapshot.Index.Mapping;

    public IndexSnapshot Snapshot => snapshot;

    public TimeProvider Clock => clock;

    public Query Compile(JsonNode? node)
    {
        if (node is null)
            return new MatchAllQuery(1);
        var o = Json.Object(node, "query");
        if (o.Count != 1)
            throw EmulatorError.Parsing($"[_na] query malformed, must start with start_object; found {o.Count} keys");
        var (type, body) = o.First();
        return type switch
        {
            "match_all" => new MatchAllQuery(Boost(Keys(body, type, "boost"))),
            "match_none" => MatchNoneQuery.Instance,
            "bool" => Bool(Keys(body, type, "must", "should", "must_not", "filter", "minimum_should_match", "boost")),
            "constant_score" => ConstantScore(Keys(body, type, "filter", "boost")),
            "dis_max" => DisMax(Keys(body, type, "queries", "tie_breaker", "boost")),
            "term" => Term(Json.Object(body, type)),
            "terms" => Terms(Json.Object(body, type)),
            "range" => Range(Json.Object(body, type)),
            "exists" => Exists(Keys(body, type, "field", "boost")),
            "ids" => Ids(Keys(body, type, "values", "boost")),
            "prefix" => MultiTerm(Json.Object(body, type), type, "value"),
            "wildcard" => MultiTerm(Json.Object(body, type), type, "value"),
            "fuzzy" => MultiTerm(Json.Object(body, type), type, "value"),
            "match" => Match(Json.Object(body, type)),
            "match_phrase" => MatchPhrase(Json.Object(body, type)),
            "multi_match" => MultiMatch(Keys(body, type, "query", "fields", "type", "operator", "minimum_should_match", "tie_breaker", "boost", "analyzer", "slop", "fuzziness", "lenient", "zero_terms_query")),
            "simple_query_string" => new SimpleQueryString(this, Json.Object(body, type)).Compile(),
            "more_like_this" => new MoreLikeThis(this, Json.Object(body, type)).Compile(),
            _ => throw EmulatorError.NotEmulated($"query [{type}]"),
        };
    }

    private static JsonObject Keys(JsonNode? body, string query, params string[] known)
    {
        var o = Json.Object(body, query);
        Json.OnlyKeys(o, query, known);
        return o;
    }

    public static double Boost(JsonObject o) => Json.Double(o["boost"], "boost") ?? 1;

    /// <summary>Field names as queries give them: "text^2", "text.*", "*".</summary>
    public List<(FieldMapping Field, double Boost)> Fields(IEnumerable<string> patterns)
    {
        var result = new List<(FieldMapping, double)>();
        foreach (var pattern in patterns)
        {
            var at = pattern.IndexOf('^', StringComparison.Ordinal);
            var (name, boost) = at < 0 ? (pattern, 1.0) : (pattern[..at], double.Parse(pattern[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            if (name.Contains('*', StringComparison.Ordinal))
            {
                var prefix = name[..name.IndexOf('*', StringComparison.Ordinal)];
                result.AddRange(Mapping.Fields.Values.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && f.Kind is FieldKind.Text or FieldKind.Keyword).Select(f => (f, boost)));
            }
            else if (Mapping.Field(name) is { } field)
            {
                result.Add((field, boost));
            }
        }

        return result;
    }

    private Query Bool(JsonObject o)
    {
        List<Query> Clauses(string key) => [.. Json.Many(o[key]).Select(Compile)];
        var should = Clauses("should");
        var minimum = FullText.MinimumShouldMatch(should.Count, Json.String(o["minimum_should_match"]));
        var must = Clauses("must");
        var mustNot = Clauses("must_not");
        var filter = Clauses("filter");
        if (must.Count == 0 && filter.Count == 0 && should.Count == 0 && mustNot.Count > 0)
            filter.Add(new MatchAllQuery(1));
        return new BoolQuery(must, should, mustNot, filter, minimum, Boost(o));
    }

    private ConstantScoreQuery ConstantScore(JsonObject o) =>
        new(Compile(o["filter"] ?? throw EmulatorError.Parsing("[constant_score] requires a 'filter' element")), Boost(o));

    private DisMaxQuery DisMax(JsonObject o) =>
        new([.. Json.Many(o["queries"]).Select(Compile)], Json.Double(o["tie_breaker"], "tie_breaker") ?? 0, Boost(o));

    private Query Term(JsonObject o)
    {
        var (name, value) = Json.SingleField(o, "term");
        string text;
        double boost = 1;
        var caseInsensitive = false;
        if (value is JsonObject options)
        {
            Json.OnlyKeys(options, "term", "value", "boost", "case_insensitive");
            text = Json.String(options["value"]) ?? throw EmulatorError.Parsing("[term] query requires a value");
            boost = Boost(options);
            caseInsensitive = Json.Bool(options["case_insensitive"], "case_insensitive") ?? false;
        }
        else
        {
            text = Json.String(value) ?? throw EmulatorError.Parsing("[term] query requires a value");
        }

        if (name == "_id")
            return new IdsQuery(new HashSet<string>([text], StringComparer.Ordinal), boost);
        return Mapping.Field(name) is { } field ? TermLevel.Term(field, text, boost, caseInsensitive, clock) : MatchNoneQuery.Instance;
    }

    private Query Terms(JsonObject o)
    {
        var (name, value) = Json.SingleField(o, "terms", "boost");
        if (value is JsonObject)
            throw EmulatorError.NotEmulated("terms lookup");
        var values = Json.Strings(value).ToList();
        if (name == "_id")
            return new IdsQuery(values.ToHashSet(StringComparer.Ordinal), Boost(o));
        return Mapping.Field(name) is { } field ? TermLevel.Terms(field, values, Boost(o), clock) : MatchNoneQuery.Instance;
    }

    private Query Range(JsonObject o)
    {
        var (name, value) = Json.SingleField(o, "range");
        var options = Json.Object(value, "range");
        Json.OnlyKeys(options, "range", "gt", "gte", "lt", "lte", "from", "to", "include_lower", "include_upper", "format", "time_zone", "boost", "relation");
        if (Json.String(options["time_zone"]) is { } zone && zone is not ("UTC" or "Z" or "+00:00" or "Etc/UTC"))
            throw EmulatorError.NotEmulated($"range time_zone [{zone}]");
        var (gt, gte, lt, lte) = (Json.String(options["gt"]), Json.String(options["gte"]), Json.String(options["lt"]), Json.String(options["lte"]));
        if (options.ContainsKey("from"))
        {
            if (Json.Bool(options["include_lower"], "include_lower") ?? true)
                gte = Json.String(options["from"]);
            else
                gt = Json.String(options["from"]);
        }

        if (options.ContainsKey("to"))
        {
            if (Json.Bool(options["include_upper"], "include_upper") ?? true)
                lte = Json.String(options["to"]);
            else
                lt = Json.String(options["to"]);
        }

        return Mapping.Field(name) is { } field
            ? TermLevel.Range(field, gt, gte, lt, lte, Json.String(options["format"]), Boost(options), clock)
            : MatchNoneQuery.Instance;
    }

    private Query Exists(JsonObject o)
    {
        var name = Json.String(o["field"]) ?? throw EmulatorError.Parsing("[exists] must be provided with a [field]");
        var fields = Mapping.Fields.Keys.Where(p => p == name || p.StartsWith(name + ".", StringComparison.Ordinal)).ToList();
        return fields.Count == 0 ? MatchNoneQuery.Instance : new ExistsQuery(fields, Boost(o));
    }

    private static IdsQuery Ids(JsonObject o) => new(Json.Strings(o["values"]).ToHashSet(StringComparer.Ordinal), Boost(o));

    private Query MultiTerm(JsonObject o, string type, string valueKey)
    {
        var (name, value) = Json.SingleField(o, type);
        var options = value as JsonObject ?? new JsonObject { [valueKey] = value?.DeepClone() };
        Json.OnlyKeys(options, type, "value", "wildcard", "boost", "case_insensitive", "rewrite", "fuzziness", "prefix_length", "max_expansions", "transpositions");
        var text = Json.String(options["value"] ?? options["wildcard"]) ?? throw EmulatorError.Parsing($"[{type}] requires a value");
        if (Mapping.Field(name) is not { } field)
            return MatchNoneQuery.Instance;
        var caseInsensitive = Json.Bool(options["case_insensitive"], "case_insensitive") ?? false;
        return type switch
        {
            "prefix" => TermLevel.Prefix(field, text, caseInsensitive, Boost(options)),
            "wildcard" => TermLevel.Wildcard(field, text, caseInsensitive, Boost(options)),
            _ => FullText.Fuzzy(field, field.Kind == FieldKind.Keyword ? field.NormalizeTerm(text) : text, Json.String(options["fuzziness"]) ?? "AUTO",
                Json.Int(options["prefix_length"], "prefix_length") ?? 0, Json.Bool(options["transpositions"], "transpositions") ?? true, Boost(options)),
        };
    }

    private Query Match(JsonObject o)
    {
        var (name, value) = Json.SingleField(o, "match");
        var options = value as JsonObject ?? new JsonObject { ["query"] = value?.DeepClone() };
        Json.OnlyKeys(options, "match", "query", "operator", "minimum_should_match", "fuzziness", "analyzer", "boost", "zero_terms_query", "lenient", "prefix_length", "max_expansions", "auto_generate_synonyms_phrase_query");
        if (Json.String(options["zero_terms_query"]) is "all")
            throw EmulatorError.NotEmulated("zero_terms_query [all]");
        if (Mapping.Field(name) is not { } field)
            return MatchNoneQuery.Instance;
        return FullText.Match(field, Json.String(options["query"]) ?? "", IsAnd(options), Json.String(options["minimum_should_match"]),
            Json.String(options["fuzziness"]), Analyzer(options), Boost(options));
    }

    private Query MatchPhrase(JsonObject o)
    {
        var (name, value) = Json.SingleField(o, "match_phrase");
        var options = value as JsonObject ?? new JsonObject { ["query"] = value?.DeepClone() };
        Json.OnlyKeys(options, "match_phrase", "query", "slop", "analyzer", "boost", "zero_terms_query");
        return Mapping.Field(name) is { } field
            ? FullText.Phrase(field, Json.String(options["query"]) ?? "", Json.Int(options["slop"], "slop") ?? 0, Analyzer(options), Boost(options))
            : MatchNoneQuery.Instance;
    }

    private Query MultiMatch(JsonObject o)
    {
        var text = Json.String(o["query"]) ?? throw EmulatorError.Parsing("[multi_match] requires query value");
        var fields = Fields(o["fields"] is null ? ["*"] : Json.Strings(o["fields"]));
        var type = Json.String(o["type"]) ?? "best_fields";
        var analyzer = Analyzer(o);
        var perField = fields.Select(f => type switch
        {
            "best_fields" or "most_fields" => FullText.Match(f.Field, text, IsAnd(o), Json.String(o["minimum_should_match"]), Json.String(o["fuzziness"]), analyzer, f.Boost),
            "phrase" => FullText.Phrase(f.Field, text, Json.Int(o["slop"], "slop") ?? 0, analyzer, f.Boost),
            _ => throw EmulatorError.NotEmulated($"multi_match type [{type}]"),
        }).ToList();
        if (perField.Count == 0)
            return MatchNoneQuery.Instance;
        Query combined = type == "most_fields"
            ? new BoolQuery([], perField, [], [], 1, 1)
            : new DisMaxQuery(perField, Json.Double(o["tie_breaker"], "tie_breaker") ?? 0);
        return new BoostQuery(combined, Boost(o));
    }

    private static bool IsAnd(JsonObject o) => (Json.String(o["operator"]) ?? "or").ToUpperInvariant() switch
    {
        "AND" => true,
        "OR" => false,
        var other => throw EmulatorError.BadRequest($"operator [{other}] is not allowed"),
    };

    private TextAnalyzer? Analyzer(JsonObject o) => Json.String(o["analyzer"]) is { } name ? snapshot.Index.Analysis.Analyzer(name) : null;
}
