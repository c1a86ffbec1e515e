using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

/// <summary>
/// more_like_this as Elasticsearch's XMoreLikeThis builds it: the like text analysed per field, terms kept by
/// min_term_freq, min_doc_freq, max_doc_freq and word length, ranked by tf × idf (classic idf, the term's best field),
/// the top max_query_terms as optional term queries with minimum_should_match over them.
/// </summary>
internal sealed class MoreLikeThis
{
    private readonly QueryCompiler _compiler;
    private readonly JsonObject _o;

    public MoreLikeThis(QueryCompiler compiler, JsonObject o)
    {
        Json.OnlyKeys(o, "more_like_this", "fields", "like", "unlike", "min_term_freq", "min_doc_freq", "max_doc_freq", "max_query_terms",
            "minimum_should_match", "min_word_length", "max_word_length", "stop_words", "analyzer", "boost_terms", "include", "boost", "fail_on_unsupported_field");
        _compiler = compiler;
        _o = o;
    }

    public Query Compile()
    {
        if (_o["unlike"] is not null)
            throw EmulatorError.NotEmulated("more_like_this [unlike]");
        var fields = _compiler.Fields(_o["fields"] is null ? ["*"] : Json.Strings(_o["fields"])).Select(f => f.Field).Where(f => f.Kind == FieldKind.Text).ToList();
        var minTermFreq = Json.Int(_o["min_term_freq"], "min_term_freq") ?? 2;
        var minDocFreq = Json.Int(_o["min_doc_freq"], "min_doc_freq") ?? 5;
        var maxDocFreq = Json.Int(_o["max_doc_freq"], "max_doc_freq") ?? int.MaxValue;
        var maxQueryTerms = Json.Int(_o["max_query_terms"], "max_query_terms") ?? 25;
        var minWordLength = Json.Int(_o["min_word_length"], "min_word_length") ?? 0;
        var maxWordLength = Json.Int(_o["max_word_length"], "max_word_length") ?? 0;
        var stopWords = Json.Strings(_o["stop_words"]).ToHashSet(StringComparer.Ordinal);
        var analyzer = Json.String(_o["analyzer"]) is { } name ? _compiler.Snapshot.Index.Analysis.Analyzer(name) : null;
        var boostTerms = Json.Double(_o["boost_terms"], "boost_terms") ?? 0;
        if (Json.Bool(_o["include"], "include") is true)
            throw EmulatorError.NotEmulated("more_like_this [include]");

        var (texts, likedIds) = Likes(fields);
        // Term frequencies of the like texts, per field.
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            foreach (var text in texts.Where(t => t.Field is null || t.Field == field.Path))
            {
                foreach (var token in (analyzer ?? field.Analyzer!).Tokens(text.Text))
                {
                    var word = token.Term;
                    if ((minWordLength > 0 && word.Length < minWordLength) || (maxWordLength > 0 && word.Length > maxWordLength) || stopWords.Contains(word))
                        continue;
                    frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
                }
            }
        }

        var numDocs = _compiler.Snapshot.Documents.Count;
        var scored = new List<(string Word, FieldMapping Field, double Score)>();
        foreach (var (word, tf) in frequencies)
        {
            if (minTermFreq > 0 && tf < minTermFreq)
                continue;
            var top = fields[0];
            var docFreq = 0;
            foreach (var field in fields)
            {
                var freq = _compiler.Snapshot.Statistics(field.Path).DocFreq.GetValueOrDefault(word);
                if (freq > docFreq)
                    (top, docFreq) = (field, freq);
            }

            if ((minDocFreq > 0 && docFreq < minDocFreq) || docFreq > maxDocFreq || docFreq == 0)
                continue;
            var idf = Math.Log((numDocs + 1) / (double)(docFreq + 1)) + 1;
            scored.Add((word, top, tf * idf));
        }

        var chosen = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Word, StringComparer.Ordinal).Take(maxQueryTerms).ToList();
        if (chosen.Count == 0)
            return MatchNoneQuery.Instance;
        var best = chosen[0].Score;
        var clauses = chosen.Select(c => (Query)new TermQuery(c.Field, c.Word, boostTerms > 0 ? boostTerms * c.Score / best : 1)).ToList();
        var minimum = FullText.MinimumShouldMatch(clauses.Count, Json.String(_o["minimum_should_match"]) ?? "30%");
        var exclude = likedIds.Count == 0 ? [] : new List<Query> { new IdsQuery(likedIds, 1) };
        return new BoolQuery([], clauses, exclude, [], minimum, QueryCompiler.Boost(_o));
    }

    /// <summary>The like texts (a field name when it came from a document's field) and the liked documents' ids.</summary>
    private (List<(string? Field, string Text)> Texts, HashSet<string> Ids) Likes(List<FieldMapping> fields)
    {
        var texts = new List<(string?, string)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var like in Json.Many(_o["like"] ?? throw EmulatorError.BadRequest("more_like_this requires 'like' to be specified")))
        {
            if (like is JsonObject document)
            {
                Json.OnlyKeys(document, "like", "_index", "_id");
                var id = Json.String(document["_id"]) ?? throw EmulatorError.NotEmulated("more_like_this artificial documents");
                ids.Add(id);
                if (_compiler.Snapshot.Index.Get(id) is not { } stored)
                    continue;
                foreach (var field in fields)
                {
                    foreach (var value in stored.Field(field.Path)?.Values ?? [])
                        texts.Add((field.Path, value));
                }
            }
            else
            {
                texts.Add((null, Json.String(like) ?? ""));
            }
        }

        return (texts, ids);
    }
}
