using System.Text;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Extraction.Attribution;
using QuoteIndex.Core.Extraction.Occasions;
using QuoteIndex.Core.Extraction.Speakers;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;
using TextToken = QuoteIndex.Core.Extraction.Text.Token;

namespace QuoteIndex.Core.Extraction;

/// <summary>
/// Finds attributed quotes in an article. A pure function of the article: no I/O, no state,
/// safe to call from many threads at once.
/// </summary>
public static class QuoteExtractor
{
    public static IReadOnlyList<Quote> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new ArticleText(article.Text, TokenList());
        var statements = StatementFinder.Find(text);
        var speakers = SpeakerResolver.Resolve(text, statements);
        var sites = statements.Select((s, i) => new StatementSite(s.Kind, s.Content, s.Cue, s.Mention?.Span, speakers[i]?.Name)).ToList();
        var occasions = OccasionResolver.Resolve(text.Layout, article.Published, sites);
        var source = ArticleReference.Of(article);
        var quotes = new List<Quote>(statements.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var words = WordsOf(article.Text, statement.Content);
            if (string.IsNullOrWhiteSpace(words))
                continue;
            var sentence = text.Layout.Sentences[statement.Sentence];
            var context = new TextSpan(Math.Min(sentence.Start, statement.Start), Math.Max(sentence.End, statement.End));
            var quote = new Quote(source, words, statement.Content, statement.Kind)
            {
                Speaker = speakers[i],
                Cue = statement.Cue is { } cue ? new Cue(cue.Of(article.Text), cue) : null,
                Mention = statement.Mention?.Span,
                Venue = occasions[i].Venue,
                Date = occasions[i].Date,
                Rule = statement.Rule,
                Context = context.Of(article.Text),
                ContextStart = context.Start,
                Confidence = statement.Confidence,
            };
            if (seen.Add(quote.Id))
                quotes.Add(quote);
        }

        return quotes;
    }

    /// <summary>
    /// The token list of this thread's articles: a text's tokens are read only while its quotes are extracted, and a new
    /// list for every article came to a tenth of all the memory extraction allocated. One grown for an outsized article is
    /// not kept.
    /// </summary>
    private static List<TextToken> TokenList()
    {
        if (_tokens is { Capacity: > KeptTokens })
            _tokens = null;
        return _tokens ??= new List<TextToken>(1024);
    }

    private const int KeptTokens = 1 << 20;

    [ThreadStatic]
    private static List<TextToken>? _tokens;

    /// <summary>The statement's parts, each trimmed, joined by a space; one string made, as nearly every statement has one part.</summary>
    private static string WordsOf(string text, List<TextSpan> parts)
    {
        if (parts.Count == 1)
            return text.AsSpan(parts[0].Start, parts[0].Length).Trim().ToString();
        var words = new StringBuilder();
        for (var k = 0; k < parts.Count; k++)
        {
            if (k > 0)
                words.Append(' ');
            words.Append(text.AsSpan(parts[k].Start, parts[k].Length).Trim());
        }

        return words.ToString();
    }
}
