using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuoteIndex.Core.Evaluation;

/// <summary>
/// A <see cref="ScoreReport"/> as `score.py --json` prints it (Python's <c>json.dumps(out, indent=1)</c>), byte
/// for byte: the same keys in the same order, one-space indents, and floats written as Python writes them (50.0).
/// </summary>
public static class ScoreReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 1,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("articles", report.Articles);
            json.WriteNumber("articles_without_prediction", report.ArticlesWithoutPrediction);
            json.WriteStartObject("rules");
            foreach (var card in report.Rules)
                WriteScorecard(json, card);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    public static string ToJson(ScoreReport report)
    {
        using var buffer = new MemoryStream();
        Write(buffer, report);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteScorecard(Utf8JsonWriter json, Scorecard card)
    {
        json.WriteStartObject(card.Rule.Name);
        foreach (var tier in card.Tiers)
        {
            json.WriteStartObject(tier.Name);
            json.WriteNumber("gold", tier.Gold);
            json.WriteNumber("found", tier.Found);
            json.WriteNumber("predicted", tier.Predicted);
            WriteFloat(json, "P", tier.Precision);
            WriteFloat(json, "R", tier.Recall);
            WriteFloat(json, "F1", tier.F1);
            json.WriteEndObject();
        }

        WriteFloat(json, "speaker accuracy", card.SpeakerAccuracy);
        WriteFloat(json, "named speaker accuracy", card.NamedSpeakerAccuracy);
        WriteFloat(json, "cue accuracy", card.CueAccuracy);
        // score.py leaves the venue and date lines out, rather than writing null, when the gold has none.
        if (card.StatedVenuesFound is { } venues)
        {
            WriteFloat(json, "venue accuracy", card.VenueAccuracy);
            json.WriteString("stated venues found", venues.ToString());
        }

        if (card.StatedDatesFound is { } dates)
        {
            WriteFloat(json, "date accuracy", card.DateAccuracy);
            json.WriteString("stated dates found", dates.ToString());
        }

        json.WriteEndObject();
    }

    private static void WriteFloat(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        if (value is { } number)
            json.WriteRawValue(PythonText.Repr(number));
        else
            json.WriteNullValue();
    }
}
