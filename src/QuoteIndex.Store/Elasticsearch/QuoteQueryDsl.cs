using System.Globalization;
using System.Text.Json.Nodes;
using Lucene.Net.Analysis;
using QuoteIndex.Core.Search;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Lucene.Search;
using LuceneTerms = QuoteIndex.Store.Lucene.QuoteDocument;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// <see cref="QuoteQuery"/> parts as Elasticsearch query DSL, clause for clause as <see cref="SearchTranslator"/> and
/// <see cref="Lucene.LuceneQueryBuilder"/> build them for Lucene: words as phrases of the stemmed "text", quoted
/// phrases on "text.exact", prefixes and fuzzy words on the exact words; filters as term, terms and range clauses.
/// </summary>
internal static class QuoteQueryDsl
{
    public const string Text = "text";
    public const string TextExact = "text.exact";

    /// <summary>The scoring query for <paramref name="expression"/>; match_all when it is null.</summary>
    /// <param name="expression">The parsed text.</param>
    /// <param name="analyzer">The Lucene store's analyser, whose "text" and "text_exact" split words as the mapping's analysers do.</param>
    public static JsonObject Match(SearchExpression? expression, Analyzer analyzer)
    {
        if (expression is null)
            return MatchAll();
        var must = new JsonArray();
        var mustNot = new JsonArray();
        foreach (var clause in expression.Clauses)
        {
            if (Node(clause.Node, analyzer) is { } query)
                (clause.Excluded ? mustNot : must).Add(query);
        }

        // Only stop words, or only exclusions: a search for nothing finds nothing, as on Lucene.
        if (must.Count == 0)
            return new JsonObject { ["match_none"] = new JsonObject() };
        var boolean = new JsonObject { ["must"] = must };
        if (mustNot.Count > 0)
            boolean["must_not"] = mustNot;
        return Bool(boolean);
    }

    private static JsonObject? Node(SearchNode node, Analyzer analyzer) => node switch
    {
        // One typed word the analyser splits ("e-mail") stays together, as a phrase.
        Word word => SearchTranslator.Terms(LuceneTerms.Text, word.Text, analyzer).Count == 0 ? null : Phrase(Text, word.Text),
        Phrase phrase => SearchTranslator.Terms(LuceneTerms.TextExact, phrase.Text, analyzer).Count == 0 ? null : Phrase(TextExact, phrase.Text),
        Prefix prefix => SearchTranslator.Terms(LuceneTerms.TextExact, prefix.Text, analyzer) is [.. var rest, var last]
            ? With(rest, new JsonObject { ["prefix"] = new JsonObject { [TextExact] = new JsonObject { ["value"] = last } } })
            : null,
        Fuzzy fuzzy => SearchTranslator.Terms(LuceneTerms.TextExact, fuzzy.Text, analyzer) is [.. var rest, var last]
            ? With(rest, new JsonObject
            {
                ["fuzzy"] = new JsonObject
                {
                    [TextExact] = new JsonObject
                    {
                        ["value"] = last,
                        ["fuzziness"] = fuzzy.MaxEdits,
                        ["prefix_length"] = 1,
                        ["max_expansions"] = SearchTranslator.MaxFuzzyExpansions,
                        ["transpositions"] = true,
                    },
                },
            })
            : null,
        AnyOf any => AnyOfNodes(any, analyzer),
        EveryQuote => MatchAll(),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "Unknown search node."),
    };

    private static JsonObject? AnyOfNodes(AnyOf any, Analyzer analyzer)
    {
        var options = new JsonArray();
        foreach (var option in any.Options)
        {
            if (Node(option, analyzer) is { } query)
                options.Add(query);
        }

        return options.Count == 0 ? null : Bool(new JsonObject { ["should"] = options, ["minimum_should_match"] = 1 });
    }

    // Words an analyser split one typed word into stay required ahead of the last one, as on Lucene.
    private static JsonObject With(IReadOnlyList<string> before, JsonObject last)
    {
        if (before.Count == 0)
            return last;
        var must = new JsonArray([.. before.Select(term => (JsonNode)Term(TextExact, term))]);
        must.Add(last);
        return Bool(new JsonObject { ["must"] = must });
    }

    private static JsonObject Phrase(string field, string text) =>
        new() { ["match_phrase"] = new JsonObject { [field] = new JsonObject { ["query"] = text } } };

    /// <summary>The filters of <paramref name="filter"/> that are not facets: languages, dates, confidence.</summary>
    public static List<JsonObject> Conditions(QuoteFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var all = new List<JsonObject>();
        AddAnyOf(all, "language", filter.Languages.Select(l => l.ToLowerInvariant()));
        if (filter.StatementDates is { } statement)
            all.Add(Range("statementDate", statement.From is { } f ? Day(f) : null, statement.To is { } t ? Day(t) : null));
        if (filter.PublishedDates is { } published)
        {
            // Whole UTC days: from the first millisecond of From to the last of To.
            all.Add(Range("published",
                published.From is { } f ? Instant(f.ToDateTime(TimeOnly.MinValue)) : null,
                published.To is { } t ? Instant(t.ToDateTime(TimeOnly.MaxValue)) : null));
        }

        if (filter.MinConfidence is { } confidence)
            all.Add(Range("confidence", JsonValue.Create(LuceneTerms.ConfidenceTerm(confidence) / 1000.0), null));
        return all;
    }

    /// <summary>The facet filters of <paramref name="filter"/> (speaker, outlet, venue type, kind), in <see cref="FacetNames.All"/> order; null where unset.</summary>
    public static JsonObject?[] FacetConditions(QuoteFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return
        [
            AnyOf("speakerKey", filter.SpeakerKeys),
            AnyOf("outlet", filter.Outlets),
            AnyOf("venueType", filter.VenueTypes.Select(LuceneTerms.VenueTypeTerm)),
            AnyOf("kind", filter.Kinds.Select(LuceneTerms.KindTerm)),
        ];
    }

    /// <summary>The field each facet counts, in <see cref="FacetNames.All"/> order.</summary>
    public static readonly IReadOnlyList<string> FacetFields = ["speakerKey", "outlet", "venueType", "kind"];

    /// <summary>Every condition of <paramref name="filter"/>, facets included, as filter clauses.</summary>
    public static List<JsonObject> AllConditions(QuoteFilter filter) =>
        [.. Conditions(filter), .. FacetConditions(filter).OfType<JsonObject>()];

    /// <summary>A bool query with <paramref name="must"/> scoring and <paramref name="filters"/> not; just <paramref name="must"/> without filters.</summary>
    public static JsonObject Filtered(JsonObject must, IReadOnlyCollection<JsonObject> filters) =>
        filters.Count == 0 ? must : Bool(new JsonObject { ["must"] = new JsonArray(must), ["filter"] = Array(filters) });

    /// <summary>A bool query of <paramref name="filters"/> alone; match_all when there are none.</summary>
    public static JsonObject AllOf(IReadOnlyCollection<JsonObject> filters) =>
        filters.Count == 0 ? MatchAll() : Bool(new JsonObject { ["filter"] = Array(filters) });

    public static JsonObject Bool(JsonObject clauses) => new() { ["bool"] = clauses };

    public static JsonObject MatchAll() => new() { ["match_all"] = new JsonObject() };

    public static JsonObject Term(string field, string value) => new() { ["term"] = new JsonObject { [field] = new JsonObject { ["value"] = value } } };

    public static JsonObject Terms(string field, IEnumerable<string> values) =>
        new() { ["terms"] = new JsonObject { [field] = Strings(values) } };

    public static JsonObject Exists(string field) => new() { ["exists"] = new JsonObject { ["field"] = field } };

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    /// <summary>The nodes as an array; a node already placed elsewhere (one filter in the query and in aggregations) is copied.</summary>
    public static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes.Select(n => n.Parent is null ? n : n.DeepClone())]);

    /// <summary>A terms aggregation, most frequent first and ties by value, as the Lucene store ranks.</summary>
    public static JsonObject TermsAggregation(string field, int size) => new()
    {
        ["terms"] = new JsonObject
        {
            ["field"] = field,
            ["size"] = size,
            ["order"] = new JsonArray(new JsonObject { ["_count"] = "desc" }, new JsonObject { ["_key"] = "asc" }),
        },
    };

    /// <summary>A sort clause on a date, missing values last whichever the direction.</summary>
    public static JsonObject DateSort(string field, bool newestFirst) =>
        new() { [field] = new JsonObject { ["order"] = newestFirst ? "desc" : "asc", ["missing"] = "_last" } };

    public static JsonObject ById() => new() { ["id"] = new JsonObject { ["order"] = "asc" } };

    /// <summary>"2024-03-05", as the statementDate mapping and date_histogram bounds take a day.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static JsonObject Range(string field, JsonNode? from, JsonNode? to)
    {
        var bounds = new JsonObject();
        if (from is not null)
            bounds["gte"] = from;
        if (to is not null)
            bounds["lte"] = to;
        return new JsonObject { ["range"] = new JsonObject { [field] = bounds } };
    }

    private static JsonObject? AnyOf(string field, IEnumerable<string> values)
    {
        var distinct = values.Select(LuceneTerms.Keyword).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : Terms(field, distinct);
    }

    private static void AddAnyOf(List<JsonObject> all, string field, IEnumerable<string> values)
    {
        if (AnyOf(field, values) is { } any)
            all.Add(any);
    }
}
