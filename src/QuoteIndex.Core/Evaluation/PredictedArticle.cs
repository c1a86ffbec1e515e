using System.Text;
using System.Text.Json;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Evaluation;

/// <summary>One line of a prediction file: what <see cref="PredictionJson"/> writes for an article.</summary>
public sealed record PredictedArticle(string Id, IReadOnlyList<PredictedQuote> Quotes)
{
    /// <summary>Reads one prediction JSONL line; a line score.py could not score is a <see cref="FormatException"/> saying why.</summary>
    public static PredictedArticle Parse(string json) =>
        EvaluationJson.Read(json, root =>
        {
            var id = EvaluationJson.Id(root);
            // score.py reads d.get("quotes", []): an explicit null would stop it.
            if (root.TryGetProperty("quotes", out var quotes) && quotes.ValueKind != JsonValueKind.Array)
                throw new FormatException("quotes must be a list");
            return new PredictedArticle(id, EvaluationJson.Objects(root, "quotes", "").Select(q => PredictedQuote.Read(q.Item, q.Path)).ToList());
        });

    /// <summary>
    /// The extractor's quotes as a prediction file would hold them: written by <see cref="PredictionJson"/> and read
    /// back, so that scoring in process scores exactly what `quoteindex extract` writes.
    /// </summary>
    public static PredictedArticle From(Article article, IReadOnlyList<Quote> quotes)
    {
        using var line = new MemoryStream();
        PredictionJson.Write(line, article, quotes);
        return Parse(Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length));
    }
}

/// <summary>
/// One predicted quote. <see cref="Start"/>/<see cref="End"/> bound its content; a quote with no content
/// (no start, or end not after start) is left out of scoring altogether, as score.py does.
/// </summary>
public sealed record PredictedQuote
{
    public int? Start { get; init; }
    public int? End { get; init; }
    public string Text { get; init; } = "";

    /// <summary>direct, partial, mixed or indirect; null when missing or not a string.</summary>
    public string? Kind { get; init; }

    public PredictedSpeaker? Speaker { get; init; }
    public PredictedCue? Cue { get; init; }
    public string? Venue { get; init; }
    public string? Date { get; init; }

    /// <summary>"stated" or "published"; a published date is no claim about when the statement was made.</summary>
    public string? DateSource { get; init; }

    internal static PredictedQuote Read(JsonElement q, string path)
    {
        var start = EvaluationJson.OptionalInt(q, "start", path);
        var end = start is null ? null : (int?)EvaluationJson.Int(q, "end", path);
        if (q.TryGetProperty("text", out var text) && text.ValueKind != JsonValueKind.String)
            throw new FormatException($"{path}text must be a string");
        return new PredictedQuote
        {
            Start = start,
            End = end,
            Text = text.ValueKind == JsonValueKind.String ? text.GetString()! : "",
            Kind = EvaluationJson.Label(q, "kind"),
            Speaker = EvaluationJson.Object(q, "speaker", path) is { } speaker
                ? new PredictedSpeaker(
                    EvaluationJson.Text(speaker, "name", $"{path}speaker."),
                    EvaluationJson.OptionalInt(speaker, "start", $"{path}speaker."),
                    EvaluationJson.OptionalInt(speaker, "end", $"{path}speaker."))
                : null,
            Cue = EvaluationJson.Object(q, "cue", path) is { } cue
                ? new PredictedCue(EvaluationJson.Int(cue, "start", $"{path}cue."), EvaluationJson.Int(cue, "end", $"{path}cue."))
                : null,
            Venue = EvaluationJson.Text(q, "venue", path),
            Date = EvaluationJson.Text(q, "date", path),
            DateSource = EvaluationJson.Label(q, "dateSource"),
        };
    }
}

/// <summary>The resolved name, and the mention [Start, End) the attribution rests on.</summary>
public sealed record PredictedSpeaker(string? Name, int? Start, int? End);

public sealed record PredictedCue(int Start, int End);
