using System.Text.Json.Nodes;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using LuceneTerms = QuoteIndex.Store.Lucene.QuoteDocument;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>Speakers: autocomplete by a prefix of any word of the key, and the counts behind a speaker's page, from aggregations.</summary>
public sealed partial class ElasticsearchQuoteStore
{
    /// <summary>Most outlets or venues a speaker page lists; Lucene lists all, and no real speaker comes near this.</summary>
    internal const int MaxListedValues = 10_000;

    public async Task<IReadOnlyList<SpeakerSuggestion>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var key = Speaker.KeyFor(prefix);
        if (key.Length == 0)
            return [];
        await ReadyAsync(cancellationToken);
        var answer = await SearchAsync(SuggestBody(key, limit), $"suggesting speakers from '{Alias}'", cancellationToken);
        return [.. (answer["aggregations"]?["speakers"]?["buckets"]?.AsArray() ?? []).Select(bucket => new SpeakerSuggestion(
            Key(bucket!),
            bucket!["names"]?["buckets"]?.AsArray() is [{ } name, ..] ? Key(name) : Key(bucket),
            bucket["doc_count"]!.GetValue<long>()))];
    }

    internal static JsonObject SuggestBody(string key, int limit)
    {
        var speakers = QuoteQueryDsl.TermsAggregation("speakerKey", limit);
        speakers["aggs"] = new JsonObject { ["names"] = QuoteQueryDsl.TermsAggregation("speakerName.keyword", 1) };
        return new JsonObject
        {
            ["query"] = QuoteQueryDsl.AllOf([new JsonObject { ["prefix"] = new JsonObject { ["speakerSuggest"] = new JsonObject { ["value"] = key } } }]),
            ["size"] = 0,
            ["aggs"] = new JsonObject { ["speakers"] = speakers },
        };
    }

    public async Task<SpeakerStatistics?> GetSpeakerStatisticsAsync(string speakerKey, QuoteFilter filter, int recent, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(speakerKey);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(recent);
        await ReadyAsync(cancellationToken);
        var answer = await SearchAsync(SpeakerBody(speakerKey, filter, recent), $"counting the quotes of speaker {speakerKey} in '{Alias}'", cancellationToken);
        var names = Counts(answer["aggregations"]?["names"]);
        if (names.Count == 0)
            return null;

        var matching = answer["aggregations"]!["matching"]!;
        var months = new SortedDictionary<(int Year, int Month), long>();
        foreach (var part in new[] { "statementMonths", "publishedMonths" })
        {
            foreach (var bucket in matching[part]?["months"]?["buckets"]?.AsArray() ?? [])
            {
                var count = bucket!["doc_count"]!.GetValue<long>();
                if (count == 0)
                    continue;
                var day = Day(bucket["key"]!);
                months[(day.Year, day.Month)] = months.GetValueOrDefault((day.Year, day.Month)) + count;
            }
        }

        return new SpeakerStatistics(
            speakerKey,
            names,
            answer["hits"]!["total"]!["value"]!.GetValue<long>(),
            Value(matching["firstStatement"]) is { } firstDay ? Day(firstDay) : null,
            Value(matching["lastStatement"]) is { } lastDay ? Day(lastDay) : null,
            Value(matching["firstPublished"]) is { } first ? DateTimeOffset.FromUnixTimeMilliseconds(Millis(first)) : null,
            Value(matching["lastPublished"]) is { } last ? DateTimeOffset.FromUnixTimeMilliseconds(Millis(last)) : null,
            Counts(matching["outlets"]),
            Counts(matching["venues"]),
            [.. months.Select(m => new MonthCount(m.Key.Year, m.Key.Month, m.Value))],
            matching["undated"]!["doc_count"]!.GetValue<long>(),
            recent == 0 ? [] : [.. Hits(answer).Select(hit => ReadQuote(hit!))]);
    }

    /// <summary>
    /// One search: the query is the speaker's key alone, so "names" counts every name whatever the filter; the filter
    /// is the post_filter of the recent hits (and so of the total) and the filter aggregation the counts sit under.
    /// </summary>
    internal static JsonObject SpeakerBody(string speakerKey, QuoteFilter filter, int recent)
    {
        var conditions = QuoteQueryDsl.AllConditions(filter with { SpeakerKeys = [] });
        var body = new JsonObject
        {
            ["query"] = QuoteQueryDsl.AllOf([QuoteQueryDsl.Term("speakerKey", LuceneTerms.Keyword(speakerKey))]),
            ["size"] = recent,
            ["track_total_hits"] = true,
            ["_source"] = new JsonArray("quote"),
            ["sort"] = new JsonArray(QuoteQueryDsl.DateSort("published", newestFirst: true), QuoteQueryDsl.ById()),
            ["aggs"] = new JsonObject
            {
                ["names"] = QuoteQueryDsl.TermsAggregation("speakerName.keyword", MaxListedValues),
                ["matching"] = new JsonObject
                {
                    ["filter"] = QuoteQueryDsl.AllOf(conditions),
                    ["aggs"] = new JsonObject
                    {
                        ["outlets"] = QuoteQueryDsl.TermsAggregation("outlet", MaxListedValues),
                        ["venues"] = QuoteQueryDsl.TermsAggregation("venue", MaxListedValues),
                        ["firstStatement"] = new JsonObject { ["min"] = new JsonObject { ["field"] = "statementDate" } },
                        ["lastStatement"] = new JsonObject { ["max"] = new JsonObject { ["field"] = "statementDate" } },
                        ["firstPublished"] = new JsonObject { ["min"] = new JsonObject { ["field"] = "published" } },
                        ["lastPublished"] = new JsonObject { ["max"] = new JsonObject { ["field"] = "published" } },
                        // A quote counts in the month of its statement, or of its article when the statement's year is unknown.
                        ["statementMonths"] = Months(QuoteQueryDsl.Exists("statementDate"), "statementDate"),
                        ["publishedMonths"] = Months(
                            QuoteQueryDsl.Bool(new JsonObject { ["filter"] = new JsonArray(QuoteQueryDsl.Exists("published")), ["must_not"] = new JsonArray(QuoteQueryDsl.Exists("statementDate")) }),
                            "published"),
                        ["undated"] = new JsonObject
                        {
                            ["filter"] = QuoteQueryDsl.Bool(new JsonObject { ["must_not"] = new JsonArray(QuoteQueryDsl.Exists("statementDate"), QuoteQueryDsl.Exists("published")) }),
                        },
                    },
                },
            },
        };
        if (conditions.Count > 0)
            body["post_filter"] = QuoteQueryDsl.AllOf(conditions);
        return body;
    }

    private static JsonObject Months(JsonObject filter, string field) => new()
    {
        ["filter"] = filter,
        ["aggs"] = new JsonObject
        {
            ["months"] = new JsonObject { ["date_histogram"] = new JsonObject { ["field"] = field, ["calendar_interval"] = "month", ["min_doc_count"] = 1 } },
        },
    };

    private static List<ValueCount> Counts(JsonNode? terms) =>
        [.. (terms?["buckets"]?.AsArray() ?? []).Select(b => new ValueCount(Key(b!), b!["doc_count"]!.GetValue<long>()))];

    /// <summary>A min or max aggregation's value; null when no quote had the field.</summary>
    private static JsonNode? Value(JsonNode? aggregation) => aggregation?["value"] is { } value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? value : null;
}
