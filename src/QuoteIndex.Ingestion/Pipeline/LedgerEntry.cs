using System.Text.Json.Serialization;

namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>One line of the ledger: an article whose quotes are committed to the store.</summary>
/// <param name="Source">Where the article was read, as the user would name it.</param>
/// <param name="ArticleId">The article's id.</param>
/// <param name="ContentHash">The article's <see cref="ArticleFingerprint"/> when it was ingested.</param>
/// <param name="Quotes">How many quotes it gave.</param>
public sealed record LedgerEntry(
    string Source,
    [property: JsonPropertyName("article")] string ArticleId,
    [property: JsonPropertyName("hash")] string ContentHash,
    int Quotes);
