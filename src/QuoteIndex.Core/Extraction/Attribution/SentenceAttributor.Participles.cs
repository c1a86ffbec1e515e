using QuoteIndex.Core.Extraction.Cues;
using QuoteIndex.Core.Extraction.Speakers;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Attribution;

/// <summary>"..., saying ...": statements that hang off the subject of another clause.</summary>
internal static partial class SentenceAttributor
{
    /// <summary>"..., saying (that) ...", "..., adding that ...": the speaker is the subject of the sentence.</summary>
    private static Statement? AtParticiple(ArticleText article, int first, int last, int cue, CueVerb verb, Mention? subject)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        // ", saying", "by saying", and "touting their record and saying": a participle that hangs off the clause before.
        if (cue == first || !(tokens[cue - 1].Kind == TokenKind.Punctuation && text[tokens[cue - 1].Start] is ',' or '\u2014' or '-'
                              || tokens[cue - 1].Is(text, "by")
                              || tokens[cue - 1].Is(text, "and") && verb.Strength >= 0.9))
            return null;
        subject ??= SubjectOf(article, first, cue);
        if (subject is null)
            return null;
        // "Marsh and Renwick clashed ..., each touting their record and saying ...": "each" is the mention; the subject names it.
        for (var k = cue - 1; k > first && k >= cue - 8; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].In(text) is "each" or "both" && tokens[k].Start > subject.Span.End)
            {
                subject = subject with { Span = new TextSpan(tokens[k].Start, tokens[k].End) };
                break;
            }
        }

        var right = RightContent(article, cue + 1, last, verb.Frame == CueFrame.Addressee);
        if (right is null && EndsWithColon(article, last))
        {
            // "The Times confirmed it, reporting:" and the quotation in the next paragraph.
            return new Statement(QuoteKind.Direct, [], new TextSpan(tokens[cue].Start, tokens[cue].End), subject, "cue-colon", Confidence(verb.Strength * 0.9, subject, QuoteKind.Direct));
        }

        if (right is not { } r || (Words(article, r) < 3 && !HasQuotation(article, r)))
            return null;
        List<TextSpan> content = [r];
        var kind = KindOf(article, content);
        if (verb.Strength < 0.7 && kind == QuoteKind.Indirect && !StartsWith(article, r, "that"))
            return null;
        if (kind == QuoteKind.Direct)
            content = QuotedParts(article, content);
        var cueSpan = new TextSpan(tokens[cue].Start, tokens[cue].End);
        return new Statement(kind, content, cueSpan, subject, "participle", Confidence(verb.Strength * 0.9, subject, kind));
    }

    /// <summary>
    /// The subject of the clause a participle or coordinated verb hangs off: the nearest name or pronoun before it that
    /// is followed by a verb ("Here in Calder, Renwick stepped up ..., saying").
    /// </summary>
    private static Mention? SubjectOf(ArticleText article, int first, int before)
    {
        var tokens = article.Tokens;
        var text = article.Text;
        // The main clause comes first: its verb is the leftmost clear verb that has a subject before it.
        var from = first + 1;
        for (var k = before - 1; k > first; k--)
        {
            if (tokens[k].Kind is TokenKind.OpenQuote or TokenKind.CloseQuote || article.IsQuotedToken(k))
            {
                from = k + 1;
                break;
            }
        }

        for (var verb = from; verb < before; verb++)
        {
            var token = tokens[verb];
            if (!IsClearVerb(text, token))
                continue;
            // The phrase that ends just before the verb, past any auxiliaries and adverbs: "the band leader called".
            var subject = MentionFinder.Before(text, tokens, verb, from - 1 < first ? first : from - 1 == first ? first : from);
            if (subject is { Kind: MentionKind.Name or MentionKind.Organisation or MentionKind.Role }
                || subject is { Kind: MentionKind.Pronoun } && !subject.Span.Of(text).Equals("it", StringComparison.OrdinalIgnoreCase)
                || subject is { Kind: MentionKind.Unnamed } && NameWords.Determiners.Contains(FirstWord(subject.Span.Of(text))))
                return subject;
        }

        return null;
    }

    /// <summary>A past form, an auxiliary or a cue verb: plain -s words are too often plural nouns to count.</summary>
    private static bool IsClearVerb(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || char.IsUpper(text[token.Start]))
            return false;
        var word = token.In(text);
        return word.EndsWith("ed", StringComparison.Ordinal) || VerbShapes.IsVerb(text, token) && !word.EndsWith('s')
            || CueLexicon.Find(word) is { Form: CueForm.Past or CueForm.Present } || word is "has" or "was" or "is" or "does";
    }

    private static string FirstWord(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? phrase : phrase[..space];
    }

    private static bool StartsWithParticipleCue(ArticleText article, TextSpan span)
    {
        var token = article.Tokens[TokenAt(article.Tokens, 0, article.Tokens.Count, span.Start)];
        return token.Kind == TokenKind.Word && CueLexicon.Find(token.In(article.Text)) is { Form: CueForm.Participle };
    }
}
