using System.Globalization;
using System.Text.Json;
using QuoteIndex.Core.Extraction;
using QuoteIndex.Core.Extraction.Quoting;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>A gold attribution of shared/eval (FORMAT.md) turned into the site the extractor would hand the resolver.</summary>
internal sealed record GoldStatement(string Id, StatementSite Site, string? Venue, string? VenueType, string? Date, bool Annotated);

internal sealed record GoldArticle(string Id, string Text, DateTimeOffset? Published, TextLayout Layout, IReadOnlyList<GoldStatement> Statements);

/// <summary>Reads gold JSONL from the shared data beside the repository (never copied into it).</summary>
internal static class GoldArticles
{
    public static IEnumerable<GoldArticle> Read(string path, bool annotatedOnly)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = root.GetProperty("text").GetString()!;
            DateTimeOffset? published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                ? DateTimeOffset.Parse(p.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                : null;
            var statements = new List<GoldStatement>();
            foreach (var a in root.GetProperty("attributions").EnumerateArray())
            {
                var annotated = a.TryGetProperty("venue", out _);
                if (annotatedOnly && !annotated)
                    continue;
                var content = Spans(a, "content", text);
                if (content.Count == 0)
                    continue;
                var cue = Cover(Spans(a, "cue", text));
                var source = Cover(Spans(a, "source", text));
                var kind = a.GetProperty("kind").GetString() switch
                {
                    "direct" => QuoteKind.Direct,
                    "mixed" or "partial" => QuoteKind.Partial,
                    "headline" => QuoteKind.Headline,
                    _ => QuoteKind.Indirect,
                };
                var site = new StatementSite(kind, content, cue, source, String(a, "speaker"));
                statements.Add(new GoldStatement(a.GetProperty("id").GetString()!, site, String(a, "venue"), String(a, "venue_type"), String(a, "date"), annotated));
            }

            statements.Sort((x, y) => x.Site.Start.CompareTo(y.Site.Start));
            var paragraphs = TextLayout.Of(text).Paragraphs;
            var quotations = QuoteMarkScanner.Scan(text, paragraphs);
            var layout = TextLayout.Of(text, [.. quotations.SelectMany(q => q.Parts)]);
            yield return new GoldArticle(root.GetProperty("id").GetString()!, text, published, layout, statements);
        }
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<TextSpan> Spans(JsonElement e, string name, string text)
    {
        var spans = new List<TextSpan>();
        if (!e.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
            return spans;
        foreach (var s in array.EnumerateArray())
        {
            var start = s.GetProperty("start").GetInt32();
            var end = s.GetProperty("end").GetInt32();
            if (end > start && end <= text.Length)
                spans.Add(new TextSpan(start, end));
        }

        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        return spans;
    }

    private static TextSpan? Cover(List<TextSpan> spans) => spans.Count == 0 ? null : new TextSpan(spans[0].Start, spans.Max(s => s.End));
}
