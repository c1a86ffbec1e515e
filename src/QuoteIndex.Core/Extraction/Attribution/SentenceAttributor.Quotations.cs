using QuoteIndex.Core.Extraction.Speakers;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Attribution;

/// <summary>Statements carried by quotation marks without a speech verb: signed quotes, partial quotes, "according to".</summary>
internal static partial class SentenceAttributor
{
    /// <summary>"“We can build a wall around him.” ― Steve Quinlan": a quotation signed with a dash and a name.</summary>
    private static Statement? DashSignature(ArticleText article, int first, int last)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        var close = last - 1;
        while (close >= first && tokens[close].Kind != TokenKind.CloseQuote)
            close--;
        if (close < first + 1 || close + 2 >= last || tokens[close + 1].Kind != TokenKind.Punctuation
            || text[tokens[close + 1].Start] is not ('\u2015' or '\u2014' or '\u2013' or '-'))
            return null;
        var nameEnd = last - 1;
        while (nameEnd > close + 1 && tokens[nameEnd].Kind == TokenKind.Punctuation)
            nameEnd--;
        if (nameEnd - (close + 2) > 6 || !tokens[close + 2].IsCapitalised(text))
            return null;
        var mention = MentionFinder.After(text, tokens, close + 2, nameEnd + 1);
        if (mention is not { Kind: MentionKind.Name or MentionKind.Organisation or MentionKind.Role })
            return null;
        var content = QuotedParts(article, [new TextSpan(tokens[first].Start, tokens[close].End)]);
        var cue = new TextSpan(tokens[close + 1].Start, tokens[close + 1].End);
        return new Statement(QuoteKind.Direct, content, cue, mention, "quote-dash-signature", Confidence(0.85, mention, QuoteKind.Direct));
    }

    /// <summary>
    /// "Marsh credited the mayor with keeping “the whole harbour afloat”": quoted words inside a clause whose
    /// subject is a speaker. The verb need not be a speech verb; the quotation marks show whose words they are.
    /// </summary>
    private static Statement? PartialQuote(ArticleText article, int first, int last)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        var quoteOpen = -1;
        for (var k = first + 1; k < last; k++)
        {
            if (tokens[k].Kind == TokenKind.OpenQuote)
            {
                quoteOpen = k;
                break;
            }
        }

        if (quoteOpen < 0 || IsTitleLike(article, quoteOpen))
            return null;
        // The subject opens the sentence, or follows a short opening phrase ("On Saturday, Marsh issued ...").
        var starts = new List<int>(2) { first };
        for (var k = first; k < Math.Min(quoteOpen, first + 10); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == ',')
            {
                starts.Add(k + 1);
                break;
            }
        }

        foreach (var start in starts)
        {
            if (start >= quoteOpen || tokens[start].Kind != TokenKind.Word)
                continue;
            var subject = MentionFinder.After(text, tokens, start, quoteOpen, asSubject: true);
            if (subject is null || subject.Kind == MentionKind.Role && subject.Span.Length < 4)
                continue;
            if (subject.Kind == MentionKind.Pronoun && !(subject.Span.Of(text) is "He" or "She" or "he" or "she" or "They" or "they"))
                continue;
            var verb = TokenAt(tokens, first, last, subject.Span.End - 1) + 1;
            while (verb < quoteOpen && tokens[verb].Kind == TokenKind.Word && NameWords.Auxiliaries.Has(tokens[verb].In(text)))
                verb++;
            if (verb >= quoteOpen - 1 || !VerbShapes.IsFiniteVerb(text, tokens[verb]))
                continue;
            var content = RightContent(article, verb + 1, last, addressee: false);
            if (content is not { } c || c.Start > tokens[quoteOpen].Start)
                continue;
            List<TextSpan> spans = [c];
            var kind = KindOf(article, spans);
            if (kind == QuoteKind.Direct)
                spans = QuotedParts(article, spans);
            var cue = new TextSpan(tokens[verb].Start, tokens[verb].End);
            return new Statement(kind, spans, cue, subject, "subject-verb-partial-quote", Confidence(0.6, subject, kind));
        }

        return null;
    }

    /// <summary>"according to X, ..." and "..., according to X".</summary>
    private static Statement? AccordingTo(ArticleText article, int first, int last, int according)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        var end = NarrativeEnd(article, according + 2, last);
        var mention = MentionFinder.After(text, tokens, according + 2, end);
        if (mention is null)
            return null;
        var mentionLast = TokenAt(tokens, first, last, mention.Span.End - 1);
        var cue = new TextSpan(tokens[according].Start, tokens[according + 1].End);
        var left = LeftContent(article, first, according);
        var right = RightContent(article, mentionLast + 1, last, addressee: false);
        var content = left is { } l && Words(article, l) >= 3 ? l : right is { } r && Words(article, r) >= 3 ? r : (TextSpan?)null;
        if (content is null)
            return null;
        List<TextSpan> spans = [content.Value];
        var kind = KindOf(article, spans);
        if (kind == QuoteKind.Direct)
            spans = QuotedParts(article, spans);
        return new Statement(kind, spans, cue, mention, "according-to", Confidence(0.9, mention, kind));
    }

    private static readonly WordSet WorkNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "film", "movie", "book", "novel", "song", "album", "show", "series", "documentary", "play", "musical", "poem",
        "essay", "article", "column", "report", "study", "podcast", "programme", "program", "episode", "exhibition",
        "painting", "titled", "entitled", "memoir", "biopic", "opera", "single", "track",
    };

    /// <summary>"the film \"The Long Quay\"", "a report titled \"Homes Within Reach\"": the title of a work, every word capitalised.</summary>
    private static bool IsTitleLike(ArticleText article, int open)
    {
        var tokens = article.Tokens;
        if (open == 0 || !WorkNouns.Has(tokens[open - 1].In(article.Text)))
            return false;
        var words = 0;
        for (var k = open + 1; k < tokens.Count && tokens[k].Kind != TokenKind.CloseQuote; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
                continue;
            if (!tokens[k].IsCapitalised(article.Text) && tokens[k].Length > 3)
                return false;
            words++;
        }

        return words >= 2;
    }

    /// <summary>Every quotation in the content is a title ("praised the film \"The Long Quay\"").</summary>
    private static bool QuotesOnlyTitles(ArticleText article, List<TextSpan> content)
    {
        var any = false;
        foreach (var span in content)
        {
            foreach (var open in TokensIn(article, span))
            {
                if (article.Tokens[open].Kind != TokenKind.OpenQuote)
                    continue;
                if (!IsTitleLike(article, open))
                    return false;
                any = true;
            }
        }

        return any;
    }
}
