using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Transport;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Store.Elasticsearch;
using QuoteIndex.Store.Tests.Conformance;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

/// <summary>
/// The emulator answers as Elasticsearch 9 does: requests go through the real client and its transport, the
/// answers are checked for the statuses and JSON shapes a real node writes (see the ES 9 REST reference).
/// </summary>
public sealed class EmulatedClusterTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly EmulatedCluster _cluster = new();

    [Fact]
    public async Task Bootstrapper_CreatesTheIndexFromTheMappingFile_WithTheAliasOnIt()
    {
        var index = await Bootstrap();

        var (status, aliases) = await Send(HttpMethod.GET, "_alias/quotes");
        var (headStatus, _) = await Send(HttpMethod.HEAD, "quotes");
        var (_, settings) = await Send(HttpMethod.GET, "quotes-v1");

        Assert.Equal("quotes-v1", index);
        Assert.Equal((200, 200), (status, headStatus));
        Assert.Equal("""{"quotes-v1":{"aliases":{"quotes":{}}}}""", aliases.ToJsonString());
        Assert.Equal("strict", settings["quotes-v1"]!["mappings"]!["dynamic"]!.GetValue<string>());
    }

    [Fact]
    public async Task MissingAlias_Is404WithTheStringErrorBody()
    {
        var (status, body) = await Send(HttpMethod.GET, "_alias/quotes");

        Assert.Equal(404, status);
        Assert.Equal("""{"error":"alias [quotes] missing","status":404}""", body.ToJsonString());
    }

    [Fact]
    public async Task CreatingAnExistingIndex_IsResourceAlreadyExists()
    {
        await Bootstrap();

        var (status, body) = await Send(HttpMethod.PUT, "quotes-v1", "{}");

        Assert.Equal(400, status);
        Assert.Equal("resource_already_exists_exception", body["error"]!["type"]!.GetValue<string>());
        Assert.Equal("resource_already_exists_exception", body["error"]!["root_cause"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("quotes-v1", body["error"]!["index"]!.GetValue<string>());
    }

    [Fact]
    public async Task StrictMapping_RefusesAnUnknownField()
    {
        await Bootstrap();

        var (status, body) = await Send(HttpMethod.PUT, "quotes/_doc/1", """{"id":"1","mood":"sunny"}""");

        Assert.Equal(400, status);
        Assert.Equal("strict_dynamic_mapping_exception", body["error"]!["type"]!.GetValue<string>());
        Assert.Contains("mapping set to strict, dynamic introduction of [mood] within [_doc] is not allowed", body["error"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_IndexGetDelete_AnswerWithVersionsAndStatuses()
    {
        await Bootstrap();

        var (created, first) = await Send(HttpMethod.PUT, "quotes/_doc/a", """{"id":"a","text":"The pier opens"}""");
        var (updated, second) = await Send(HttpMethod.PUT, "quotes/_doc/a", """{"id":"a","text":"The pier opens in May"}""");
        var (found, got) = await Send(HttpMethod.GET, "quotes/_doc/a");
        var (deleted, _) = await Send(HttpMethod.DELETE, "quotes/_doc/a");
        var (missing, gone) = await Send(HttpMethod.GET, "quotes/_doc/a");

        Assert.Equal((201, 200, 200, 200, 404), (created, updated, found, deleted, missing));
        Assert.Equal(("created", "quotes-v1", 1), (first["result"]!.GetValue<string>(), first["_index"]!.GetValue<string>(), first["_version"]!.GetValue<int>()));
        Assert.Equal(("updated", 2), (second["result"]!.GetValue<string>(), second["_version"]!.GetValue<int>()));
        Assert.Equal("The pier opens in May", got["_source"]!["text"]!.GetValue<string>());
        Assert.False(gone["found"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Bulk_AnswersEachItem_WithFailuresInsideA200()
    {
        await Bootstrap();
        var body = """
            {"index":{"_id":"a"}}
            {"id":"a","published":"2024-05-01T10:00:00Z"}
            {"index":{"_id":"b"}}
            {"id":"b","published":"yesterday"}
            {"delete":{"_id":"zzz"}}

            """.Replace("\r", "", StringComparison.Ordinal);

        var (status, answer) = await Send(HttpMethod.POST, "quotes/_bulk", body);

        Assert.Equal(200, status);
        Assert.True(answer["errors"]!.GetValue<bool>());
        var items = answer["items"]!.AsArray();
        Assert.Equal(201, items[0]!["index"]!["status"]!.GetValue<int>());
        Assert.Equal(400, items[1]!["index"]!["status"]!.GetValue<int>());
        Assert.Equal("document_parsing_exception", items[1]!["index"]!["error"]!["type"]!.GetValue<string>());
        Assert.Contains("failed to parse field [published] of type [date]", items[1]!["index"]!["error"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("not_found", 404), (items[2]!["delete"]!["result"]!.GetValue<string>(), items[2]!["delete"]!["status"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Bulk_WithoutTheFinalNewline_IsRefused()
    {
        await Bootstrap();

        var (status, body) = await Send(HttpMethod.POST, "quotes/_bulk", "{\"delete\":{\"_id\":\"a\"}}");

        Assert.Equal(400, status);
        Assert.Contains("must be terminated by a newline", body["error"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SeesOnlyWhatWasRefreshed()
    {
        await Bootstrap();
        await Send(HttpMethod.PUT, "quotes/_doc/a", """{"id":"a","text":"The pier opens"}""");

        var before = await Count("""{"query":{"match_all":{}}}""");
        await Send(HttpMethod.POST, "quotes/_refresh");
        var after = await Count("""{"query":{"match_all":{}}}""");

        Assert.Equal((0, 1), (before, after));
    }

    [Fact]
    public async Task BulkQuoteWriter_WritesThroughTheAlias_AndCountSeesEveryQuote()
    {
        await Bootstrap();
        var quotes = Enumerable.Range(1, 7).Select(i => SomeQuotes.Quote($"The ferry will sail {i} times a week")).ToArray();

        var result = await Writer().IndexAsync(quotes, Ct);
        var count = await _cluster.Client.CountAsync(new CountRequest("quotes"), Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        Assert.True(count.IsValidResponse, count.DebugInformation);
        Assert.Equal(7, count.Count);
    }

    [Fact]
    public async Task Match_AnalysesWithTheMappingsEnglishAnalyser_StemsAndStopWords()
    {
        await Index(SomeQuotes.Quote("The aggressor’s ships must withdraw"), SomeQuotes.Quote("The harbour stays open"));

        var stemmed = await Ids("""{"query":{"match":{"text":"aggressors"}}}""");
        var stopWordOnly = await Ids("""{"query":{"match":{"text":"the"}}}""");
        var exactSubField = await Ids("""{"query":{"match":{"text.exact":"aggressors"}}}""");

        Assert.Single(stemmed);
        Assert.Empty(stopWordOnly);
        Assert.Empty(exactSubField);
    }

    [Fact]
    public async Task SimpleQueryString_QuotedPartOnTheExactSubField_OtherWordsStemmed()
    {
        var phrase = SomeQuotes.Quote("We will raise harbour fees next year");
        var scattered = SomeQuotes.Quote("The fees at the harbour are fair");
        var stemmedOnly = SomeQuotes.Quote("Raising the harbour fee is fair");
        await Index(phrase, scattered, stemmedOnly);

        var quoted = await Ids(Sqs("\\\"harbour fees\\\""));
        var stemmed = await Ids(Sqs("harbour fees"));
        var negated = await Ids(Sqs("harbour -fair"));
        var grouped = await Ids(Sqs("(raise | raising) +fee*"));

        Assert.Equal([phrase.Id], quoted);
        Assert.Equal(3, stemmed.Count);
        Assert.Equal([phrase.Id], negated);
        Assert.Equal(new[] { phrase.Id, stemmedOnly.Id }.Order(StringComparer.Ordinal), grouped.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Highlight_PhraseAsOneStretch_TermsApart_MatchedFieldsCombined_HtmlEncoded()
    {
        await Index(SomeQuotes.Quote("The sea wall holds, said the lighthouse keeper by the <sea>"));

        var (_, body) = await Send(HttpMethod.POST, "quotes/_search", """
            {"query":{"simple_query_string":{"query":"\"sea wall\" keep* ligthouse~","fields":["text"],"quote_field_suffix":".exact","default_operator":"and","analyze_wildcard":true}},
             "highlight":{"encoder":"html","pre_tags":["<mark>"],"post_tags":["</mark>"],"fields":{"text":{"number_of_fragments":0},"text.exact":{"number_of_fragments":0, "matched_fields":["text"]}}}}
            """);

        var highlight = body["hits"]!["hits"]![0]!["highlight"]!;
        Assert.Equal("The <mark>sea wall</mark> holds, said the <mark>lighthouse</mark> <mark>keeper</mark> by the &lt;sea&gt;", highlight["text.exact"]![0]!.GetValue<string>());
        // Without matched_fields a field shows only the matches of the query's clauses on it.
        Assert.Equal("The sea wall holds, said the <mark>lighthouse</mark> <mark>keeper</mark> by the &lt;sea&gt;", highlight["text"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task SortAndSearchAfter_OnAPointInTime_SeeTheSnapshotFromWhenItWasOpened()
    {
        var quotes = Enumerable.Range(1, 5).Select(i => SomeQuotes.Quote($"Tide table {i}", published: new DateTimeOffset(2024, 5, i, 8, 0, 0, TimeSpan.Zero))).ToArray();
        await Index(quotes);
        var (_, pit) = await Send(HttpMethod.POST, "quotes/_pit?keep_alive=1m");
        var pitId = pit["id"]!.GetValue<string>();
        await Index(SomeQuotes.Quote("Tide table late", published: new DateTimeOffset(2024, 5, 9, 8, 0, 0, TimeSpan.Zero)));

        var seen = new List<string>();
        JsonNode? after = null;
        for (var page = 0; page < 5; page++)
        {
            var request = new JsonObject
            {
                ["size"] = 2,
                ["pit"] = new JsonObject { ["id"] = pitId, ["keep_alive"] = "1m" },
                ["sort"] = new JsonArray(new JsonObject { ["published"] = new JsonObject { ["order"] = "desc" } }),
            };
            if (after is not null)
                request["search_after"] = after.DeepClone();
            var (status, body) = await Send(HttpMethod.POST, "_search", request.ToJsonString());
            Assert.Equal(200, status);
            var hits = body["hits"]!["hits"]!.AsArray();
            if (hits.Count == 0)
                break;
            seen.AddRange(hits.Select(h => h!["_id"]!.GetValue<string>()));
            after = hits[^1]!["sort"];
            Assert.Equal(2, after!.AsArray().Count);
        }

        var (closed, _) = await Send(HttpMethod.DELETE, "_pit", new JsonObject { ["id"] = pitId }.ToJsonString());
        Assert.Equal(quotes.Reverse().Select(q => q.Id), seen);
        Assert.Equal(200, closed);
        Assert.Equal(0, _cluster.Node.OpenPointsInTime);
    }

    [Fact]
    public async Task SearchAfter_ByScoreThenId_PagesThroughTiesAndDistinctScores()
    {
        var quotes = new[] { "Slipway", "Slipway repairs", "The slipway closes", "Slipway slipway", "A slipway and a pier" }
            .Select(t => SomeQuotes.Quote(t)).ToArray();
        await Index(quotes);
        const string Sort = ""","sort":[{"_score":{"order":"desc"}},{"id":{"order":"asc"}}]""";

        var (_, whole) = await Send(HttpMethod.POST, "quotes/_search", """{"query":{"match":{"text":"slipway"}},"size":10""" + Sort + "}");
        var paged = new List<string>();
        JsonNode? after = null;
        for (var page = 0; page < 10; page++)
        {
            var searchAfter = after is null ? "" : ",\"search_after\":" + after.ToJsonString();
            var (_, body) = await Send(HttpMethod.POST, "quotes/_search", """{"query":{"match":{"text":"slipway"}},"size":2""" + Sort + searchAfter + "}");
            var hits = body["hits"]!["hits"]!.AsArray();
            if (hits.Count == 0)
                break;
            paged.AddRange(hits.Select(h => h!["_id"]!.GetValue<string>()));
            after = hits[^1]!["sort"];
        }

        Assert.Equal(whole["hits"]!["hits"]!.AsArray().Select(h => h!["_id"]!.GetValue<string>()), paged);
        Assert.Equal(5, paged.Count);
    }

    [Fact]
    public async Task Aggregations_ReadByTheTypedClient_TermsAndDateHistogramWithoutGaps()
    {
        await Index(
            SomeQuotes.Quote("One", outlet: "Ledger", published: new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero)),
            SomeQuotes.Quote("Two", outlet: "Ledger", published: new DateTimeOffset(2024, 5, 3, 8, 0, 0, TimeSpan.Zero)),
            SomeQuotes.Quote("Three", outlet: "Courier", published: new DateTimeOffset(2024, 5, 3, 9, 0, 0, TimeSpan.Zero)));

        var response = await _cluster.Client.SearchAsync<JsonObject>(s => s
            .Indices("quotes")
            .Size(0)
            .Aggregations(a => a
                .Add("outlets", agg => agg.Terms(t => t.Field("outlet")))
                .Add("days", agg => agg.DateHistogram(d => d.Field("published").CalendarInterval(CalendarInterval.Day).MinDocCount(0).Format("yyyy-MM-dd")))), Ct);

        Assert.True(response.IsValidResponse, response.DebugInformation);
        var outlets = response.Aggregations!.GetStringTerms("outlets")!.Buckets.Select(b => (b.Key.ToString(), b.DocCount)).ToList();
        var days = response.Aggregations!.GetDateHistogram("days")!.Buckets.Select(b => (b.KeyAsString, b.DocCount)).ToList();
        Assert.Equal([("Ledger", 2L), ("Courier", 1L)], outlets);
        Assert.Equal([("2024-05-01", 1L), ("2024-05-02", 0L), ("2024-05-03", 2L)], days);
    }

    [Fact]
    public async Task Collapse_OneHitPerCluster_WithTheValueInFields()
    {
        await Index(SomeQuotes.Quote("Fares rise in spring"), SomeQuotes.Quote("Fares rise in spring"), SomeQuotes.Quote("Fares fall in autumn"));

        var (_, body) = await Send(HttpMethod.POST, "quotes/_search", """{"query":{"match":{"text":"fares"}},"collapse":{"field":"clusterId"},"track_total_hits":true}""");

        Assert.Equal(3, body["hits"]!["total"]!["value"]!.GetValue<int>());
        var hits = body["hits"]!["hits"]!.AsArray();
        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.NotNull(h!["fields"]!["clusterId"]![0]));
    }

    [Fact]
    public async Task SortingOnText_OrOnAFieldWithoutDocValues_FailsAsOnACluster()
    {
        await Index(SomeQuotes.Quote());

        var (textStatus, text) = await Send(HttpMethod.POST, "quotes/_search", """{"sort":["text"]}""");
        var (keyStatus, key) = await Send(HttpMethod.POST, "quotes/_search", """{"aggs":{"k":{"terms":{"field":"clusterKey"}}}}""");

        Assert.Equal((400, 400), (textStatus, keyStatus));
        Assert.Equal("search_phase_execution_exception", text["error"]!["type"]!.GetValue<string>());
        Assert.StartsWith("Fielddata is disabled on [text]", text["error"]!["root_cause"]![0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Can't load fielddata on [clusterKey]", key["error"]!["root_cause"]![0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIsNotEmulated_IsA400ThatSaysSo()
    {
        await Bootstrap();

        var (queryStatus, query) = await Send(HttpMethod.POST, "quotes/_search", """{"query":{"query_string":{"query":"a"}}}""");
        var (endpointStatus, endpoint) = await Send(HttpMethod.GET, "_nodes/stats");

        Assert.Equal((400, 400), (queryStatus, endpointStatus));
        Assert.Contains("[query_string] is not emulated", query["error"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("is not emulated", endpoint["error"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindexer_CopiesAndSwapsTheAlias()
    {
        await Index(SomeQuotes.Quote("One"), SomeQuotes.Quote("Two"));

        var result = await new QuoteIndexReindexer(_cluster.Client, _cluster.Resilience, _cluster.Options).ReindexAsync(Ct);
        var (_, aliases) = await Send(HttpMethod.GET, "_alias/quotes");

        Assert.Equal("""{"quotes-v2":{"aliases":{"quotes":{}}}}""", aliases.ToJsonString());
        Assert.Equal(2, await Count("{}"));
        Assert.NotNull(result);
    }

    [Fact]
    public async Task DeleteByQuery_DeletesWhatMatches_AndCountsIt()
    {
        var keep = SomeQuotes.Quote("Keep me");
        var drop = SomeQuotes.Quote("Drop me");
        await Index(keep, drop);

        var (status, body) = await Send(HttpMethod.POST, "quotes/_delete_by_query?conflicts=proceed&refresh=true",
            new JsonObject { ["query"] = new JsonObject { ["terms"] = new JsonObject { ["articleId"] = new JsonArray(drop.Article.Id) } } }.ToJsonString());

        Assert.Equal(200, status);
        Assert.Equal((1, 1), (body["total"]!.GetValue<int>(), body["deleted"]!.GetValue<int>()));
        Assert.Equal([keep.Id], await Ids("{}"));
    }

    [Fact]
    public async Task MoreLikeThis_ShortTexts_FindsTheQuoteSharingTheRareWords()
    {
        var similar = SomeQuotes.Quote("The lighthouse keeper retires after forty years");
        await Index(similar, SomeQuotes.Quote("Bus fares rise in spring"), SomeQuotes.Quote("The council meets on Tuesday"));

        var ids = await Ids("""{"query":{"more_like_this":{"fields":["text"],"like":"Lighthouse keeper to retire","min_term_freq":1,"min_doc_freq":1,"minimum_should_match":"30%"}}}""");

        Assert.Equal([similar.Id], ids);
    }

    [Theory]
    [InlineData(1, "1<1 2<2 6<-70%", 1)]
    [InlineData(2, "1<1 2<2 6<-70%", 1)]
    [InlineData(5, "1<1 2<2 6<-70%", 2)]
    [InlineData(10, "1<1 2<2 6<-70%", 3)]
    [InlineData(10, "30%", 3)]
    [InlineData(7, "-25%", 6)]
    [InlineData(4, "-1", 3)]
    public void MinimumShouldMatch_WorksOutAsElasticsearchDoes(int clauses, string spec, int expected)
    {
        Assert.Equal(expected, Queries.FullText.MinimumShouldMatch(clauses, spec));
    }

    [Fact]
    public async Task MultiSearch_AnswersEachSearchInOrder_WithItsStatus()
    {
        var quote = SomeQuotes.Quote("The pier opens in May");
        await Index(quote);
        var body = "{}\n{\"query\":{\"ids\":{\"values\":[\"" + quote.Id + "\"]}}}\n{}\n{\"query\":{\"regexp\":{\"id\":\"q.*\"}}}\n";

        var (status, answer) = await Send(HttpMethod.POST, "quotes/_msearch", body);

        Assert.Equal(200, status);
        var responses = answer["responses"]!.AsArray();
        Assert.Equal(200, responses[0]!["status"]!.GetValue<int>());
        Assert.Equal(quote.Id, responses[0]!["hits"]!["hits"]![0]!["_id"]!.GetValue<string>());
        Assert.Equal(400, responses[1]!["status"]!.GetValue<int>());
        Assert.NotNull(responses[1]!["error"]);
    }

    [Fact]
    public async Task TooManyBuckets_FailsTheSearchWithTheCauseNamed()
    {
        await Index(SomeQuotes.Quote());

        var (status, body) = await Send(HttpMethod.POST, "quotes/_search",
            """{"size":0,"aggs":{"h":{"date_histogram":{"field":"published","calendar_interval":"day","min_doc_count":0,"extended_bounds":{"min":"1800-01-01","max":"2200-01-01"},"format":"yyyy-MM-dd"}}}}""");

        Assert.Equal(400, status);
        Assert.Equal("too_many_buckets_exception", body["error"]!["caused_by"]!["type"]!.GetValue<string>());
    }

    private BulkQuoteWriter Writer() => new(_cluster.Client, _cluster.Resilience, _cluster.Options, TimeProvider.System);

    private Task<string> Bootstrap() => new QuoteIndexBootstrapper(_cluster.Client, _cluster.Resilience, _cluster.Options).EnsureIndexAsync(Ct);

    private async Task Index(params Quote[] quotes)
    {
        await Bootstrap();
        var result = await Writer().IndexAsync(quotes, Ct);
        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
    }

    private static string Sqs(string query) =>
        """{"query":{"simple_query_string":{"query":""" + "\"" + query + "\"" + ""","fields":["text"],"quote_field_suffix":".exact","default_operator":"and"}}}""";

    private async Task<List<string>> Ids(string body)
    {
        var (status, answer) = await Send(HttpMethod.POST, "quotes/_search", body);
        Assert.True(status == 200, answer.ToJsonString());
        return [.. answer["hits"]!["hits"]!.AsArray().Select(h => h!["_id"]!.GetValue<string>())];
    }

    private async Task<long> Count(string body)
    {
        var (status, answer) = await Send(HttpMethod.POST, "quotes/_count", body);
        Assert.True(status == 200, answer.ToJsonString());
        return answer["count"]!.GetValue<long>();
    }

    private async Task<(int Status, JsonNode Body)> Send(HttpMethod method, string path, string? body = null)
    {
        var response = await _cluster.Client.Transport.RequestAsync<StringResponse>(
            new EndpointPath(method, path), body is null ? null : PostData.String(body), null, null, Ct);
        return (response.ApiCallDetails.HttpStatusCode ?? 0, string.IsNullOrEmpty(response.Body) ? new JsonObject() : JsonNode.Parse(response.Body)!);
    }
}
