using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteIndex.Core.Quotes;

/// <summary>The one JSON shape of quotes and articles, shared by the store, the API and the command line.</summary>
public static class QuoteJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Applies the project's conventions (camelCase, enums as strings, no nulls) to <paramref name="options"/>.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }

    public static string Serialize(Quote quote) => JsonSerializer.Serialize(quote, Options);

    /// <summary>The quote's JSON as UTF-8, as a store keeps it: half the memory of a string, and no string in between.</summary>
    public static byte[] SerializeToUtf8Bytes(Quote quote) => JsonSerializer.SerializeToUtf8Bytes(quote, Options);

    public static Quote Deserialize(string json) =>
        JsonSerializer.Deserialize<Quote>(json, Options) ?? throw new JsonException("A stored quote was null.");

    /// <summary>A quote from its JSON as UTF-8, as a store keeps it: no string in between.</summary>
    public static Quote Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<Quote>(utf8Json, Options) ?? throw new JsonException("A stored quote was null.");
}
