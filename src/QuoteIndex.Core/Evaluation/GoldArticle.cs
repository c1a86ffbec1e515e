using System.Text.Json;

namespace QuoteIndex.Core.Evaluation;

/// <summary>One line of a gold file (shared/eval/FORMAT.md): an article id and its annotated attributions.</summary>
public sealed record GoldArticle(string Id, IReadOnlyList<GoldAttribution> Attributions)
{
    /// <summary>Reads one gold JSONL line; a line score.py could not score is a <see cref="FormatException"/> saying why.</summary>
    public static GoldArticle Parse(string json) =>
        EvaluationJson.Read(json, root => new GoldArticle(
            EvaluationJson.Id(root),
            EvaluationJson.Objects(root, "attributions", "").Select(a => GoldAttribution.Read(a.Item, a.Path)).ToList()));
}

/// <summary>
/// One gold attribution. Empty strings count as absent, as they do in score.py; <see cref="AnnotatesVenue"/> and
/// <see cref="AnnotatesDate"/> say whether the gold carries the field at all (null then means "none stated").
/// </summary>
public sealed record GoldAttribution
{
    /// <summary>direct, partial, mixed, indirect or headline: <c>kind</c>, else PolNeAR's <c>quote_kind_derived</c>.</summary>
    public string? Kind { get; init; }

    public IReadOnlyList<GoldSpan> Content { get; init; } = [];
    public IReadOnlyList<GoldSpan> Source { get; init; } = [];
    public IReadOnlyList<GoldSpan> Cue { get; init; } = [];

    /// <summary>The resolved speaker name (seed, venue-date); when given, speakers are compared by name.</summary>
    public string? Speaker { get; init; }

    public bool AnnotatesVenue { get; init; }
    public string? Venue { get; init; }
    public bool AnnotatesDate { get; init; }

    /// <summary>YYYY-MM-DD, or --MM-DD when the year is not known.</summary>
    public string? Date { get; init; }

    internal static GoldAttribution Read(JsonElement a, string path) => new()
    {
        Kind = EvaluationJson.Text(a, "kind", path) ?? EvaluationJson.Text(a, "quote_kind_derived", path),
        Content = Spans(a, "content", path),
        Source = Spans(a, "source", path),
        Cue = Spans(a, "cue", path),
        Speaker = EvaluationJson.Text(a, "speaker", path),
        AnnotatesVenue = a.TryGetProperty("venue", out _),
        Venue = EvaluationJson.Text(a, "venue", path),
        AnnotatesDate = a.TryGetProperty("date", out _),
        Date = EvaluationJson.Text(a, "date", path),
    };

    private static List<GoldSpan> Spans(JsonElement a, string name, string path) =>
        EvaluationJson.Objects(a, name, path)
            .Select(s => new GoldSpan(
                EvaluationJson.Int(s.Item, "start", s.Path),
                EvaluationJson.Int(s.Item, "end", s.Path),
                s.Item.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()!
                : text.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? ""
                : throw new FormatException($"{s.Path}text must be a string")))
            .ToList();
}

/// <summary>A half-open range of UTF-16 offsets in the article text, with the words it covers.</summary>
public sealed record GoldSpan(int Start, int End, string Text = "");
