using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using QuoteIndex.Core.Evaluation;
using QuoteIndex.Core.Extraction;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Core.Tests.Evaluation;

/// <summary>
/// The port against the reference: shared/eval/score.py and <see cref="QuoteScorer"/> score the same prediction
/// files, and the C# report must print exactly what `score.py --json` prints. The predictions are the current
/// extractor's (whatever its quality) and a synthetic set derived from the gold with shifted spans, wrong and right
/// speakers, cues, venues and dates, so that every rule of the scorer is exercised on real articles.
/// </summary>
public sealed class ScorePyAgreementTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("quoteindex-eval-");

    public void Dispose() => _folder.Delete(recursive: true);

    public static TheoryData<string, string> Cases => new()
    {
        { "seed.jsonl", "extractor" },
        { "seed.jsonl", "perturbed" },
        { "polnear/dev.jsonl", "extractor" },
        { "polnear/dev.jsonl", "perturbed" },
        { "venue-date/dev.jsonl", "extractor" },
        { "venue-date/dev.jsonl", "perturbed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Score_SameFiles_ReportsExactlyWhatScorePyReports(string goldFile, string predictions)
    {
        var goldPath = SharedData.Path(["eval", .. goldFile.Split('/')]);
        var (lines, problem) = await EvaluationFiles.ReadAsync(goldPath, line => (Gold: GoldArticle.Parse(line), Json: line));
        Assert.True(lines is not null, problem);
        var predPath = Path.Combine(_folder.FullName, $"{goldFile.Replace('/', '-')}.{predictions}.jsonl");
        await File.WriteAllTextAsync(predPath, predictions == "extractor" ? Extracted(lines) : Perturbed(lines));

        var (predicted, predProblem) = await EvaluationFiles.ReadAsync(predPath, PredictedArticle.Parse);
        Assert.True(predicted is not null, predProblem);
        var csharp = ScoreReportJson.ToJson(QuoteScorer.Score(lines.Select(l => l.Gold), predicted));
        var python = await RunScorePyAsync(goldPath, predPath);

        Assert.Equal(Flatten(python), Flatten(csharp));
        Assert.Equal(python, csharp);
    }

    private static string Extracted(IEnumerable<(GoldArticle Gold, string Json)> lines)
    {
        using var output = new MemoryStream();
        foreach (var (gold, json) in lines)
        {
            var article = JsonArticleParser.Parse(json);
            Assert.Equal(gold.Id, article.Id);
            PredictionJson.Write(output, article, QuoteExtractor.Extract(article));
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>
    /// Predictions made from the gold, perturbed at random (a fixed seed): most are near misses of a gold
    /// attribution, some are spurious, one article has no prediction line, one has two, one line names an
    /// article outside the gold.
    /// </summary>
    private static string Perturbed(IReadOnlyList<(GoldArticle Gold, string Json)> lines)
    {
        var random = new Random(20160912);
        using var output = new MemoryStream();
        for (var i = 0; i < lines.Count; i++)
        {
            var gold = lines[i].Gold;
            if (i == 1)
                continue;
            var copies = i == 2 ? 2 : 1;
            for (var copy = 0; copy < copies; copy++)
                WriteArticle(output, gold.Id, gold.Attributions, random);
        }

        WriteArticle(output, "not-in-the-gold", lines[0].Gold.Attributions, random);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static void WriteArticle(Stream output, string id, IReadOnlyList<GoldAttribution> attributions, Random random)
    {
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteStartArray("quotes");
            var end = attributions.SelectMany(a => a.Content).Select(s => s.End).DefaultIfEmpty(500).Max();
            foreach (var gold in attributions)
            {
                if (random.NextDouble() < 0.8)
                    WriteNearMiss(json, gold, random);
            }

            for (var spurious = random.Next(4); spurious > 0; spurious--)
            {
                var start = random.Next(end);
                WriteQuote(json, start, start + random.Next(5, 120), random);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteNearMiss(Utf8JsonWriter json, GoldAttribution gold, Random random)
    {
        var start = gold.Content.Count > 0 ? gold.Content.Min(s => s.Start) : random.Next(400);
        var end = gold.Content.Count > 0 ? gold.Content.Max(s => s.End) : start + 40;
        var length = Math.Max(1, end - start);
        switch (random.Next(6))
        {
            case 0:
                break;
            case 1:
                start += random.Next(-length / 4, length / 4 + 1);
                end += random.Next(-length / 4, length / 4 + 1);
                break;
            case 2:
                end = start + length / 2;
                break;
            case 3:
                start = Math.Max(0, start - length);
                break;
            default:
                start += random.Next(-5, 6);
                end += random.Next(-5, 6);
                break;
        }

        json.WriteStartObject();
        switch (random.Next(40))
        {
            case 0:
                break;  // no offsets: not scored
            case 1:
                json.WriteNumber("start", start);
                json.WriteNumber("end", start);
                break;
            default:
                json.WriteNumber("start", Math.Max(0, start));
                json.WriteNumber("end", Math.Max(0, end));
                break;
        }

        WriteDetails(json, gold, random);
        json.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter json, int start, int end, Random random)
    {
        json.WriteStartObject();
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
        WriteDetails(json, new GoldAttribution(), random);
        json.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter json, GoldAttribution gold, Random random)
    {
        json.WriteString("text", Pick(random, "plain words", "\u201Cquoted words\u201D", "she said \"this\"", "\u00ABguillemets\u00BB", ""));
        if (Pick(random, "direct", "partial", "mixed", "indirect", "headline", null) is { } kind)
            json.WriteString("kind", kind);

        var source = gold.Source.Count > 0 ? gold.Source[random.Next(gold.Source.Count)] : new GoldSpan(0, 3, "Ana");
        switch (random.Next(7))
        {
            case 0:
                break;
            case 1:
                json.WriteStartObject("speaker");
                json.WriteString("name", gold.Speaker ?? source.Text);
                json.WriteNumber("start", source.Start);
                json.WriteNumber("end", source.End);
                json.WriteEndObject();
                break;
            case 2:
                json.WriteStartObject("speaker");
                json.WriteString("name", Pick(random, "Hal Brannigan", "he", "She", "\u0130nes Roldan", "Officials", ""));
                json.WriteNumber("start", source.End + random.Next(0, 3));
                json.WriteNumber("end", source.End + random.Next(3, 9));
                json.WriteEndObject();
                break;
            case 3:
                json.WriteStartObject("speaker");
                json.WriteString("name", (gold.Speaker ?? source.Text).Split(' ')[^1]);
                json.WriteEndObject();
                break;
            case 4:
                json.WriteStartObject("speaker");
                json.WriteNull("name");
                json.WriteNumber("start", source.Start + 1);
                json.WriteNumber("end", source.Start + 2);
                json.WriteEndObject();
                break;
            default:
                json.WriteStartObject("speaker");
                json.WriteString("name", "Hal Brannigan");
                json.WriteNumber("start", source.Start + 200);
                json.WriteNumber("end", source.End + 200);
                json.WriteEndObject();
                break;
        }

        var cue = gold.Cue.Count > 0 ? gold.Cue[0] : new GoldSpan(10, 14, "said");
        switch (random.Next(4))
        {
            case 0:
                break;
            case 1:
                json.WriteStartObject("cue");
                json.WriteNumber("start", cue.Start + random.Next(-2, 3));
                json.WriteNumber("end", cue.End);
                json.WriteEndObject();
                break;
            case 2:
                json.WriteStartObject("cue");
                json.WriteNumber("start", cue.End + 5);
                json.WriteNumber("end", cue.End + 9);
                json.WriteEndObject();
                break;
            default:
                json.WriteStartObject("cue");
                json.WriteEndObject();
                break;
        }

        var venue = gold.Venue ?? "rally in Selma";
        var words = venue.Split(' ');
        if (Pick(random, venue, string.Join(' ', words.Take((words.Length + 1) / 2)), words[^1], "Twitter", "", null, null) is { } v)
            json.WriteString("venue", v);

        var date = gold.Date ?? "2016-10-03";
        var other = date.StartsWith("--", StringComparison.Ordinal) ? "2024" + date[1..] : "2015" + date[4..];
        var (day, dateSource) = random.Next(6) switch
        {
            0 => (null, null),
            1 => (date, "stated"),
            2 => (other, "stated"),
            3 => ("2016-10-03", "published"),
            4 => (date, "published"),
            _ => (date + "T12:00:00", Pick(random, "stated", null)),
        };
        if (day is not null)
            json.WriteString("date", day);
        if (dateSource is not null)
            json.WriteString("dateSource", dateSource);
    }

    private static T Pick<T>(Random random, params T[] choices) => choices[random.Next(choices.Length)];

    private static async Task<string> RunScorePyAsync(string goldPath, string predPath)
    {
        var python = FindOnPath("python3")
                     ?? throw new InvalidOperationException("python3 was not found on PATH: this test runs shared/eval/score.py with it.");
        var start = new ProcessStartInfo(python)
        {
            ArgumentList = { SharedData.Path("eval", "score.py"), goldPath, predPath, "--json" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"score.py exited with {process.ExitCode}: {await error}");
        return (await output).ReplaceLineEndings("\n");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .SelectMany(dir => new[] { Path.Combine(dir, name), Path.Combine(dir, name + ".exe") })
        .FirstOrDefault(File.Exists);

    /// <summary>Every field as "path = raw JSON value", in order, so that a disagreement names the field.</summary>
    private static List<string> Flatten(string json)
    {
        var fields = new List<string>();
        Walk(JsonDocument.Parse(json).RootElement, "");
        return fields;

        void Walk(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                fields.Add($"{path} = {element.GetRawText()}");
                return;
            }

            foreach (var property in element.EnumerateObject())
                Walk(property.Value, $"{path}/{property.Name}");
        }
    }
}
