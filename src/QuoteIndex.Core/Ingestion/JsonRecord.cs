using System.Text.Json;

namespace QuoteIndex.Core.Ingestion;

/// <summary>One JSON line read as an object, with JSON errors turned into <see cref="FormatException"/>s a user can read.</summary>
internal static class JsonRecord
{
    public static JsonElement ParseObject(string json, string notAnObject)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FormatException($"malformed JSON ({e.Message})", e);
        }

        return root.ValueKind == JsonValueKind.Object ? root : throw new FormatException(notAnObject);
    }
}
