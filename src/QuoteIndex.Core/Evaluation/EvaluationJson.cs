using QuoteIndex.Core.Ingestion;
using System.Text.Json;

namespace QuoteIndex.Core.Evaluation;

/// <summary>
/// Reading gold and prediction records the way score.py does: a field that is missing, null or falsy ("", 0,
/// [], {}) counts as absent, and a repeated key keeps its last value. A field of a type score.py could not use
/// is a <see cref="FormatException"/> naming it (where score.py would stop with a traceback).
/// </summary>
internal static class EvaluationJson
{
    /// <summary>
    /// Reads one record with <paramref name="read"/>. A string holding half a surrogate pair, which Python would
    /// take, cannot become a .NET string: that line is reported as malformed too.
    /// </summary>
    public static T Read<T>(string json, Func<JsonElement, T> read)
    {
        try
        {
            return read(JsonRecord.ParseObject(json, "expected a JSON object"));
        }
        catch (InvalidOperationException e)
        {
            throw new FormatException($"malformed JSON ({e.Message})", e);
        }
    }

    /// <summary>Python's truthiness of a JSON value.</summary>
    public static bool IsTruthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False or JsonValueKind.Undefined => false,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Number => !value.TryGetDouble(out var number) || number != 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        _ => true,
    };

    /// <summary><c>d.get(name)</c> when truthy, else null (the last of repeated keys, as Python's json keeps).</summary>
    public static JsonElement? Truthy(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && IsTruthy(value) ? value : null;

    /// <summary>A field that score.py uses as text when it is truthy: null when absent or falsy.</summary>
    public static string? Text(JsonElement obj, string name, string path) =>
        Truthy(obj, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            _ => throw new FormatException($"{path}{name} must be a string"),
        };

    /// <summary>A field that score.py only compares with fixed strings: anything but a string never matches.</summary>
    public static string? Label(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A field that score.py tests with <c>is not None</c> and then uses as an integer.</summary>
    public static int? OptionalInt(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new FormatException($"{path}{name} must be an integer");
    }

    public static int Int(JsonElement obj, string name, string path) =>
        OptionalInt(obj, name, path) ?? throw new FormatException($"{path}{name} must be an integer");

    /// <summary>A list of objects that score.py reads as <c>d.get(name) or []</c>.</summary>
    public static IEnumerable<(JsonElement Item, string Path)> Objects(JsonElement obj, string name, string path)
    {
        if (Truthy(obj, name) is not { } list)
            yield break;
        if (list.ValueKind != JsonValueKind.Array)
            throw new FormatException($"{path}{name} must be a list");
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = $"{path}{name}[{index++}]";
            yield return item.ValueKind == JsonValueKind.Object ? (item, itemPath + ".") : throw new FormatException($"{itemPath} must be an object");
        }
    }

    /// <summary>An object that score.py reads as <c>d.get(name) or {}</c>: null when absent or empty.</summary>
    public static JsonElement? Object(JsonElement obj, string name, string path) =>
        Truthy(obj, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.Object } value => value,
            _ => throw new FormatException($"{path}{name} must be an object"),
        };

    /// <summary>The article id: <c>d.get("id") or d.get("doc_id")</c>, which must be a string.</summary>
    public static string Id(JsonElement obj) =>
        Text(obj, "id", "") ?? Text(obj, "doc_id", "") ?? throw new FormatException("the record has no \"id\" (or \"doc_id\")");
}
