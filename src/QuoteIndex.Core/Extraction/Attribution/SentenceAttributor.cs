using QuoteIndex.Core.Extraction.Cues;
using QuoteIndex.Core.Extraction.Speakers;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Attribution;

/// <summary>
/// Finds the statement a sentence attributes, if any: a cue outside quotation marks, the speaker phrase beside it,
/// and the reported words on the other side: quoted (direct), partly quoted (partial) or not quoted (indirect).
/// </summary>
internal static class SentenceAttributor
{
    private static readonly HashSet<string> NotReportingBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "not", "will", "would", "could", "should", "might", "may", "can", "must", "did", "does", "do", "never",
        "n't", "cannot", "won't", "wouldn't", "didn't", "doesn't", "don't", "let", "who", "which", "the", "so-called",
        "a", "an", "his", "her", "their", "its", "my", "our", "your", "that", "this", "these", "those", "of", "no",
    };

    /// <summary>Subjects a plain "say" (present plural) may have: "officials say", "they say".</summary>
    private static readonly HashSet<string> PluralPronouns = new(StringComparer.OrdinalIgnoreCase) { "they", "we", "i", "you" };

    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "earlier", "later", "recently", "previously", "morning", "afternoon", "evening", "night", "again", "also",
        "repeatedly", "publicly", "privately", "last", "this", "week", "month", "year", "separately", "then", "now",
    };

    private static readonly HashSet<string> AdverbialStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "during", "after", "before", "while", "last", "this", "earlier", "later", "to", "via", "with",
        "through", "from", "following", "late", "early", "when",
    };

    /// <summary>The statements of one sentence, in order; usually none or one.</summary>
    public static List<Statement> Find(ArticleText article, int sentence)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        var (first, last) = article.SentenceTokens(sentence);
        var found = new List<Statement>(1);
        for (var i = first; i < last; i++)
        {
            var token = tokens[i];
            // A cue is a lower-case word outside quotation marks ("United States" holds no cue).
            if (token.Kind != TokenKind.Word || article.IsQuoted(token.Start)
                || (char.IsUpper(text[token.Start]) && i > first && !article.IsTitleCase(sentence)))
                continue;
            Statement? statement;
            if (token.Is(text, "according") && i + 1 < last && tokens[i + 1].Is(text, "to"))
                statement = AccordingTo(article, first, last, i);
            else if (CueLexicon.Find(token.In(text)) is not { } verb)
                continue;
            else if (verb.Form == CueForm.Participle)
                statement = AtParticiple(article, first, last, i, verb, found.Count > 0 ? found[^1].Mention : null);
            else if (found.Count == 0)
                statement = AtVerb(article, first, last, i, verb);
            else
                continue;
            if (statement is null)
                continue;
            found.Add(statement);
            // Only a participle cue (", adding that ...") may follow on the same sentence.
            i = Math.Max(i, SentenceAttributor.TokenAt(tokens, first, last, statement.Cue?.End ?? statement.End));
        }

        if (found.Count == 0 && DashSignature(article, first, last) is { } signed)
            found.Add(signed);
        if (found.Count == 0 && PartialQuote(article, first, last) is { } partial)
            found.Add(partial);
        return found;
    }

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
    /// "Jacobs credited Merkel with holding “the entire continent together”": quoted words inside a clause whose
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

        if (quoteOpen < 0)
            return null;
        // The subject opens the sentence, or follows a short opening phrase ("On Saturday, Trump issued ...").
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
            while (verb < quoteOpen && tokens[verb].Kind == TokenKind.Word && NameWords.Auxiliaries.Contains(tokens[verb].In(text).ToString()))
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


    /// <summary>"..., saying (that) ...", "..., adding that ...": the speaker is the subject of the sentence.</summary>
    private static Statement? AtParticiple(ArticleText article, int first, int last, int cue, CueVerb verb, Mention? subject)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        if (cue == first || !(tokens[cue - 1].Kind == TokenKind.Punctuation && text[tokens[cue - 1].Start] is ',' or '\u2014' or '-'))
            return null;
        subject ??= SubjectOf(article, first, cue);
        if (subject is null)
            return null;
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
    /// is followed by a verb ("Here in Columbia, Sanders stepped up ..., saying").
    /// </summary>
    private static Mention? SubjectOf(ArticleText article, int first, int before)
    {
        var tokens = article.Tokens;
        var text = article.Text;
        // The main clause comes first: its verb is the leftmost clear verb that has a subject before it.
        var from = first + 1;
        for (var k = before - 1; k > first; k--)
        {
            if (tokens[k].Kind is TokenKind.OpenQuote or TokenKind.CloseQuote || article.IsQuoted(tokens[k].Start))
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

    private static Statement? AtVerb(ArticleText article, int first, int last, int cue, CueVerb verb)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        // "continued to say", "went on to say": the report is the earlier verb's; its subject speaks.
        if (verb.Form == CueForm.Base && cue - 2 >= first && tokens[cue - 1].Is(text, "to") && ReportingBeforeTo(text, tokens, cue - 2) is { } lead)
            return AtVerb(article, first, last, lead, verb with { Form = CueForm.Past });
        // "will say", "to tell", "the said": not a report of words spoken. ("Will claims" has a capital: a name.)
        if (cue > first && tokens[cue - 1].Kind == TokenKind.Word && !char.IsUpper(text[tokens[cue - 1].Start])
            && NotReportingBefore.Contains(tokens[cue - 1].In(text).ToString()))
            return null;
        // "Malik's comments", "Trump's remarks": after a possessive the word is a noun.
        if (cue > first && tokens[cue - 1].Kind == TokenKind.Word && verb.Form == CueForm.Present
            && (tokens[cue - 1].In(text).EndsWith("'s", StringComparison.Ordinal) || tokens[cue - 1].In(text).EndsWith("\u2019s", StringComparison.Ordinal)
                || tokens[cue - 1].In(text).EndsWith("s'", StringComparison.Ordinal)))
            return null;
        var lower = NarrativeStart(article, first, cue);
        var previous = cue - 1;
        while (previous > lower && tokens[previous].Kind == TokenKind.Word && NameWords.Auxiliaries.Contains(tokens[previous].In(text).ToString()))
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

        // "The paradox of Nancy, says Carl Anthony, historian at ...": a name right after the cue wins over the phrase before the comma.
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
        // "say", "report", "promise" in their bare form are as often nouns or infinitives: only "they say", "officials say".
        if (verb.Form == CueForm.Base && !(mention.Kind == MentionKind.Pronoun && PluralPronouns.Contains(mention.Span.Of(text))
                                           || mention.Kind is MentionKind.Unnamed or MentionKind.Organisation && text[mention.Head.End - 1] == 's'
                                           || mention.Span.Of(text).Contains(" and ", StringComparison.Ordinal)))
            return null;

        var mentionFirst = TokenAt(tokens, first, last, mention.Span.Start);
        var mentionLast = TokenAt(tokens, first, last, mention.Span.End - 1);
        var attributionFirst = Math.Min(mentionFirst, cue);
        var attributionLast = Math.Max(mentionLast, cue);

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
                 && (Words(article, r) >= 3 || HasQuotation(article, r) || (left is null && EndsSentence(article, r, last))))
        {
            content.Add(r);
            rule = "subject-cue-content";
        }
        else if (left is { } l && (Words(article, l) >= 3 || HasQuotation(article, l)))
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
            // "Trump said on Twitter." after a quotation that ended its own sentence (joined by StatementFinder).
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
        if (verb.Strength < 0.75 && kind == QuoteKind.Indirect && !StartsWith(article, content[0], "that"))
            return null;
        if (kind == QuoteKind.Direct)
            content = QuotedParts(article, content);

        var cueSpan = new TextSpan(tokens[cue].Start, tokens[cue].End);
        return new Statement(kind, content, cueSpan, mention, rule, Confidence(verb.Strength, mention, kind));
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

    /// <summary>The words after the attribution up to the end of the sentence, past an addressee and adverbials.</summary>
    private static TextSpan? RightContent(ArticleText article, int from, int last, bool addressee)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        var i = from;
        // ", " or ":" right after the cue
        while (i < last && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is ',' or ':' or '\u2014')
            i++;
        if (addressee && i < last && tokens[i].Kind == TokenKind.Word && !tokens[i].Is(text, "that"))
            i = SkipAddressee(article, i, last);
        i = SkipAdverbials(article, i, last);
        var end = last - 1;
        // "..., adding that ..." starts a statement of its own.
        for (var k = i + 1; k < last - 1; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == ',' && !article.IsQuoted(tokens[k].Start)
                && tokens[k + 1].Kind == TokenKind.Word && CueLexicon.Find(tokens[k + 1].In(text)) is { Form: CueForm.Participle })
            {
                end = k - 1;
                break;
            }
        }

        while (end >= i && tokens[end].Kind == TokenKind.Punctuation && text[tokens[end].Start] is '.' or '!' or '?' or ',' or ';' or ':')
            end--;
        return end >= i ? new TextSpan(tokens[i].Start, tokens[end].End) : null;
    }

    /// <summary>The words before the attribution, without the comma or dash that separates them from it.</summary>
    private static TextSpan? LeftContent(ArticleText article, int first, int before)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        var end = before - 1;
        while (end >= first && tokens[end].Kind == TokenKind.Punctuation && text[tokens[end].Start] is ',' or '\u2014' or '-' or ';' or ':')
            end--;
        var start = first;
        while (start <= end && tokens[start].Kind == TokenKind.Punctuation && text[tokens[start].Start] is '\u2014' or '-' or '(' or '.' or ',')
            start++;
        return end >= start ? new TextSpan(tokens[start].Start, tokens[end].End) : null;
    }

    /// <summary>"told reporters", "told The Associated Press", "reminded them", "warned voters in Ohio".</summary>
    private static int SkipAddressee(ArticleText article, int i, int last)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        for (var k = i; k < Math.Min(last, i + 10); k++)
        {
            if (tokens[k].Is(text, "that"))
                return k;
            if (tokens[k].Kind is TokenKind.OpenQuote || (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is ',' or ':'))
                return k;
        }

        // No "that": the addressee is a pronoun, a name or a short noun phrase.
        var j = i;
        if (tokens[j].IsCapitalised(article.Text))
        {
            while (j < last && (tokens[j].IsCapitalised(text) || tokens[j].Is(text, "of") || tokens[j].Is(text, "the")))
                j++;
            return j;
        }

        if (NameWords.Determiners.Contains(tokens[j].In(text).ToString()))
            j++;
        return Math.Min(j + 1, last);
    }

    private static int SkipAdverbials(ArticleText article, int i, int last)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        while (i < last && tokens[i].Kind == TokenKind.Word && TimeWords.Contains(tokens[i].In(text).ToString()))
            i++;
        if (i < last && tokens[i].Kind == TokenKind.Word && AdverbialStarts.Contains(tokens[i].In(text).ToString()))
        {
            // "in an interview with CNN on Tuesday that ..." or "at a rally in Ohio, ...": a short phrase closed by
            // "that" or a comma; "on Tuesday" with nothing to close it.
            for (var k = i + 1; k < Math.Min(last, i + 14); k++)
            {
                if (tokens[k].Is(text, "that"))
                    return k;
                if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is ',' or ':')
                    return k - i <= 6 ? k + 1 : i;
                if (tokens[k].Kind == TokenKind.OpenQuote)
                    return k - i <= 6 ? k : i;
            }

            var j = i + 1;
            while (j < last && j - i <= 3 && tokens[j].Kind is TokenKind.Word or TokenKind.Number && TimeWords.Contains(tokens[j].In(text).ToString()))
                j++;
            if (j > i + 1)
                return j;
        }

        while (i < last && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is ',' or ':')
            i++;
        return i;
    }

    /// <summary>The first token after the last quotation before <paramref name="cue"/>: a speaker never stands inside quoted words.</summary>
    private static int NarrativeStart(ArticleText article, int first, int cue)
    {
        for (var k = cue - 1; k >= first; k--)
        {
            var token = article.Tokens[k];
            if (token.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote || article.IsQuoted(token.Start))
                return k + 1;
        }

        return first;
    }

    private static int NarrativeEnd(ArticleText article, int from, int last)
    {
        for (var k = from; k < last; k++)
        {
            var token = article.Tokens[k];
            if (token.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote || article.IsQuoted(token.Start))
                return k;
        }

        return last;
    }

    private static QuoteKind KindOf(ArticleText article, List<TextSpan> content)
    {
        int quoted = 0, narrative = 0;
        foreach (var span in content)
        {
            foreach (var token in TokensIn(article, span))
            {
                if (token.Kind is not (TokenKind.Word or TokenKind.Number))
                    continue;
                if (article.IsQuoted(token.Start))
                    quoted++;
                else
                    narrative++;
            }
        }

        return quoted == 0 ? QuoteKind.Indirect : narrative == 0 ? QuoteKind.Direct : QuoteKind.Partial;
    }

    /// <summary>For direct quotes, the exact quoted words rather than the region around them.</summary>
    private static List<TextSpan> QuotedParts(ArticleText article, List<TextSpan> content)
    {
        var parts = new List<TextSpan>();
        foreach (var quotation in article.Quotations)
        {
            foreach (var part in quotation.Parts)
            {
                if (content.Exists(c => c.Start <= part.Start && part.End <= c.End + 1))
                    parts.Add(part);
            }
        }

        return parts.Count > 0 ? parts : content;
    }

    private static int Words(ArticleText article, TextSpan span)
    {
        var count = 0;
        foreach (var token in TokensIn(article, span))
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
                count++;
        }

        return count;
    }

    private static bool HasQuotation(ArticleText article, TextSpan span)
    {
        foreach (var token in TokensIn(article, span))
        {
            if (token.Kind is TokenKind.Word && article.IsQuoted(token.Start))
                return true;
        }

        return false;
    }

    /// <summary>Four in five words quoted: "\"We won,\" she said", not "In an interview on \"Face the Nation,\" Ryan said".</summary>
    private static bool MostlyQuoted(ArticleText article, TextSpan span)
    {
        int quoted = 0, all = 0;
        foreach (var token in TokensIn(article, span))
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
                continue;
            all++;
            if (article.IsQuoted(token.Start))
                quoted++;
        }

        return quoted * 5 >= all * 4;
    }

    private static bool StartsWithQuotation(ArticleText article, TextSpan span) =>
        article.Tokens[TokenAt(article.Tokens, 0, article.Tokens.Count, span.Start)].Kind == TokenKind.OpenQuote;

    private static bool EndsWithQuotation(ArticleText article, TextSpan span) =>
        article.Tokens[TokenAt(article.Tokens, 0, article.Tokens.Count, span.End - 1)].Kind == TokenKind.CloseQuote;

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "to", "via", "through", "from", "after", "before", "with", "while", "when",
        "outside", "inside", "near", "by", "under", "over", "into", "amid", "following", "ahead",
    };

    /// <summary>"in a statement", "on Twitter after the debate": where or how it was said, not what.</summary>
    private static bool IsOnlyAdverbial(ArticleText article, TextSpan span)
    {
        var text = article.Text;
        var first = TokenAt(article.Tokens, 0, article.Tokens.Count, span.Start);
        if (!Prepositions.Contains(article.Tokens[first].In(text).ToString()))
            return false;
        foreach (var token in TokensIn(article, span))
        {
            if (token.Is(text, "that") || token.Kind is TokenKind.OpenQuote || CueLexicon.Find(token.In(text)) is not null)
                return false;
            if (token.Kind == TokenKind.Punctuation && text[token.Start] == ',')
                return false;
        }

        return true;
    }

    /// <summary>"this during his speech", "so on Tuesday": the words said are not here but before or after.</summary>
    private static bool IsBackReference(ArticleText article, int next, int last)
    {
        var tokens = article.Tokens;
        if (next >= last || !(tokens[next].Is(article.Text, "this") || tokens[next].Is(article.Text, "so")))
            return false;
        return next + 1 >= last || Prepositions.Contains(tokens[next + 1].In(article.Text).ToString())
            || tokens[next + 1].Kind == TokenKind.Punctuation;
    }

    /// <summary>True when nothing but closing punctuation follows the span in its sentence.</summary>
    private static bool EndsSentence(ArticleText article, TextSpan span, int last)
    {
        var k = TokenAt(article.Tokens, 0, article.Tokens.Count, span.End - 1) + 1;
        for (; k < last; k++)
        {
            if (article.Tokens[k].Kind != TokenKind.Punctuation)
                return false;
        }

        return true;
    }

    /// <summary>The phrase is followed by a comma or the end of the sentence: "says Carl Anthony, historian at ...".</summary>
    private static bool EndsClause(ArticleText article, Mention mention, int last)
    {
        var next = TokenAt(article.Tokens, 0, article.Tokens.Count, mention.Span.End - 1) + 1;
        return next >= last || article.Tokens[next].Kind == TokenKind.Punctuation && article.Text[article.Tokens[next].Start] is ',' or '.' or ';';
    }

    /// <summary>The verb that makes "to say" a report: "continued", "went on", "declined", "refused".</summary>
    private static int? ReportingBeforeTo(string text, IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index].Kind != TokenKind.Word)
            return null;
        var word = tokens[index].In(text);
        if (word is "continued" or "continues" or "declined" or "declines" or "refused" or "refuses")
            return index;
        return word is "on" && index > 0 && tokens[index - 1].In(text) is "went" or "goes" ? index - 1 : null;
    }

    private static bool StartsWithParticipleCue(ArticleText article, TextSpan span)
    {
        var token = article.Tokens[TokenAt(article.Tokens, 0, article.Tokens.Count, span.Start)];
        return token.Kind == TokenKind.Word && CueLexicon.Find(token.In(article.Text)) is { Form: CueForm.Participle };
    }

    private static bool EndsWithColon(ArticleText article, int last)
    {
        var k = last - 1;
        return k >= 0 && article.Tokens[k].Kind == TokenKind.Punctuation && article.Text[article.Tokens[k].Start] == ':';
    }

    private static bool StartsWith(ArticleText article, TextSpan span, string word)
    {
        var token = article.Tokens[TokenAt(article.Tokens, 0, article.Tokens.Count, span.Start)];
        return token.Is(article.Text, word);
    }

    private static IEnumerable<Token> TokensIn(ArticleText article, TextSpan span)
    {
        var tokens = article.Tokens;
        for (var k = TokenAt(tokens, 0, tokens.Count, span.Start); k < tokens.Count && tokens[k].Start < span.End; k++)
            yield return tokens[k];
    }

    /// <summary>The index of the token that starts at or contains <paramref name="offset"/> (binary search).</summary>
    internal static int TokenAt(IReadOnlyList<Token> tokens, int first, int last, int offset)
    {
        int lo = first, hi = last - 1, found = first;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
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
