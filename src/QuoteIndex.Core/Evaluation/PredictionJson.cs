using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Evaluation;

/// <summary>The prediction format of shared/eval/FORMAT.md: one JSON line per article with its quotes.</summary>
public static class PredictionJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, Article article, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(quotes);
        using (var json = new Utf8JsonWriter(output, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteStartArray("quotes");
            foreach (var quote in quotes)
                WriteQuote(json, quote);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteQuote(Utf8JsonWriter json, Quote quote)
    {
        json.WriteStartObject();
        json.WriteNumber("start", quote.Start);
        json.WriteNumber("end", quote.End);
        json.WriteString("text", quote.Text);
        json.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
        if (quote.Speaker is not null || quote.Mention is not null)
        {
            json.WriteStartObject("speaker");
            if (quote.Speaker?.Name is { } name)
                json.WriteString("name", name);
            else
                json.WriteNull("name");
            if ((quote.Mention ?? quote.Speaker?.Mention) is { } mention)
            {
                json.WriteNumber("start", mention.Start);
                json.WriteNumber("end", mention.End);
            }

            json.WriteEndObject();
        }

        if (quote.Cue is { } cue)
        {
            json.WriteStartObject("cue");
            json.WriteNumber("start", cue.Span.Start);
            json.WriteNumber("end", cue.Span.End);
            json.WriteEndObject();
        }

        if (quote.Venue is { } venue)
        {
            json.WriteString("venue", venue.Name);
            json.WriteString("venueType", JsonNamingPolicy.SnakeCaseLower.ConvertName(venue.Type.ToString()));
        }

        if (quote.Date is { } date)
        {
            json.WriteString("date", date.ToString());
            json.WriteString("dateSource", date.Source.ToString().ToLowerInvariant());
        }

        if (quote.Article.Published is { } published)
            json.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("confidence", Math.Round(quote.Confidence, 3));
        if (quote.Rule is { } rule)
            json.WriteString("rule", rule);
        json.WriteEndObject();
    }
}
