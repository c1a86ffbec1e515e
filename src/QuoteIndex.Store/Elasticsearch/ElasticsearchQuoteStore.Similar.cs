using System.Text.Json.Nodes;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>Candidates for statement verification: the same words first, then more_like_this tuned for short texts.</summary>
public sealed partial class ElasticsearchQuoteStore
{
    /// <summary>The rarest words of a statement that are looked up (the Lucene store's bound).</summary>
    internal const int MaxSimilarTerms = 32;

    // Far above what shared words score, so the same words always come first.
    private const int ExactKeyBoost = 100;

    /// <summary>
    /// One word of one or two; two of three to six; then 30% rounded up (written as all but 70% rounded down): the
    /// share the Lucene store asks of a candidate, over the statement's words that the index holds.
    /// </summary>
    internal const string MinimumShouldMatch = "1<1 2<2 6<-70%";

    public async Task<IReadOnlyList<Quote>> FindSimilarAsync(string statement, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await ReadyAsync(cancellationToken);
        var answer = await SearchAsync(SimilarBody(statement, limit), $"looking up statements like one in '{Alias}'", cancellationToken);
        return [.. Hits(answer).Select(hit => ReadQuote(hit!))];
    }

    /// <summary>
    /// more_like_this counts every word once (min_term_freq 1) and keeps words only one quote has (min_doc_freq 1):
    /// its defaults, made for documents, would drop every word of a one-sentence statement.
    /// </summary>
    internal static JsonObject SimilarBody(string statement, int limit)
    {
        var should = new JsonArray();
        if (QuoteText.Normalise(statement).Length > 0)
            should.Add(new JsonObject { ["term"] = new JsonObject { ["exactKey"] = new JsonObject { ["value"] = QuoteText.ExactKey(statement), ["boost"] = ExactKeyBoost } } });
        should.Add(new JsonObject
        {
            ["more_like_this"] = new JsonObject
            {
                ["fields"] = new JsonArray(QuoteQueryDsl.Text),
                ["like"] = statement,
                ["min_term_freq"] = 1,
                ["min_doc_freq"] = 1,
                ["max_query_terms"] = MaxSimilarTerms,
                ["minimum_should_match"] = MinimumShouldMatch,
            },
        });
        return new JsonObject
        {
            ["query"] = QuoteQueryDsl.Bool(new JsonObject { ["should"] = should, ["minimum_should_match"] = 1 }),
            ["size"] = limit,
            ["_source"] = new JsonArray("quote"),
            ["sort"] = new JsonArray(new JsonObject { ["_score"] = new JsonObject { ["order"] = "desc" } }, QuoteQueryDsl.ById()),
        };
    }
}
