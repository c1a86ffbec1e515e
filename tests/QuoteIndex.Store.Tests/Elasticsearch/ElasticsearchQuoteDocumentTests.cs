using System.Text.Json;
using System.Text.Json.Nodes;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Store.Elasticsearch;
using QuoteIndex.Store.Tests.Conformance;

namespace QuoteIndex.Store.Tests.Elasticsearch;

public sealed class ElasticsearchQuoteDocumentTests
{
    [Fact]
    public void From_ThenJson_ThenToQuote_GivesBackTheSameQuote()
    {
        var quote = SomeQuotes.FullyDescribed() with { ClusterId = "c_invented_cluster" };

        var json = JsonSerializer.Serialize(ElasticsearchQuoteDocument.From(quote), ElasticsearchQuoteDocument.JsonOptions);
        var back = JsonSerializer.Deserialize<ElasticsearchQuoteDocument>(json, ElasticsearchQuoteDocument.JsonOptions)!.ToQuote();

        Assert.Equal(QuoteJson.Serialize(quote), QuoteJson.Serialize(back));
    }

    [Fact]
    public void From_FillsTheIndexedFieldsAsTheLuceneStoreDoes()
    {
        var quote = SomeQuotes.FullyDescribed() with { ClusterId = "c_invented_cluster" };

        var document = ElasticsearchQuoteDocument.From(quote);

        Assert.Equal(
            (quote.Id, quote.Article.Id, "direct", "tomas-varga", "Tomas Varga", SomeQuotes.Outlet, "pressconference", "a press conference"),
            (document.Id, document.ArticleId, document.Kind, document.SpeakerKey, document.SpeakerName, document.Outlet, document.VenueType, document.Venue));
        Assert.Equal(new DateOnly(2024, 9, 24), document.StatementDate);
        Assert.Equal(quote.Article.Published, document.Published);
        Assert.Equal(0.87, document.Confidence);
        Assert.Equal("c_invented_cluster", document.ClusterId);
        Assert.Equal(QuoteIndex.Core.Clustering.QuoteSignature.Of(quote.Text).Keys, document.ClusterKey);
    }

    [Fact]
    public void From_AQuoteWithoutOptionalParts_WritesNoNulls()
    {
        var quote = SomeQuotes.Quote(speaker: null);

        var json = JsonNode.Parse(JsonSerializer.Serialize(ElasticsearchQuoteDocument.From(quote), ElasticsearchQuoteDocument.JsonOptions))!.AsObject();

        Assert.DoesNotContain(json, p => p.Value is null);
        Assert.False(json.ContainsKey("speakerKey"));
        Assert.False(json.ContainsKey("statementDate"));
    }

    [Fact]
    public void EveryDocumentField_IsMappedInTheMappingFile_AndEveryMappedFieldIsWritten()
    {
        // The invented articles carry no language tag; the field is filled here so that every field is present.
        var full = ElasticsearchQuoteDocument.From(SomeQuotes.FullyDescribed()) with { Language = "en" };
        var document = JsonNode.Parse(JsonSerializer.Serialize(full, ElasticsearchQuoteDocument.JsonOptions))!.AsObject();
        var mapped = JsonNode.Parse(File.ReadAllText(MappingFile.Path))!["mappings"]!["properties"]!.AsObject();

        // With "dynamic": "strict", a field the mapping lacks would be refused at index time.
        Assert.Equal(mapped.Select(p => p.Key).Order(StringComparer.Ordinal), document.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheEmbeddedMapping_IsTheFileInIndexMappings_ByteForByte()
    {
        Assert.Equal(File.ReadAllBytes(MappingFile.Path), QuoteIndexMapping.Utf8.ToArray());
    }

    [Fact]
    public void TheMappingFile_FoldsCurlyQuoteMarksAndApostrophes_InTextAndNames()
    {
        var mapping = JsonNode.Parse(File.ReadAllText(MappingFile.Path))!;
        var marks = mapping["settings"]!["analysis"]!["char_filter"]!["quote_marks"]!["mappings"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        var analysis = mapping["settings"]!["analysis"]!;

        foreach (var curly in new[] { "\u2018", "\u2019", "\u201C", "\u201D" })
            Assert.Contains(marks, m => m.StartsWith(curly, StringComparison.Ordinal));
        Assert.All(new[] { "quote_english", "quote_exact" }, a => Assert.Contains("quote_marks", analysis["analyzer"]![a]!["char_filter"]!.ToJsonString(), StringComparison.Ordinal));
        Assert.Contains("quote_marks", analysis["normalizer"]!["quote_marks_keyword"]!["char_filter"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("quote_exact", mapping["mappings"]!["properties"]!["text"]!["fields"]!["exact"]!["analyzer"]!.GetValue<string>());
    }
}
