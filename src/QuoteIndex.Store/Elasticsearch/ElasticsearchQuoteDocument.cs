using System.Text.Json;
using System.Text.Json.Serialization;
using QuoteIndex.Core.Clustering;
using QuoteIndex.Core.Quotes;
using LuceneTerms = QuoteIndex.Store.Lucene.QuoteDocument;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// A quote as the quotes index holds it: the fields of index-mappings/quotes.json, named as there, and the whole quote
/// in <see cref="QuoteJson"/> form under "quote" (not indexed), the only part a hit is read back from. The values are
/// the ones the Lucene store indexes (see Lucene/ReusableQuoteFields.cs), so the two stores filter alike.
/// </summary>
public sealed record ElasticsearchQuoteDocument
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("articleId")]
    public required string ArticleId { get; init; }

    [JsonPropertyName("text")]
    public required string Text { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>The quote's exact key (<see cref="QuoteText.ExactKey"/>): the same words, whatever the punctuation.</summary>
    [JsonPropertyName("exactKey")]
    public required string ExactKey { get; init; }

    [JsonPropertyName("speakerKey")]
    public string? SpeakerKey { get; init; }

    [JsonPropertyName("speakerName")]
    public string? SpeakerName { get; init; }

    /// <summary>
    /// The speaker key from each of its words on ("antony-blinken", "blinken"), at most
    /// <see cref="LuceneTerms.MaxSuggestWords"/>, for autocomplete by a prefix of any word; none for an absurdly long
    /// name, which Lucene does not suggest either.
    /// </summary>
    [JsonPropertyName("speakerSuggest")]
    public IReadOnlyList<string> SpeakerSuggest { get; init; } = [];

    [JsonPropertyName("outlet")]
    public string? Outlet { get; init; }

    [JsonPropertyName("venueType")]
    public string? VenueType { get; init; }

    [JsonPropertyName("venue")]
    public string? Venue { get; init; }

    /// <summary>The article's language tag, lower-cased.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; init; }

    /// <summary>The statement's day ("2024-03-05"); absent when the year is unknown.</summary>
    [JsonPropertyName("statementDate")]
    public DateOnly? StatementDate { get; init; }

    [JsonPropertyName("published")]
    public DateTimeOffset? Published { get; init; }

    /// <summary>From 0 to 1; the mapping keeps it in thousandths, as the Lucene store does.</summary>
    [JsonPropertyName("confidence")]
    public required double Confidence { get; init; }

    [JsonPropertyName("clusterId")]
    public required string ClusterId { get; init; }

    /// <summary>The quote's exact key and band keys (<see cref="QuoteSignature.Keys"/>), for cluster look-ups.</summary>
    [JsonPropertyName("clusterKey")]
    public IReadOnlyList<string> ClusterKey { get; init; } = [];

    /// <summary>The whole quote in <see cref="QuoteJson"/> form.</summary>
    [JsonPropertyName("quote")]
    public required JsonElement Quote { get; init; }

    /// <summary>The options the document is written and read with: the field names above, no nulls.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ElasticsearchQuoteDocument From(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new ElasticsearchQuoteDocument
        {
            Id = quote.Id,
            ArticleId = LuceneTerms.Keyword(quote.Article.Id),
            Text = quote.Text,
            ExactKey = QuoteText.ExactKey(quote.Text),
            Kind = LuceneTerms.KindTerm(quote.Kind),
            SpeakerKey = quote.Speaker is { } speaker ? LuceneTerms.Keyword(speaker.Key) : null,
            SpeakerName = quote.Speaker?.Name,
            SpeakerSuggest = quote.Speaker is { } named ? SuggestKeys(named) : [],
            Outlet = quote.Article.Outlet is { } outlet ? LuceneTerms.Keyword(outlet) : null,
            VenueType = quote.Venue is { } venue ? LuceneTerms.VenueTypeTerm(venue.Type) : null,
            Venue = quote.Venue?.Name is { } venueName ? LuceneTerms.Keyword(venueName) : null,
            Language = quote.Article.Language?.ToLowerInvariant(),
            StatementDate = quote.Date?.Date,
            Published = quote.Article.Published,
            Confidence = quote.Confidence,
            ClusterId = quote.ClusterId,
            ClusterKey = QuoteSignature.Of(quote.Text).Keys.ToArray(),
            Quote = JsonSerializer.SerializeToElement(quote, QuoteJson.Options),
        };
    }

    // The Lucene store's suggest terms are "key from a word on␟key␟name"; the part before the first separator is this.
    private static string[] SuggestKeys(Speaker speaker) =>
        [.. LuceneTerms.SuggestTerms(speaker).Select(term => term[..term.IndexOf(LuceneTerms.SuggestSeparator, StringComparison.Ordinal)])];

    /// <summary>The quote stored in the document, exactly as it was written.</summary>
    public Quote ToQuote() =>
        Quote.Deserialize<Quote>(QuoteJson.Options)
        ?? throw new JsonException($"The indexed quote {Id} has a null 'quote' field.");
}
