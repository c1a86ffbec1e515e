using System.Text.Json;
using QuoteIndex.Core.Articles;

namespace QuoteIndex.Core.Ingestion;

/// <summary>Article records in the JSON shape of shared/eval/FORMAT.md: id, title, outlet, published, author, url, text.</summary>
public static class JsonArticleParser
{
    public static Article Parse(string json)
    {
        var root = JsonRecord.ParseObject(json, "expected a JSON object with a \"text\" field");
        var text = String(root, "text");
        if (string.IsNullOrWhiteSpace(text))
            throw new FormatException("the record has no \"text\"");

        var url = String(root, "url") is { } u ? TextArticleParser.ParseUrl(u) : null;
        var title = String(root, "title");
        var id = String(root, "id") is { Length: > 0 } given ? given : ArticleIdentity.For(url, title, text);
        // The text is kept exactly as given: gold annotations and callers hold offsets into it.
        return new Article(id, text)
        {
            Url = url,
            Title = title,
            Outlet = String(root, "outlet"),
            Author = String(root, "author"),
            Published = String(root, "published") is { } p ? TextArticleParser.ParseDate(p) : null,
            Language = String(root, "language") ?? "en",
        };
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) switch
        {
            false => null,
            true when value.ValueKind == JsonValueKind.Null => null,
            true when value.ValueKind == JsonValueKind.String => value.GetString(),
            _ => throw new FormatException($"\"{name}\" must be a string"),
        };
}
