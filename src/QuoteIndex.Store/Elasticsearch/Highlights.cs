using System.Net;
using System.Text.Json.Nodes;
using QuoteIndex.Store.Lucene.Search;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>
/// Highlighting as the Lucene store gives it: the whole quote, HTML-escaped, each matched word in <c>&lt;mark&gt;</c>.
/// Elasticsearch marks the stemmed "text" (words) and "text.exact" (phrases, prefixes, fuzzy words) separately; the
/// marks of both are read back as ranges of the quote and rendered once, so they merge as on Lucene.
/// </summary>
internal static class Highlights
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";

    /// <summary>The highlight part of a _search body: whole fields (no fragments), HTML-encoded.</summary>
    public static JsonObject Request() => new()
    {
        ["pre_tags"] = new JsonArray(Open),
        ["post_tags"] = new JsonArray(Close),
        ["encoder"] = "html",
        ["number_of_fragments"] = 0,
        ["fields"] = new JsonObject { [QuoteQueryDsl.Text] = new JsonObject(), [QuoteQueryDsl.TextExact] = new JsonObject() },
    };

    /// <summary>The highlighted quote from a hit's "highlight" object; the escaped text unmarked when it has none.</summary>
    public static string Read(string text, JsonNode? highlight)
    {
        var marked = new List<(int Start, int End)>();
        foreach (var field in new[] { QuoteQueryDsl.Text, QuoteQueryDsl.TextExact })
        {
            foreach (var fragment in highlight?[field]?.AsArray() ?? [])
                marked.AddRange(Ranges(text, fragment?.GetValue<string>() ?? ""));
        }

        return QuoteHighlighter.Render(text, marked);
    }

    /// <summary>
    /// The marked ranges of <paramref name="fragment"/> as offsets into <paramref name="text"/>; none when the
    /// fragment, unescaped and unmarked, is not the whole text (then its offsets would not be the quote's).
    /// </summary>
    internal static List<(int Start, int End)> Ranges(string text, string fragment)
    {
        var ranges = new List<(int, int)>();
        var plain = new System.Text.StringBuilder(text.Length);
        var at = 0;
        int? start = null;
        while (at < fragment.Length)
        {
            var open = fragment.IndexOf(Open, at, StringComparison.Ordinal);
            var close = fragment.IndexOf(Close, at, StringComparison.Ordinal);
            var tag = open < 0 ? close : close < 0 ? open : Math.Min(open, close);
            var end = tag < 0 ? fragment.Length : tag;
            plain.Append(WebUtility.HtmlDecode(fragment[at..end]));
            if (tag < 0)
                break;
            if (tag == open)
            {
                start = plain.Length;
                at = tag + Open.Length;
            }
            else
            {
                if (start is { } s && plain.Length > s)
                    ranges.Add((s, plain.Length));
                start = null;
                at = tag + Close.Length;
            }
        }

        return string.Equals(plain.ToString(), text, StringComparison.Ordinal) ? ranges : [];
    }
}
