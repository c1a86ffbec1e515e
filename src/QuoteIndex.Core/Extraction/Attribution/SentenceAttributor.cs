using QuoteIndex.Core.Extraction.Cues;
using QuoteIndex.Core.Extraction.Speakers;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Attribution;

/// <summary>
/// Finds the statement a sentence attributes, if any: a cue outside quotation marks, the speaker phrase beside it,
/// and the reported words on the other side: quoted (direct), partly quoted (partial) or not quoted (indirect).
/// </summary>
internal static partial class SentenceAttributor
{
    /// <summary>How many tokens either side of a cue a statement may reach.</summary>
    private const int MaxReach = 150;

    private static readonly WordSet NotReportingBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "not", "will", "would", "could", "should", "might", "may", "can", "must", "did", "does", "do", "never",
        "n't", "cannot", "won't", "wouldn't", "didn't", "doesn't", "don't", "let", "who", "which", "the", "so-called",
        "a", "an", "his", "her", "their", "its", "my", "our", "your", "that", "this", "these", "those", "of", "no",
    };

    private static readonly WordSet AmbiguousPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "states", "claims", "reports", "notes", "remarks", "comments", "calls", "points", "shows", "offers", "questions",
        "promises", "tweets", "posts", "counters", "charges", "answers", "estimates", "finds", "credits", "quotes", "reads",
    };

    /// <summary>Subjects a plain "say" (present plural) may have: "officials say", "they say".</summary>
    private static readonly WordSet PluralPronouns = new(StringComparer.OrdinalIgnoreCase) { "they", "we", "i", "you" };

    /// <summary>The statements of one sentence, in order; usually none or one.</summary>
    public static List<Statement> Find(ArticleText article, int sentence)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        var (sentenceFirst, sentenceLast) = article.SentenceTokens(sentence);
        var found = new List<Statement>(1);
        for (var i = sentenceFirst; i < sentenceLast; i++)
        {
            // A "sentence" of thousands of tokens is not prose: look at a window around each cue so time stays linear.
            var first = Math.Max(sentenceFirst, i - MaxReach);
            var last = Math.Min(sentenceLast, i + MaxReach);
            var token = tokens[i];
            // A cue is a lower-case word outside quotation marks ("United States" holds no cue).
            if (token.Kind != TokenKind.Word || article.IsQuotedToken(i)
                || (char.IsUpper(text[token.Start]) && i > sentenceFirst && !article.IsTitleCase(sentence)))
                continue;
            Statement? statement;
            if (token.Is(text, "according") && i + 1 < last && tokens[i + 1].Is(text, "to"))
            {
                // "\"...,\" the mayor said, according to the council.": the council relays the mayor's own words; it is
                // not a second statement that holds the first. (Reported speech relayed so is the source's: PolNeAR.)
                if (found.Count > 0 && found[^1].Kind == QuoteKind.Direct
                    && OnlyPunctuationBetween(article, AttributionEnd(found[^1]), token.Start))
                    continue;
                statement = AccordingTo(article, first, last, i);
            }
            else if (CueLexicon.Find(token.In(text)) is not { } verb)
                continue;
            else if (verb.Form == CueForm.Participle)
                statement = AtParticiple(article, first, last, i, verb, found.Count > 0 ? found[^1].Mention : null);
            else if (found.Count == 0)
                statement = AtVerb(article, first, last, i, verb);
            else if (TrailingAttribution(article, found[^1], first, last, i, verb) is { } trailing)
            {
                // "Organizers added 160 officers along the route, the Sun-Times reported.": the closing attribution
                // reports the whole clause; the verb inside it was part of what was reported.
                found[^1] = trailing;
                continue;
            }
            else if (ClauseBreak(article, found[^1], i) is { } clause)
            {
                // "She said fathers would not be eligible, and when pressed, the mother of three replied, ...":
                // a second speaker, or a second report, in a clause of its own.
                statement = AtVerb(article, clause + 1, last, i, verb);
                if (statement is not null)
                    found[^1] = EndBefore(found[^1], tokens[clause].Start, text);
            }
            else
                continue;
            if (statement is null)
                continue;
            found.Add(statement);
            // Only a participle cue (", adding that ...") may follow on the same sentence.
            i = Math.Max(i, SentenceAttributor.TokenAt(tokens, sentenceFirst, sentenceLast, statement.Cue?.End ?? statement.End));
        }

        if (sentenceLast - sentenceFirst > 2 * MaxReach)
            return found;
        // Both need a quote mark of a quotation in the sentence.
        if (found.Count > 0 || !article.HasQuoteMarks(sentence))
            return found;
        if (DashSignature(article, sentenceFirst, sentenceLast) is { } signed)
            found.Add(signed);
        if (found.Count == 0 && PartialQuote(article, sentenceFirst, sentenceLast) is { } partial)
            found.Add(partial);
        return found;
    }

    private static int AttributionEnd(Statement statement) =>
        Math.Max(statement.End, Math.Max(statement.Cue?.End ?? 0, statement.Mention?.Span.End ?? 0));

    private static bool OnlyPunctuationBetween(ArticleText article, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLetterOrDigit(article.Text[k]))
                return false;
        }

        return true;
    }

    private static Statement? AtVerb(ArticleText article, int first, int last, int cue, CueVerb verb)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        // "continued to say", "went on to say": the report is the earlier verb's; its subject speaks.
        if (verb.Form == CueForm.Base && cue - 2 >= first && tokens[cue - 1].Is(text, "to") && ReportingBeforeTo(text, tokens, cue - 2) is { } lead)
            return AtVerb(article, first, last, lead, verb with { Form = CueForm.Past });
        // "will say", "to tell", "the said": not a report of words spoken. ("Will claims" has a capital: a name.)
        if (cue > first && tokens[cue - 1].Kind == TokenKind.Word && !char.IsUpper(text[tokens[cue - 1].Start])
            && NotReportingBefore.Has(tokens[cue - 1].In(text)))
            return null;
        // "Republican claims", "Democratic statements": after a party or title word the word is a noun.
        if (verb.Form == CueForm.Present && cue > first && tokens[cue - 1].Kind == TokenKind.Word && NameWords.Titles.Has(tokens[cue - 1].In(text))
            && !NameWords.UnnamedNouns.Has(tokens[cue - 1].In(text)))
            return null;
        // "Renwick's comments", "Marsh's remarks": after a possessive the word is a noun.
        if (cue > first && tokens[cue - 1].Kind == TokenKind.Word && verb.Form == CueForm.Present
            && (tokens[cue - 1].In(text).EndsWith("'s", StringComparison.Ordinal) || tokens[cue - 1].In(text).EndsWith("\u2019s", StringComparison.Ordinal)
                || tokens[cue - 1].In(text).EndsWith("s'", StringComparison.Ordinal)))
            return null;
        var lower = NarrativeStart(article, first, cue);
        var previous = cue - 1;
        while (previous > lower && tokens[previous].Kind == TokenKind.Word && NameWords.Auxiliaries.Has(tokens[previous].In(text)))
            previous--;
        // "He walked back his remarks and (later) said ...": the coordinated verb shares the sentence's subject.
        var before = previous >= lower && tokens[previous].Kind == TokenKind.Word && tokens[previous].In(text) is "and" or "but" or "then"
            ? SubjectOf(article, first, previous)
            : MentionFinder.Before(text, tokens, cue, lower);
        Mention? after = null;
        if (before is null)
        {
            // "..., said Hugh Hill" / "\"...,\" says the ministry": inversion only after a comma or a closing quote.
            var prev = cue > first ? tokens[cue - 1] : default;
            if (cue == first || prev.Kind == TokenKind.CloseQuote || (prev.Kind == TokenKind.Punctuation && text[prev.Start] is ',' or '\u2014' or '-'))
                after = MentionFinder.After(text, tokens, cue + 1, NarrativeEnd(article, cue + 1, last));
        }

        // "The trouble with the bridge, says Ana Petrov, an engineer at ...": a name right after the cue wins over the phrase before the comma.
        if (before is not null && verb.Frame != CueFrame.Addressee && cue > first && tokens[cue - 1].Kind == TokenKind.Punctuation
            && text[tokens[cue - 1].Start] == ',' && MentionFinder.After(text, tokens, cue + 1, NarrativeEnd(article, cue + 1, last)) is { Kind: MentionKind.Name } inverted
            && EndsClause(article, inverted, last))
        {
            before = null;
            after = inverted;
        }

        var mention = before ?? after;
        if (mention is null)
            return null;
        // "member states", "police reports": an -s form that is as often a plural noun needs a subject that can speak.
        if (verb.Form == CueForm.Present && AmbiguousPlurals.Has(tokens[cue].In(text))
            && mention.Kind is MentionKind.Unnamed or MentionKind.Role && !NameWords.UnnamedNouns.Has(mention.Head.Of(text)))
            return null;
        // "say", "report", "promise" in their bare form are as often nouns or infinitives: only "they say", "officials say".
        if (verb.Form == CueForm.Base && !(mention.Kind == MentionKind.Pronoun && PluralPronouns.Contains(mention.Span.Of(text))
                                           || mention.Kind is MentionKind.Unnamed or MentionKind.Organisation && text[mention.Head.End - 1] == 's'
                                           || mention.Span.Of(text).Contains(" and ", StringComparison.Ordinal)))
            return null;

        var mentionFirst = TokenAt(tokens, first, last, mention.Span.Start);
        var mentionLast = TokenAt(tokens, first, last, mention.Span.End - 1);
        var attributionFirst = Math.Min(mentionFirst, cue);
        var attributionLast = Math.Max(mentionLast, cue);

        // "responded to a mother on Wednesday by saying ...": the words said follow "by saying"; that cue takes them.
        if (ByParticiple(article, attributionLast + 1, last))
            return null;
        var right = RightContent(article, attributionLast + 1, last, verb.Frame == CueFrame.Addressee);
        // "..., Hollande said Tuesday in Paris, noting ...": what follows is a statement of its own.
        if (right is { } next && StartsWithParticipleCue(article, next))
            right = null;
        var left = LeftContent(article, first, attributionFirst);
        var content = new List<TextSpan>(2);
        string rule;
        if (left is { } quoted && EndsWithQuotation(article, quoted) && (StartsWithQuotation(article, quoted) || MostlyQuoted(article, quoted)))
        {
            // "\"A,\" he said (on Tuesday)." and "\"A,\" he said, \"B.\"": the quotation before the cue is what was said.
            content.Add(quoted);
            if (right is { } split && StartsWithQuotation(article, split))
                content.Add(split);
            rule = before is not null ? "quote-subject-cue" : "quote-cue-subject";
        }
        else if (before is not null && left is null && IsBackReference(article, attributionLast + 1, last))
        {
            // "Blinken stated this during his speech at ...": points at words given elsewhere (joined by StatementFinder).
            rule = "speaker-reference";
        }
        else if (before is not null && right is { } r && !IsOnlyAdverbial(article, r)
                 && (Words(article, r) >= 3 || HasQuotation(article, r) || (left is null && verb.Strength >= 0.95 && EndsSentence(article, r, last))))
        {
            // "The fund, Tobias Renwick said, was emptied in March.": the attribution interrupts the words said.
            if (left is { } opening && IsInterruption(article, mention, cue) && !IsOnlyAdverbial(article, opening))
                content.Add(opening);
            content.Add(r);
            rule = "subject-cue-content";
        }
        else if (left is { } l && !IsOnlyAdverbial(article, l) && (Words(article, l) >= 3 || HasQuotation(article, l)))
        {
            content.Add(l);
            if (right is { } split && StartsWithQuotation(article, split))
                content.Add(split);
            rule = before is not null ? "content-subject-cue" : "content-cue-subject";
        }
        else if (right is null && EndsWithColon(article, last))
        {
            // "He said:" closing a paragraph: the quotation that follows is the content (joined by StatementFinder).
            rule = "cue-colon";
        }
        else if (left is null && (right is null || Words(article, right.Value) <= 6) && mention.Kind != MentionKind.Unnamed)
        {
            // "Marsh said on Chirp." after a quotation that ended its own sentence (joined by StatementFinder).
            rule = "attribution-only";
        }
        else
        {
            return null;
        }

        if (content.Count == 0)
            return new Statement(QuoteKind.Direct, content, new TextSpan(tokens[cue].Start, tokens[cue].End), mention, rule, Confidence(verb.Strength, mention, QuoteKind.Direct));
        var kind = KindOf(article, content);
        // Weak verbs ("post", "continue", "agree") report speech only with quoted words or an explicit "that".
        if (verb.Strength < 0.75 && (kind == QuoteKind.Indirect && !StartsWith(article, content[0], "that") || QuotesOnlyTitles(article, content)))
            return null;
        if (kind == QuoteKind.Direct)
            content = QuotedParts(article, content);

        var cueSpan = new TextSpan(tokens[cue].Start, tokens[cue].End);
        return new Statement(kind, content, cueSpan, mention, rule, Confidence(verb.Strength, mention, kind));
    }

    /// <summary>
    /// The statement of a cue that closes the sentence after a comma (", the Sun-Times reported.") when the sentence's
    /// earlier statement is reported speech without "that" or quote marks whose cue lies inside this one's content.
    /// </summary>
    private static Statement? TrailingAttribution(ArticleText article, Statement previous, int first, int last, int cue, CueVerb verb)
    {
        if (previous.Kind != QuoteKind.Indirect || previous.Cue is not { } inner || previous.Rule != "subject-cue-content"
            || StartsWith(article, previous.Content[0], "that") || verb.Form is not (CueForm.Past or CueForm.Present))
            return null;
        if (AtVerb(article, first, last, cue, verb) is not { Rule: "content-subject-cue" or "content-cue-subject", Cue: { } closing } statement)
            return null;
        var closes = EndsSentence(article, closing, last) || statement.Mention is { } m && EndsSentence(article, m.Span, last);
        return closes && statement.Start <= inner.Start && inner.End <= statement.End ? statement : null;
    }

    /// <summary>
    /// The token that ends the previous statement's clause before <paramref name="cue"/>: a ", and", ", but", ";" or a
    /// dash, outside quotation marks and after the previous cue. Null when the cue belongs to the same clause.
    /// </summary>
    private static int? ClauseBreak(ArticleText article, Statement previous, int cue)
    {
        var tokens = article.Tokens;
        var text = article.Text;
        var from = previous.Cue is { } c ? TokenAt(tokens, 0, tokens.Count, c.End - 1) + 1 : cue;
        for (var k = cue - 1; k > from; k--)
        {
            if (article.IsQuotedToken(k) || tokens[k].Kind is TokenKind.OpenQuote or TokenKind.CloseQuote)
                return null;
            if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is ';' or '\u2014')
                return k;
            if (tokens[k].Kind == TokenKind.Word && tokens[k].In(text) is "and" or "but" or "while" or "whereas"
                && tokens[k - 1].Kind == TokenKind.Punctuation && text[tokens[k - 1].Start] == ',')
                return k;
        }

        return null;
    }

    /// <summary>The statement with its content cut before <paramref name="offset"/> (and trailing commas dropped).</summary>
    private static Statement EndBefore(Statement statement, int offset, string text)
    {
        while (offset > statement.Start && (char.IsWhiteSpace(text[offset - 1]) || text[offset - 1] == ','))
            offset--;
        if (statement.End <= offset)
            return statement;
        var content = new List<TextSpan>();
        foreach (var span in statement.Content)
        {
            if (span.Start >= offset)
                break;
            content.Add(new TextSpan(span.Start, Math.Min(span.End, offset)));
        }

        if (content.Count == 0)
            return statement;
        return statement with { Content = content };
    }

    /// <summary>"by saying", "by telling": a participle cue a few words on, outside quotation marks.</summary>
    private static bool ByParticiple(ArticleText article, int from, int last)
    {
        var tokens = article.Tokens;
        for (var k = from; k < Math.Min(last - 1, from + 12); k++)
        {
            if (tokens[k].Kind is TokenKind.OpenQuote || tokens[k].Kind == TokenKind.Punctuation && article.Text[tokens[k].Start] is ',' or ';')
                return false;
            if (tokens[k].Is(article.Text, "by") && CueLexicon.Find(tokens[k + 1].In(article.Text)) is { Form: CueForm.Participle })
                return true;
        }

        return false;
    }

    /// <summary>", Tobias Renwick said,": commas on both sides of the attribution.</summary>
    private static bool IsInterruption(ArticleText article, Mention mention, int cue)
    {
        var tokens = article.Tokens;
        var text = article.Text;
        var before = TokenAt(tokens, 0, tokens.Count, mention.Span.Start) - 1;
        return before >= 0 && cue + 1 < tokens.Count && mention.Span.Start < tokens[cue].Start
            && tokens[before].Kind == TokenKind.Punctuation && text[tokens[before].Start] == ','
            && tokens[cue + 1].Kind == TokenKind.Punctuation && text[tokens[cue + 1].Start] == ',';
    }

    /// <summary>The phrase is followed by a comma or the end of the sentence: "says Carl Anthony, historian at ...".</summary>
    private static bool EndsClause(ArticleText article, Mention mention, int last)
    {
        var next = TokenAt(article.Tokens, 0, article.Tokens.Count, mention.Span.End - 1) + 1;
        return next >= last || article.Tokens[next].Kind == TokenKind.Punctuation && article.Text[article.Tokens[next].Start] is ',' or '.' or ';';
    }

    /// <summary>The verb that makes "to say" a report: "continued", "went on", "declined", "refused".</summary>
    private static int? ReportingBeforeTo(string text, List<Token> tokens, int index)
    {
        if (tokens[index].Kind != TokenKind.Word)
            return null;
        var word = tokens[index].In(text);
        if (word is "continued" or "continues" or "declined" or "declines" or "refused" or "refuses")
            return index;
        return word is "on" && index > 0 && tokens[index - 1].In(text) is "went" or "goes" ? index - 1 : null;
    }

    private static double Confidence(double cueStrength, Mention mention, QuoteKind kind)
    {
        var speaker = mention.Kind switch
        {
            MentionKind.Name => 1.0,
            MentionKind.Pronoun => 0.95,
            MentionKind.Organisation => 0.9,
            MentionKind.Role => 0.9,
            _ => 0.85,
        };
        var content = kind == QuoteKind.Direct ? 1.0 : kind == QuoteKind.Partial ? 0.95 : 0.9;
        return Math.Round(Math.Clamp(cueStrength * speaker * content, 0.05, 0.99), 3);
    }
}
