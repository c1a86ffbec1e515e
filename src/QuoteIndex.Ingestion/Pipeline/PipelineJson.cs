using System.Text.Json.Serialization;

namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>The JSON lines of the ledger and the rejects file, serialised without reflection.</summary>
[JsonSerializable(typeof(LedgerEntry))]
[JsonSerializable(typeof(RejectLine))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class PipelineJson : JsonSerializerContext;
