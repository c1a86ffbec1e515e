using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

/// <summary>Lenient reads of request JSON, as Elasticsearch reads it (numbers and booleans may come as strings).</summary>
internal static class Json
{
    public static JsonObject Object(JsonNode? node, string what) =>
        node as JsonObject ?? throw EmulatorError.Parsing($"[{what}] must be an object");

    public static string? String(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        _ => throw EmulatorError.Parsing($"expected a value, found {node.ToJsonString()}"),
    };

    public static int? Int(JsonNode? node, string what) => String(node) is { } s
        ? int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i
            : throw EmulatorError.Parsing($"[{what}] expected an integer, found [{s}]")
        : null;

    public static double? Double(JsonNode? node, string what) => String(node) is { } s
        ? double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
            : throw EmulatorError.Parsing($"[{what}] expected a number, found [{s}]")
        : null;

    public static bool? Bool(JsonNode? node, string what) => String(node) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var s => throw EmulatorError.Parsing($"[{what}] expected true or false, found [{s}]"),
    };

    /// <summary>One value or an array of values, as a list.</summary>
    public static List<JsonNode?> Many(JsonNode? node) => node switch
    {
        null => [],
        JsonArray a => [.. a],
        _ => [node],
    };

    public static IEnumerable<string> Strings(JsonNode? node) => Many(node).Select(n => String(n) ?? "");

    /// <summary>Fails on keys the emulator does not read, so no part of a request is silently ignored.</summary>
    public static void OnlyKeys(JsonObject o, string what, params string[] known)
    {
        foreach (var (key, _) in o)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
                throw EmulatorError.NotEmulated($"[{key}] in [{what}]");
        }
    }

    /// <summary>A query's single "field": {...} or "field": value entry, skipping the shared keys.</summary>
    public static (string Field, JsonNode? Value) SingleField(JsonObject o, string query, params string[] shared)
    {
        var fields = o.Where(p => !shared.Contains(p.Key, StringComparer.Ordinal)).ToList();
        if (fields.Count != 1)
            throw EmulatorError.Parsing($"[{query}] query doesn't support multiple fields, found [{string.Join("] and [", fields.Select(f => f.Key))}]");
        return (fields[0].Key, fields[0].Value);
    }

    public static JsonNode? Clone(JsonNode? node) => node?.DeepClone();

    public static JsonNode? Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? JsonValue.Create((long)value) : JsonValue.Create(value);
}
