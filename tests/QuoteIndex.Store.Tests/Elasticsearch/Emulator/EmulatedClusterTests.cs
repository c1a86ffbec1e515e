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
        Assert.Equal((200, 404), ((await Send(HttpMethod.DELETE, "quotes-v1/_alias/quotes")).Status, (await Send(HttpMethod.GET, "_alias/quotes")).Status));
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
        var uuid = (await Send(HttpMethod.GET, "quotes-v1")).Body["quotes-v1"]!["settings"]!["index"]!["uuid"]!.GetValue<string>();
        Assert.Equal($"index [quotes-v1/{uuid}] already exists", body["error"]!["reason"]!.GetValue<string>());
        Assert.Equal(uuid, body["error"]!["index_uuid"]!.GetValue<string>());
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
    public async Task Documents_RealtimeFalseSeesTheLastRefresh_AndRequireAliasRefusesAConcreteIndex()
    {
        await Bootstrap();
        await Send(HttpMethod.PUT, "quotes/_doc/a", """{"id":"a"}""");

        var (realtime, _) = await Send(HttpMethod.GET, "quotes/_doc/a");
        var (refreshedOnly, _) = await Send(HttpMethod.GET, "quotes/_doc/a?realtime=false");
        var (viaAlias, _) = await Send(HttpMethod.PUT, "quotes/_doc/b?require_alias=true", """{"id":"b"}""");
        var (viaIndex, refused) = await Send(HttpMethod.PUT, "quotes-v1/_doc/c?require_alias=true", """{"id":"c"}""");

        Assert.Equal((200, 404, 201, 404), (realtime, refreshedOnly, viaAlias, viaIndex));
        Assert.Equal("index_not_found_exception", refused["error"]!["type"]!.GetValue<string>());
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
    public async Task BulkCreateAndUpdate_ThenMultiGet_AnswerPerItem()
    {
        await Bootstrap();
        var body = string.Join('\n',
            """{"create":{"_id":"a"}}""", """{"id":"a","kind":"direct"}""",
            """{"create":{"_id":"a"}}""", """{"id":"a"}""",
            """{"update":{"_id":"a"}}""", """{"doc":{"kind":"indirect"}}""",
            """{"update":{"_id":"b"}}""", """{"doc":{"kind":"indirect"}}""") + "\n";

        var (_, bulk) = await Send(HttpMethod.POST, "quotes/_bulk", body);
        var (_, mget) = await Send(HttpMethod.POST, "_mget", """{"docs":[{"_index":"quotes","_id":"a"},{"_index":"quotes","_id":"b"},{"_index":"nowhere","_id":"c"}]}""");

        var statuses = bulk["items"]!.AsArray().Select(i => i!.AsObject().First().Value!["status"]!.GetValue<int>());
        Assert.Equal([201, 409, 200, 404], statuses);
        Assert.Equal("version_conflict_engine_exception", bulk["items"]![1]!["create"]!["error"]!["type"]!.GetValue<string>());
        Assert.Equal("document_missing_exception", bulk["items"]![3]!["update"]!["error"]!["type"]!.GetValue<string>());
        var docs = mget["docs"]!.AsArray();
        Assert.Equal(("indirect", 2), (docs[0]!["_source"]!["kind"]!.GetValue<string>(), docs[0]!["_version"]!.GetValue<int>()));
        Assert.False(docs[1]!["found"]!.GetValue<bool>());
        Assert.Equal("index_not_found_exception", docs[2]!["error"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SortOnAnUnmappedField_NeedsUnmappedType()
    {
        await Index(SomeQuotes.Quote());

        var (refused, _) = await Send(HttpMethod.POST, "quotes/_search", """{"sort":[{"mood":"asc"}]}""");
        var (allowed, body) = await Send(HttpMethod.POST, "quotes/_search", """{"sort":[{"mood":{"order":"asc","unmapped_type":"keyword"}}]}""");

        Assert.Equal((400, 200), (refused, allowed));
        Assert.Null(body["hits"]!["hits"]![0]!["sort"]![0]);
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
    public async Task SimpleQueryString_NotUnderTheOrOperator_MatchesAllButTheExcluded_AsLucenesParserBuildsIt()
    {
        var quotes = new[] { "harbour fair", "harbour", "pier", "pier fair" }.Select(t => SomeQuotes.Quote(t)).ToArray();
        await Index(quotes);
        static string Body(string op) =>
            """{"query":{"simple_query_string":{"query":"harbour -fair","fields":["text"],"default_operator":""" + "\"" + op + "\"}}}";

        var or = await Ids(Body("or"));
        var and = await Ids(Body("and"));

        // OR: "harbour" or "everything but fair".
        Assert.Equal(quotes.Take(3).Select(q => q.Id).Order(StringComparer.Ordinal), or.Order(StringComparer.Ordinal));
        Assert.Equal([quotes[1].Id], and);
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
    public async Task Highlight_WithoutRequireFieldMatch_MarksTheQuerysTermsInAnyField()
    {
        await Index(SomeQuotes.Quote("The sea walls hold"));
        static string Body(bool require) =>
            """{"query":{"match_phrase":{"text.exact":"sea walls"}},"highlight":{"require_field_match":""" + (require ? "true" : "false")
            + ""","number_of_fragments":0,"fields":{"text":{}}}}""";

        var (_, required) = await Send(HttpMethod.POST, "quotes/_search", Body(require: true));
        var (_, any) = await Send(HttpMethod.POST, "quotes/_search", Body(require: false));

        Assert.Null(required["hits"]!["hits"]![0]!["highlight"]);
        // "walls" is "wall" in the stemmed field: the exact phrase's terms are not all there, so nothing is marked…
        Assert.Null(any["hits"]!["hits"]![0]!["highlight"]);
        var (_, single) = await Send(HttpMethod.POST, "quotes/_search",
            """{"query":{"match":{"text.exact":"sea"}},"highlight":{"require_field_match":false,"number_of_fragments":0,"fields":{"text":{}}}}""");
        // …while a term that is the same in both fields is.
        Assert.Equal("The <em>sea</em> walls hold", single["hits"]!["hits"]![0]!["highlight"]!["text"]![0]!.GetValue<string>());
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
            Dated("One", "Ledger", 5, 1, 8),
            Dated("Two", "Ledger", 5, 3, 8),
            Dated("Three", "Courier", 5, 3, 9));

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
    public async Task TypedClient_DocumentAndAdminCalls_ReadTheAnswers()
    {
        await Bootstrap();
        var client = _cluster.Client;

        var exists = await client.Indices.ExistsAsync("quotes", Ct);
        var indexed = await client.IndexAsync(new IndexRequest<JsonObject>(new JsonObject { ["id"] = "a", ["text"] = "The pier opens" }, "quotes", "a") { Refresh = Refresh.True }, Ct);
        var got = await client.GetAsync<JsonObject>(new GetRequest("quotes", "a"), Ct);
        var missing = await client.GetAsync<JsonObject>(new GetRequest("quotes", "nope"), Ct);
        var health = await client.Cluster.HealthAsync(Ct);
        var pit = await client.OpenPointInTimeAsync(new OpenPointInTimeRequest("quotes") { KeepAlive = "1m" }, Ct);
        var closed = await client.ClosePointInTimeAsync(new ClosePointInTimeRequest { Id = pit.Id }, Ct);
        var refreshed = await client.Indices.RefreshAsync(new Elastic.Clients.Elasticsearch.IndexManagement.RefreshRequest("quotes"), Ct);
        var deleted = await client.DeleteAsync(new DeleteRequest("quotes", "a"), Ct);

        Assert.True(exists.Exists);
        Assert.True(indexed.IsValidResponse, indexed.DebugInformation);
        Assert.Equal((Result.Created, "quotes-v1"), (indexed.Result, indexed.Index));
        Assert.True(got.Found);
        Assert.Equal("The pier opens", got.Source!["text"]!.GetValue<string>());
        Assert.False(missing.Found);
        Assert.True(health.IsValidResponse, health.DebugInformation);
        Assert.Equal(HealthStatus.Green, health.Status);
        Assert.True(pit.IsValidResponse, pit.DebugInformation);
        Assert.True(closed.IsValidResponse && closed.Succeeded, closed.DebugInformation);
        Assert.True(refreshed.IsValidResponse, refreshed.DebugInformation);
        Assert.Equal(Result.Deleted, deleted.Result);
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

    [Theory]
    [InlineData("text", "Beyoncé’s harbours were \u201Cclosed\u201D", "beyonc harbour were close")]
    [InlineData("text.exact", "Beyoncé’s harbours were closed", "beyonce's harbours were closed")]
    [InlineData("outlet", "The Harbour’s Ledger", "The Harbour's Ledger")]
    public async Task Analyze_FieldsAnalyseAsTheMappingSays(string field, string text, string expected)
    {
        await Bootstrap();

        var (status, body) = await Send(HttpMethod.POST, "quotes-v1/_analyze", new JsonObject { ["field"] = field, ["text"] = text }.ToJsonString());

        Assert.Equal(200, status);
        Assert.Equal(expected, string.Join(' ', body["tokens"]!.AsArray().Select(t => t!["token"]!.GetValue<string>())));
    }

    [Fact]
    public async Task PointInTime_PastItsKeepAlive_IsGone()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var cluster = new EmulatedCluster(clock: clock);
        await new QuoteIndexBootstrapper(cluster.Client, cluster.Resilience, cluster.Options).EnsureIndexAsync(Ct);
        var (_, pit) = await Send(cluster, HttpMethod.POST, "quotes/_pit?keep_alive=1m");
        var search = new JsonObject { ["pit"] = new JsonObject { ["id"] = pit["id"]!.DeepClone(), ["keep_alive"] = "1m" } }.ToJsonString();

        clock.Advance(TimeSpan.FromSeconds(50));
        var (kept, _) = await Send(cluster, HttpMethod.POST, "_search", search);
        clock.Advance(TimeSpan.FromSeconds(50));
        var (extended, _) = await Send(cluster, HttpMethod.POST, "_search", search);
        clock.Advance(TimeSpan.FromMinutes(2));
        var (gone, error) = await Send(cluster, HttpMethod.POST, "_search", search);

        Assert.Equal((200, 200, 404), (kept, extended, gone));
        Assert.Equal("search_context_missing_exception", error["error"]!["root_cause"]![0]!["type"]!.GetValue<string>());
        Assert.Equal(0, cluster.Node.OpenPointsInTime);
    }

    [Fact]
    public async Task TermsQuery_OverTheTermsLimit_FailsAsOnACluster()
    {
        await Index(SomeQuotes.Quote());
        var values = new JsonArray([.. Enumerable.Range(0, 65_537).Select(i => (JsonNode)i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        var (status, body) = await Send(HttpMethod.POST, "quotes/_search", new JsonObject { ["query"] = new JsonObject { ["terms"] = new JsonObject { ["id"] = values } } }.ToJsonString());

        Assert.Equal(400, status);
        Assert.Contains("index.max_terms_count", body["error"]!["root_cause"]![0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreLikeThis_LikeTextOverSeveralFields_IsAnalysedOnceWithTheFirstFieldsAnalyser()
    {
        await Index(SomeQuotes.Quote("The harbour opens"), SomeQuotes.Quote("The harbour closes"));

        // "harbour" occurs twice in the like text: under min_term_freq 3 whatever the number of fields.
        var twice = await Ids("""{"query":{"more_like_this":{"fields":["text","text.exact"],"like":"harbour harbour","min_term_freq":3,"min_doc_freq":1}}}""");
        var enough = await Ids("""{"query":{"more_like_this":{"fields":["text","text.exact"],"like":"harbour harbour","min_term_freq":2,"min_doc_freq":1}}}""");

        Assert.Empty(twice);
        Assert.Equal(2, enough.Count);
    }

    [Fact]
    public async Task Fuzzy_KeepsTheMostSimilarExpansions_AndTheWordItselfScoresFirst()
    {
        // The word itself, one edit away, two edits away.
        var byDistance = new[] { "harbour", "harbours", "arbours" }.Select(t => SomeQuotes.Quote(t)).ToArray();
        await Index(byDistance);

        var all = await Ids("""{"query":{"fuzzy":{"text.exact":{"value":"harbour","fuzziness":2}}}}""");
        var two = await Ids("""{"query":{"fuzzy":{"text.exact":{"value":"harbour","fuzziness":2,"max_expansions":2}}}}""");

        Assert.Equal(byDistance.Select(q => q.Id), all);
        Assert.Equal(byDistance.Take(2).Select(q => q.Id), two);
    }

    [Fact]
    public async Task Queries_FollowElasticsearchsDocumentedSemantics()
    {
        var may1 = SomeQuotes.Quote("Ferry fares rise", outlet: "Ledger", published: new DateTimeOffset(2024, 5, 1, 23, 0, 0, TimeSpan.Zero));
        var may2 = SomeQuotes.Quote("Ferry timetable changes", outlet: "Courier", published: new DateTimeOffset(2024, 5, 2, 0, 30, 0, TimeSpan.Zero));
        var march = SomeQuotes.Quote("Bus fares fall", outlet: "Ledger");
        await Index(may1, may2, march);

        // lte a date without time covers the whole day; gt skips it.
        Assert.Equal(2, (await Ids("""{"query":{"range":{"published":{"lte":"2024-05-01"}}}}""")).Count);
        Assert.Equal([may2.Id], await Ids("""{"query":{"range":{"published":{"gt":"2024-05-01","lt":"2024-06-01"}}}}"""));
        // A lone must_not matches everything else.
        Assert.Equal(2, (await Ids("""{"query":{"bool":{"must_not":[{"ids":{"values":["{{may1.Id}}"]}}]}}}""".Replace("{{may1.Id}}", may1.Id, StringComparison.Ordinal))).Count);
        // operator and / minimum_should_match.
        Assert.Single(await Ids("""{"query":{"match":{"text":{"query":"ferry fares","operator":"and"}}}}"""));
        Assert.Equal(3, (await Ids("""{"query":{"match":{"text":{"query":"ferry fares","minimum_should_match":1}}}}""")).Count);
        // fuzziness AUTO: one edit for a five-letter word.
        Assert.Equal(2, (await Ids("""{"query":{"fuzzy":{"text.exact":{"value":"ferri"}}}}""")).Count);
        // term-level queries on keywords are exact; wildcard and prefix too.
        Assert.Empty(await Ids("""{"query":{"term":{"outlet":"ledger"}}}"""));
        Assert.Equal(2, (await Ids("""{"query":{"wildcard":{"outlet":{"value":"Le*er"}}}}""")).Count);
        Assert.Equal(2, (await Ids("""{"query":{"prefix":{"outlet":{"value":"led","case_insensitive":true}}}}""")).Count);
        // Stop words only: nothing, or everything with zero_terms_query all.
        Assert.Empty(await Ids("""{"query":{"match_phrase":{"text":{"query":"the of"}}}}"""));
        Assert.Equal(3, (await Ids("""{"query":{"match_phrase":{"text":{"query":"the of","zero_terms_query":"all"}}}}""")).Count);
        // Fuzzy match terms keep an exact prefix when asked.
        Assert.Equal(2, (await Ids("""{"query":{"match":{"text.exact":{"query":"ferri","fuzziness":"AUTO","prefix_length":4}}}}""")).Count);
        Assert.Empty(await Ids("""{"query":{"match":{"text.exact":{"query":"gerry","fuzziness":"AUTO","prefix_length":1}}}}"""));
    }

    [Fact]
    public async Task Aggregations_BucketAndMetricShapes_AsElasticsearchWritesThem()
    {
        await Index(
            Dated("One", "Ledger", 4, 30, 8),
            Dated("Two", "Ledger", 5, 6, 8),
            Dated("Three", "Courier", 5, 12, 9));

        var (status, body) = await Send(HttpMethod.POST, "quotes/_search", """
            {"size":0,"query":{"term":{"outlet":"Ledger"}},
             "aggs":{
               "byKey":{"terms":{"field":"outlet","order":{"_key":"asc"},"min_doc_count":0}},
               "weeks":{"date_histogram":{"field":"published","calendar_interval":"week"}},
               "months":{"date_histogram":{"field":"published","calendar_interval":"month","format":"yyyy-MM"}},
               "split":{"filters":{"filters":{"one":{"match":{"text":"one"}}},"other_bucket_key":"rest"}},
               "all":{"global":{},"aggs":{"outlets":{"cardinality":{"field":"outlet"}}}},
               "first":{"min":{"field":"published"}},
               "counted":{"value_count":{"field":"outlet"}},
               "latest":{"top_hits":{"size":1,"sort":[{"published":"desc"}],"_source":["text"]}}}}
            """);

        Assert.Equal(200, status);
        var aggs = body["aggregations"]!;
        Assert.Equal("""[{"key":"Courier","doc_count":0},{"key":"Ledger","doc_count":2}]""", aggs["byKey"]!["buckets"]!.ToJsonString());
        // Weeks start on Monday: 29 April and 6 May 2024.
        Assert.Equal(
            """[{"key_as_string":"2024-04-29T00:00:00.000Z","key":1714348800000,"doc_count":1},{"key_as_string":"2024-05-06T00:00:00.000Z","key":1714953600000,"doc_count":1}]""",
            aggs["weeks"]!["buckets"]!.ToJsonString());
        Assert.Equal(["2024-04", "2024-05"], aggs["months"]!["buckets"]!.AsArray().Select(b => b!["key_as_string"]!.GetValue<string>()));
        Assert.Equal("""{"one":{"doc_count":1},"rest":{"doc_count":1}}""", aggs["split"]!["buckets"]!.ToJsonString());
        Assert.Equal("""{"doc_count":3,"outlets":{"value":2}}""", aggs["all"]!.ToJsonString());
        Assert.Equal("""{"value":1714464000000,"value_as_string":"2024-04-30T08:00:00.000Z"}""", aggs["first"]!.ToJsonString());
        Assert.Equal(2, aggs["counted"]!["value"]!.GetValue<int>());
        var top = aggs["latest"]!["hits"]!;
        Assert.Equal(2, top["total"]!["value"]!.GetValue<int>());
        Assert.Equal("""{"text":"Two"}""", top["hits"]![0]!["_source"]!.ToJsonString());
        Assert.Equal(1714982400000, top["hits"]![0]!["sort"]![0]!.GetValue<long>());
    }

    [Fact]
    public async Task SortMissingFirst_AndSourceFiltering()
    {
        var dated = SomeQuotes.Quote("Dated");
        var undated = SomeQuotes.Quote("Undated");
        await Index(dated, undated);
        await Send(HttpMethod.POST, "quotes/_update/" + undated.Id + "?refresh=true", """{"doc":{"published":null}}""");

        var (_, body) = await Send(HttpMethod.POST, "quotes/_search", """{"sort":[{"published":{"order":"asc","missing":"_first"}}],"_source":{"includes":["text","quote.article.*"],"excludes":["quote.article.title"]}}""");

        var hits = body["hits"]!["hits"]!.AsArray();
        Assert.Equal([undated.Id, dated.Id], hits.Select(h => h!["_id"]!.GetValue<string>()));
        Assert.Equal(long.MinValue, hits[0]!["sort"]![0]!.GetValue<long>());
        Assert.Null(hits[0]!["_score"]);
        var source = hits[1]!["_source"]!.AsObject();
        Assert.Equal(["text", "quote"], source.Select(p => p.Key));
        Assert.False(source["quote"]!["article"]!.AsObject().ContainsKey("title"));
        Assert.True(source["quote"]!["article"]!.AsObject().ContainsKey("outlet"));
    }

    [Fact]
    public async Task IgnoreAbove_KeepsTheValueInTheSourceOnly()
    {
        await Send(HttpMethod.PUT, "tags", """{"mappings":{"dynamic":"strict","properties":{"tag":{"type":"keyword","ignore_above":5}}}}""");
        await Send(HttpMethod.PUT, "tags/_doc/short?refresh=true", """{"tag":"pier"}""");
        await Send(HttpMethod.PUT, "tags/_doc/long?refresh=true", """{"tag":"lighthouse"}""");

        var (_, exists) = await Send(HttpMethod.POST, "tags/_search", """{"query":{"exists":{"field":"tag"}}}""");
        var (_, got) = await Send(HttpMethod.GET, "tags/_doc/long");

        Assert.Equal(["short"], exists["hits"]!["hits"]!.AsArray().Select(h => h!["_id"]!.GetValue<string>()));
        Assert.Equal("lighthouse", got["_source"]!["tag"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnIdOver512Bytes_FailsTheWholeBulk()
    {
        await Bootstrap();
        var body = "{\"index\":{\"_id\":\"ok\"}}\n{\"id\":\"ok\"}\n{\"index\":{\"_id\":\"" + new string('x', 513) + "\"}}\n{\"id\":\"x\"}\n";

        var (status, answer) = await Send(HttpMethod.POST, "quotes/_bulk?refresh=true", body);

        Assert.Equal(400, status);
        Assert.Equal("action_request_validation_exception", answer["error"]!["type"]!.GetValue<string>());
        Assert.Equal(0, await Count("{}"));
    }

    private static Quote Dated(string text, string outlet, int month, int day, int hour) =>
        SomeQuotes.Quote(text, outlet: outlet, published: new DateTimeOffset(2024, month, day, hour, 0, 0, TimeSpan.Zero));

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

    private Task<(int Status, JsonNode Body)> Send(HttpMethod method, string path, string? body = null) => Send(_cluster, method, path, body);

    private static async Task<(int Status, JsonNode Body)> Send(EmulatedCluster cluster, HttpMethod method, string path, string? body = null)
    {
        var response = await cluster.Client.Transport.RequestAsync<StringResponse>(
            new EndpointPath(method, path), body is null ? null : PostData.String(body), null, null, Ct);
        return (response.ApiCallDetails.HttpStatusCode ?? 0, string.IsNullOrEmpty(response.Body) ? new JsonObject() : JsonNode.Parse(response.Body)!);
    }
}
