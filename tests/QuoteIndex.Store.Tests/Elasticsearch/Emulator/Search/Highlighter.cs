using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Search;

/// <summary>
/// The unified highlighter as Elasticsearch 9 runs it (weight matches): each match of the query in the field is
/// one marked stretch (a whole phrase as one, separate terms apart), fragments are sentences up to fragment_size,
/// number_of_fragments 0 returns each matching value whole, the html encoder escapes the text.
/// </summary>
internal sealed partial class Highlighter
{
    private static readonly string[] Options = ["pre_tags", "post_tags", "number_of_fragments", "fragment_size", "highlight_query", "require_field_match", "type", "encoder", "no_match_size", "order", "matched_fields"];

    private readonly JsonObject _o;
    private readonly TimeProvider _clock;

    public Highlighter(JsonObject o, TimeProvider clock)
    {
        Json.OnlyKeys(o, "highlight", [.. Options, "fields", "tags_schema"]);
        if (o["tags_schema"] is not null)
            throw EmulatorError.NotEmulated("highlight tags_schema");
        _o = o;
        _clock = clock;
    }

    public JsonObject? Highlight(Hit hit, JsonNode? searchQuery)
    {
        var result = new JsonObject();
        var fields = _o["fields"] switch
        {
            JsonObject o => o.Select(p => (p.Key, Options: Json.Object(p.Value ?? new JsonObject(), p.Key))).ToList(),
            JsonArray a => a.Select(n => Json.Object(n, "fields")).SelectMany(o => o.Select(p => (p.Key, Options: Json.Object(p.Value ?? new JsonObject(), p.Key)))).ToList(),
            _ => throw EmulatorError.Parsing("[highlight] requires [fields]"),
        };
        var mapping = hit.Snapshot.Index.Mapping;
        foreach (var (pattern, options) in fields)
        {
            Json.OnlyKeys(options, "highlight field", Options);
            string Option(string key) => Json.String(options[key] ?? _o[key]) ?? "";
            if (Option("type") is not ("" or "unified"))
                throw EmulatorError.NotEmulated($"the [{Option("type")}] highlighter");
            if (Option("require_field_match") == "false")
                throw EmulatorError.NotEmulated("highlight require_field_match false");
            if (Option("order") == "score")
                throw EmulatorError.NotEmulated("highlight order [score]");
            var names = pattern.Contains('*', StringComparison.Ordinal)
                ? mapping.Fields.Keys.Where(k => Regex.IsMatch(k, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$")).Where(k => mapping.Fields[k].Kind is FieldKind.Text or FieldKind.Keyword)
                : [pattern];
            foreach (var name in names)
            {
                if (mapping.Field(name) is not { } field || hit.Document.Field(name) is not { } data)
                    continue;
                var queryNode = options["highlight_query"] ?? _o["highlight_query"] ?? searchQuery;
                var query = new QueryCompiler(hit.Snapshot, _clock).Compile(queryNode);
                var spans = new List<MatchSpan>();
                // matched_fields: matches in other fields over the same text mark this one too.
                foreach (var matched in Json.Strings(options["matched_fields"]).Append(field.Path).Distinct(StringComparer.Ordinal))
                    query.Spans(hit.Snapshot, hit.Document, matched, spans);
                var fragments = Fragments(data.Values, Merge(spans), options);
                if (fragments.Count == 0 && (Json.Int(options["no_match_size"] ?? _o["no_match_size"], "no_match_size") ?? 0) is var noMatch and > 0 && data.Values.Count > 0)
                    fragments.Add(Encode(NoMatch(data.Values[0], noMatch), options));
                if (fragments.Count > 0)
                    result[name] = new JsonArray([.. fragments.Select(f => (JsonNode)f)]);
            }
        }

        return result.Count == 0 ? null : result;
    }

    private static List<MatchSpan> Merge(List<MatchSpan> spans)
    {
        var merged = new List<MatchSpan>();
        foreach (var span in spans.Distinct().OrderBy(s => s.Value).ThenBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (merged.Count > 0 && merged[^1].Value == span.Value && span.Start < merged[^1].End)
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            else
                merged.Add(span);
        }

        return merged;
    }

    private List<string> Fragments(List<string> values, List<MatchSpan> spans, JsonObject options)
    {
        var count = Json.Int(options["number_of_fragments"] ?? _o["number_of_fragments"], "number_of_fragments") ?? 5;
        var size = Json.Int(options["fragment_size"] ?? _o["fragment_size"], "fragment_size") ?? 100;
        var fragments = new List<string>();
        for (var v = 0; v < values.Count; v++)
        {
            var inValue = spans.Where(s => s.Value == v).ToList();
            if (inValue.Count == 0)
                continue;
            var text = values[v];
            if (count == 0)
            {
                fragments.Add(Mark(text, 0, text.Length, inValue, options));
                continue;
            }

            foreach (var (start, end) in Sentences(text, size))
            {
                var inSentence = inValue.Where(s => s.Start >= start && s.End <= end).ToList();
                if (inSentence.Count > 0)
                    fragments.Add(Mark(text, start, end, inSentence, options).Trim());
            }
        }

        return count == 0 ? fragments : [.. fragments.Take(count)];
    }

    /// <summary>Sentence passages, a long sentence cut at the word boundary nearest fragment_size.</summary>
    private static IEnumerable<(int Start, int End)> Sentences(string text, int size)
    {
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            foreach (var piece in Bounded(text, start, end.Index + end.Length, size))
                yield return piece;
            start = end.Index + end.Length;
        }

        if (start < text.Length)
        {
            foreach (var piece in Bounded(text, start, text.Length, size))
                yield return piece;
        }
    }

    private static IEnumerable<(int, int)> Bounded(string text, int start, int end, int size)
    {
        while (end - start > size)
        {
            var cut = text.LastIndexOf(' ', start + size, size);
            if (cut <= start)
                cut = start + size;
            yield return (start, cut);
            start = cut;
        }

        yield return (start, end);
    }

    private string Mark(string text, int start, int end, List<MatchSpan> spans, JsonObject options)
    {
        var pre = Json.Strings(options["pre_tags"] ?? _o["pre_tags"]).DefaultIfEmpty("<em>").First();
        var post = Json.Strings(options["post_tags"] ?? _o["post_tags"]).DefaultIfEmpty("</em>").First();
        var html = (Json.String(options["encoder"] ?? _o["encoder"]) ?? "default") == "html";
        var result = new StringBuilder();
        var at = start;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            result.Append(Escape(text[at..span.Start], html)).Append(pre).Append(Escape(text[span.Start..span.End], html)).Append(post);
            at = span.End;
        }

        return result.Append(Escape(text[at..end], html)).ToString();
    }

    private string Encode(string text, JsonObject options) => Escape(text, (Json.String(options["encoder"] ?? _o["encoder"]) ?? "default") == "html");

    /// <summary>Lucene's SimpleHTMLEncoder.</summary>
    private static string Escape(string text, bool html) => !html ? text : text
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("'", "&#x27;", StringComparison.Ordinal).Replace("/", "&#x2F;", StringComparison.Ordinal);

    private static string NoMatch(string text, int size)
    {
        if (text.Length <= size)
            return text;
        var cut = text.LastIndexOf(' ', size);
        return text[..(cut > 0 ? cut : size)];
    }

    [GeneratedRegex(@"[.!?]+[""')\]]*\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
