using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using QuoteIndex.Core.Search;

namespace QuoteIndex.Store.Lucene.Search;

/// <summary>
/// Marks the words of a quote that the search matched: words by their stems, phrases word for word in order,
/// prefixes and fuzzy words by spelling, as the query matched them. The text is HTML-escaped and each match wrapped in
/// <c>&lt;mark&gt;</c>. Quotes are short, so the whole text is returned rather than fragments.
/// </summary>
internal sealed class QuoteHighlighter
{
    private readonly Analyzer _analyzer;
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly List<string[]> _phrases = [];
    private readonly List<string> _prefixes = [];
    private readonly List<(string Word, int MaxEdits)> _fuzzy = [];

    public QuoteHighlighter(SearchExpression? expression, Analyzer analyzer)
    {
        _analyzer = analyzer;
        foreach (var node in expression?.Wanted() ?? [])
        {
            switch (node)
            {
                case Word word:
                    _stems.UnionWith(SearchTranslator.Terms(QuoteDocument.Text, word.Text, analyzer));
                    break;
                case Phrase phrase when SearchTranslator.Terms(QuoteDocument.TextExact, phrase.Text, analyzer) is { Count: > 0 } words:
                    _phrases.Add([.. words]);
                    break;
                case Prefix prefix when SearchTranslator.Terms(QuoteDocument.TextExact, prefix.Text, analyzer) is [.., var last]:
                    _prefixes.Add(last);
                    break;
                case Fuzzy fuzzy when SearchTranslator.Terms(QuoteDocument.TextExact, fuzzy.Text, analyzer) is [.., var last]:
                    _fuzzy.Add((last, fuzzy.MaxEdits));
                    break;
            }
        }
    }

    /// <summary><paramref name="text"/>, HTML-escaped, with every matched word marked.</summary>
    public string Highlight(string text)
    {
        var marked = new List<(int Start, int End)>();
        if (_stems.Count > 0)
        {
            foreach (var token in Tokens(QuoteDocument.Text, text))
            {
                if (_stems.Contains(token.Term))
                    marked.Add((token.Start, token.End));
            }
        }

        if (_phrases.Count > 0 || _prefixes.Count > 0 || _fuzzy.Count > 0)
        {
            var exact = Tokens(QuoteDocument.TextExact, text);
            foreach (var phrase in _phrases)
            {
                for (var i = 0; i + phrase.Length <= exact.Count; i++)
                {
                    if (Enumerable.Range(0, phrase.Length).All(k => string.Equals(exact[i + k].Term, phrase[k], StringComparison.Ordinal)))
                        marked.Add((exact[i].Start, exact[i + phrase.Length - 1].End));
                }
            }

            foreach (var token in exact)
            {
                if (_prefixes.Any(p => token.Term.StartsWith(p, StringComparison.Ordinal))
                    || _fuzzy.Any(f => token.Term.Length > 0 && token.Term[0] == f.Word[0] && EditDistance(token.Term, f.Word) <= f.MaxEdits))
                    marked.Add((token.Start, token.End));
            }
        }

        return Render(text, marked);
    }

    /// <summary><paramref name="text"/>, HTML-escaped, with the <paramref name="marked"/> ranges (any order, overlaps allowed) in <c>&lt;mark&gt;</c>.</summary>
    internal static string Render(string text, List<(int Start, int End)> marked)
    {
        marked.Sort();
        var html = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var (start, end) in marked)
        {
            if (end <= at)
                continue;
            var from = Math.Max(start, at);
            html.Append(WebUtility.HtmlEncode(text[at..from]));
            // Overlapping or touching matches ("harbour fees" and "fees") become one mark.
            var until = end;
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[from..until])).Append("</mark>");
            at = until;
        }

        html.Append(WebUtility.HtmlEncode(text[at..]));
        return html.ToString();
    }

    private List<(string Term, int Start, int End)> Tokens(string field, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    // Optimal string alignment distance: transpositions count as one edit, as FuzzyQuery counts them.
    private static int EditDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
            return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
