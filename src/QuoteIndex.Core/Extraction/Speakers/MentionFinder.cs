using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>
/// Finds the speaker phrase next to a cue: before it ("Antony Blinken said", "Hugh Hill, a doctor, said") or after
/// it ("said Hugh Hill", "said a spokesperson for the ministry").
/// </summary>
internal static class MentionFinder
{
    private const int MaxPhraseTokens = 12;

    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "but", "while", "as", "when", "because", "so", "if", "who", "which", "where", "after", "before",
        "although", "though", "since", "whether", "than", "and", "or", "nor", "yet", "what", "how", "why",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "earlier", "later", "past",
    };

    /// <summary>Auxiliaries and common verbs: a speaker phrase never runs through them.</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "could", "would", "should", "will", "can",
        "may", "might", "must", "do", "does", "did", "went", "came", "got", "made", "took", "gave", "seemed", "appeared",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "for", "of", "at", "with", "in", "to", "on", "close", "familiar", "within", "inside", "near", "under", "by",
    };

    /// <summary>The speaker phrase ending just before tokens[cue], or null.</summary>
    public static Mention? Before(string text, IReadOnlyList<Token> tokens, int cue, int lowerBound)
    {
        var j = cue - 1;
        for (var skipped = 0; j >= lowerBound && skipped < 4 && IsWord(tokens[j])
             && (NameWords.Auxiliaries.Contains(Word(text, tokens[j])) || NameWords.IsAdverb(tokens[j].In(text))
                 || (Word(text, tokens[j]) is "both" or "all" or "each" && j - 1 >= lowerBound && NameWords.Auxiliaries.Contains(Word(text, tokens[j - 1])))); skipped++)
            j--;
        if (j < lowerBound)
            return null;
        // "Sanders on Tuesday said", "Feinstein (D-Calif.) last week said": a time between the speaker and the cue.
        while (j - 1 > lowerBound && IsWord(tokens[j]) && TimeWords.Contains(Word(text, tokens[j])))
        {
            j--;
            if (IsWord(tokens[j]) && tokens[j].Is(text, "the"))
                j--;
            if (IsWord(tokens[j]) && Word(text, tokens[j]) is "on" or "last" or "this" or "in" or "next" or "early" or "late")
                j--;
            while (j - 1 > lowerBound && IsWord(tokens[j]) && (NameWords.Auxiliaries.Contains(Word(text, tokens[j])) || NameWords.IsAdverb(tokens[j].In(text))))
                j--;
        }

        // "Speaker Paul Ryan (R-Wis.) said": a parenthesis between the name and the cue.
        if (tokens[j].Kind == TokenKind.Punctuation && text[tokens[j].Start] == ')')
        {
            var open = j;
            while (open > lowerBound && !(tokens[open].Kind == TokenKind.Punctuation && text[tokens[open].Start] == '(') && j - open < 8)
                open--;
            if (open > lowerBound && text[tokens[open].Start] == '(')
                j = open - 1;
        }

        // "Warren, who has not endorsed anyone, told ..." and "Harry Bond, 30, of Raleigh, said ...": the name stands before the asides.
        if (j >= lowerBound && IsComma(text, tokens[j]))
            return BeforeAsides(text, tokens, j, lowerBound);
        if (j < lowerBound || !IsWord(tokens[j]))
            return null;
        if (NameWords.Pronouns.Contains(Word(text, tokens[j])))
            return new Mention(Span(tokens[j]), Span(tokens[j]), MentionKind.Pronoun, null);
        // "..., said Beck, who said there were ...": the relative pronoun stands for the name before it.
        if (tokens[j].Is(text, "who") && j - 2 >= lowerBound && IsComma(text, tokens[j - 1]) && IsWord(tokens[j - 2]))
        {
            var start0 = j - 2;
            while (start0 - 1 >= lowerBound && j - 2 - start0 < MaxPhraseTokens && InPhrase(text, tokens, start0 - 1))
                start0--;
            return Classify(text, tokens, start0, j - 2) is { } antecedent
                ? antecedent with { Span = Span(tokens[j]) }
                : null;
        }

        var end = j;
        var start = end;
        while (start - 1 >= lowerBound && end - start < MaxPhraseTokens && InPhrase(text, tokens, start - 1))
            start--;
        // "Officials who spoke with The Huffington Post said": the subject stands before the relative clause.
        if (start - 1 > lowerBound && IsWord(tokens[start - 1]) && Word(text, tokens[start - 1]) is "who" or "that"
            && HasVerb(text, tokens, start, end))
        {
            var subject = Before(text, tokens, start - 1, lowerBound);
            if (subject is { Kind: not MentionKind.Pronoun })
                return subject;
        }

        var mention = Classify(text, tokens, start, end);

        return mention;
    }

    /// <summary>
    /// Walks back over comma-separated asides (relative clauses, ages, appositions) from the comma before a cue to the
    /// phrase that names the speaker: "Jeff Weaver" in "Sanders's campaign manager, Jeff Weaver, said".
    /// </summary>
    private static Mention? BeforeAsides(string text, IReadOnlyList<Token> tokens, int comma, int lowerBound)
    {
        var asideStart = comma;
        for (var segments = 0; segments < 5 && comma > lowerBound; segments++)
        {
            var segmentEnd = comma - 1;
            var segmentStart = segmentEnd;
            while (segmentStart - 1 >= lowerBound && !IsComma(text, tokens[segmentStart - 1]) && segmentEnd - segmentStart < 30
                   && tokens[segmentStart - 1].Kind is not (TokenKind.OpenQuote or TokenKind.CloseQuote))
                segmentStart--;
            if (segmentStart > segmentEnd || !IsWord(tokens[segmentStart]) && tokens[segmentStart].Kind != TokenKind.Number)
                return null;
            var first = Word(text, tokens[segmentStart]);
            var opensSentence = segmentStart == lowerBound && NameWords.Determiners.Contains(first);
            var isAside = !opensSentence && (tokens[segmentStart].Kind == TokenKind.Number || AsideStarts.Contains(first)
                || (!tokens[segmentStart].IsCapitalised(text) && !NameWords.Determiners.Contains(first) && !NameWords.Quantifiers.Contains(first))
                || (segmentStart == segmentEnd && first.EndsWith('.')) // "Miss." in "of Jackson, Miss.,"
                || first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("\u2019s", StringComparison.Ordinal)); // "Pyongyang's only ally"
            if (!isAside)
            {
                // "Rep. Sander M. Levin (Mich.), a superdelegate, said": the parenthesis is not part of the name.
                var nameEnd = segmentEnd;
                if (tokens[nameEnd].Kind == TokenKind.Punctuation && text[tokens[nameEnd].Start] == ')')
                {
                    while (nameEnd > segmentStart && text[tokens[nameEnd].Start] != '(')
                        nameEnd--;
                    nameEnd--;
                }

                var phrase = nameEnd >= segmentStart && nameEnd - segmentStart < MaxPhraseTokens ? Classify(text, tokens, segmentStart, nameEnd) : null;
                if (phrase is null)
                    return null;
                // "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said": the first name is the speaker.
                if (phrase.Kind is MentionKind.Name or MentionKind.Organisation && segmentStart - 2 >= lowerBound && IsComma(text, tokens[segmentStart - 1])
                    && EarlierNameAcrossApposition(text, tokens, segmentStart - 1, lowerBound) is { } earlier)
                    return earlier;
                // "Tina Tchen, Mrs. Obama's chief of staff, said": a role phrase after a name is the name's apposition.
                if (phrase.Kind is MentionKind.Role or MentionKind.Unnamed && segmentStart - 2 >= lowerBound
                    && IsComma(text, tokens[segmentStart - 1]) && tokens[segmentStart - 2].IsCapitalised(text))
                {
                    comma = segmentStart - 1;
                    continue;
                }

                var role = phrase.Role ?? (asideStart - 1 > segmentEnd + 1 ? RoleOf(text, tokens, segmentEnd + 2, asideStart - 1) : null);
                return phrase with { Role = role };
            }

            comma = segmentStart - 1;
            if (comma < lowerBound || !IsComma(text, tokens[comma]))
                return null;
        }

        return null;
    }

    /// <summary>"NAME, the editor of X, [comma]": the name before a determiner-led apposition, when it opens its clause.</summary>
    private static Mention? EarlierNameAcrossApposition(string text, IReadOnlyList<Token> tokens, int comma, int lowerBound)
    {
        var end = comma - 1;
        var start = end;
        while (start - 1 >= lowerBound && !IsComma(text, tokens[start - 1]) && end - start < 20)
            start--;
        if (!NameWords.Determiners.Contains(Word(text, tokens[start])) || start - 2 < lowerBound || !IsComma(text, tokens[start - 1]))
            return null;
        var nameEnd = start - 2;
        var nameStart = nameEnd;
        while (nameStart - 1 >= lowerBound && InName(text, tokens, nameStart - 1))
            nameStart--;
        // The name must open the sentence or follow a comma: "In 2009, Giovanni Vian, the editor ..., said".
        if (nameStart > lowerBound && !IsComma(text, tokens[nameStart - 1]))
            return null;
        var name = Classify(text, tokens, nameStart, nameEnd);
        return name is { Kind: MentionKind.Name } ? name with { Role = RoleOf(text, tokens, start, end) } : null;
    }

    private static readonly HashSet<string> AsideStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whose", "which", "whom", "when", "while", "where", "as", "after", "before", "a", "an", "the", "of", "from",
        "in", "at", "for", "like", "himself", "herself", "also", "now", "then", "once", "formerly", "previously", "both",
        "speaking", "asked", "writing", "reached", "interviewed", "appearing", "according", "however", "too", "meanwhile",
        "though", "although", "along", "and", "his", "her", "their", "its", "one", "another", "co-founder", "ceo", "chief",
        "r", "d", "i", "jr.", "sr.", "executive", "director", "president", "chairman", "spokesman", "spokeswoman",
    };

    /// <summary>The speaker phrase starting just after tokens[cueEnd - 1] ("said Hugh Hill, a doctor"), or null.</summary>
    public static Mention? After(string text, IReadOnlyList<Token> tokens, int cueEnd, int upperBound, bool asSubject = false)
    {
        var start = cueEnd;
        if (start >= upperBound || !IsWord(tokens[start]))
            return null;
        if (NameWords.Pronouns.Contains(Word(text, tokens[start])))
        {
            // "said it was ...": the pronoun opens the reported clause.
            var clause = start + 1 < upperBound && tokens[start + 1].Kind == TokenKind.Word
                && (Verbs.Contains(Word(text, tokens[start + 1])) || VerbShapes.IsFiniteVerb(text, tokens[start + 1]));
            return clause && !asSubject ? null : new Mention(Span(tokens[start]), Span(tokens[start]), MentionKind.Pronoun, null);
        }

        // "said in a statement", "told reporters": no speaker after the cue.
        if (!tokens[start].IsCapitalised(text) && !NameWords.Determiners.Contains(Word(text, tokens[start]))
            && !NameWords.UnnamedNouns.Contains(Word(text, tokens[start])) && !RoleThenName(text, tokens, start, upperBound))
            return null;
        var end = start;
        while (end + 1 < upperBound && end - start < MaxPhraseTokens && InPhrase(text, tokens, end + 1)
               && !(tokens[end].IsCapitalised(text) && Prepositions.Contains(Word(text, tokens[end + 1])) && !tokens[end + 1].Is(text, "of")))
            end++;
        // "said the plan would fail": a phrase after the cue that runs into a clause is not the speaker.
        if (!asSubject && end + 1 < upperBound && tokens[end + 1].Kind == TokenKind.Word && Verbs.Contains(Word(text, tokens[end + 1])))
            return null;
        var mention = Classify(text, tokens, start, end);
        if (mention is { Kind: MentionKind.Name } && end + 2 < upperBound && IsComma(text, tokens[end + 1]) && IsAppositionStart(text, tokens[end + 2]))
        {
            var roleEnd = end + 2;
            while (roleEnd + 1 < upperBound && InPhrase(text, tokens, roleEnd + 1))
                roleEnd++;
            return mention with { Role = mention.Role ?? RoleOf(text, tokens, end + 2, roleEnd) };
        }

        return mention;
    }

    /// <summary>Reads tokens[start..end] as one phrase and finds its head: a name, a role, a body or unnamed people.</summary>
    public static Mention? Classify(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        // Drop a leading preposition phrase that is not part of the subject: "In Ohio Smith said" -> "Smith".
        while (start < end && !tokens[start].IsCapitalised(text) && !NameWords.Determiners.Contains(Word(text, tokens[start]))
               && !NameWords.UnnamedNouns.Contains(Word(text, tokens[start])) && !IsPossessive(text, tokens[start]))
            start++;

        if (start == end && (NameWords.Quantifiers.Contains(Word(text, tokens[start]))
                             || (NameWords.UnnamedNouns.Contains(Word(text, tokens[start])) && IsPlural(Word(text, tokens[start])))))
            return new Mention(Span(tokens[start]), Span(tokens[start]), MentionKind.Unnamed, null);
        if (start == end && tokens[start].IsCapitalised(text) && NameWords.NotNames.Contains(Word(text, tokens[start])))
            return null;

        // "Del. Stacey Plaskett of the Virgin Islands", "Cory James of Flint": the name comes before its place.
        for (var k = start + 1; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && (tokens[k].Is(text, "of") || tokens[k].Is(text, "from")) && tokens[k - 1].IsCapitalised(text)
                && !NameWords.Titles.Contains(Word(text, tokens[k - 1])) && !NameWords.OrganisationWords.Contains(Word(text, tokens[k - 1]))
                && k - start >= 2 && tokens[k - 2].IsCapitalised(text))
            {
                end = k - 1;
                break;
            }
        }

        // The capitalised run that ends the phrase.
        var runStart = end;
        if (tokens[end].IsCapitalised(text) || IsInitial(text, tokens[end]))
        {
            while (runStart - 1 >= start && InName(text, tokens, runStart - 1))
                runStart--;
            while (runStart < end && !tokens[runStart].IsCapitalised(text))
                runStart++;
        }
        else
        {
            runStart = -1;
        }

        // A noun before a preposition heads the phrase: "a spokesperson for the Ministry of Health", "the senator from Ohio".
        for (var k = start; k < end; k++)
        {
            var word = Word(text, tokens[k]);
            if ((NameWords.UnnamedNouns.Contains(word) || NameWords.Titles.Contains(word))
                && (!tokens[k].IsCapitalised(text) || (k == start && NameWords.UnnamedNouns.Contains(word) && (IsPlural(word) || word is "People")))
                && (Prepositions.Contains(Word(text, tokens[k + 1])) || ReducedRelatives.Contains(Word(text, tokens[k + 1]))))
            {
                var kind = NameWords.Titles.Contains(word) && !IsPlural(word) && !NameWords.UnnamedNouns.Contains(word) ? MentionKind.Role : MentionKind.Unnamed;
                return new Mention(new TextSpan(tokens[start].Start, tokens[end].End), Span(tokens[k]), kind, null);
            }
        }

        var whole = new TextSpan(tokens[start].Start, tokens[end].End);
        if (runStart >= 0)
        {
            var run = new TextSpan(tokens[runStart].Start, tokens[end].End);
            // Titles open the run ("U.S. Secretary of State Antony Blinken"); the rest is the name.
            var lastTitle = -1;
            for (var k = runStart; k < end; k++)
            {
                if (NameWords.Titles.Contains(Word(text, tokens[k])) || IsNationality(text, tokens, k))
                    lastTitle = k;
            }

            // "House Speaker Paul Ryan" is a person with a title; "House Judiciary Committee" a body.
            var titledName = lastTitle >= runStart && !IsOrganisation(text, tokens, lastTitle + 1, end);
            if (!titledName && IsOrganisation(text, tokens, runStart, end))
                return new Mention(whole, run, MentionKind.Organisation, null);

            var nameStart = lastTitle + 1 > runStart ? lastTitle + 1 : runStart;
            // "Senate Intelligence Ranking Democrat Dianne Feinstein": a known given name starts the name.
            for (var k = nameStart; k < end; k++)
            {
                if (FirstNames.GenderOf(Word(text, tokens[k])) != 0 && !Word(text, tokens[k]).EndsWith('.'))
                {
                    nameStart = k;
                    break;
                }
            }

            var role = lastTitle >= runStart || start < runStart ? RoleOf(text, tokens, start, nameStart - 1) : null;
            if (NameWords.Titles.Contains(Word(text, tokens[end])))
                return new Mention(whole, run, MentionKind.Role, whole.Of(text));
            return new Mention(whole, new TextSpan(tokens[nameStart].Start, tokens[end].End), MentionKind.Name, role);
        }

        var head = tokens[end];
        var headWord = Word(text, head);
        if (NameWords.Titles.Contains(headWord) && !IsPlural(headWord) && !NameWords.UnnamedNouns.Contains(headWord) || headWord is "president" or "minister" or "secretary" or "governor" or "mayor" or "senator" or "chairman" or "director")
            return new Mention(whole, Span(head), MentionKind.Role, whole.Of(text));
        if (NameWords.UnnamedNouns.Contains(headWord) || NameWords.OrganisationWords.Contains(headWord))
            return new Mention(whole, Span(head), MentionKind.Unnamed, null);
        // "61 percent said", "one in four said", "donors said", "security specialists say": counted or unnamed people.
        if (headWord is "percent" or "majority" or "plurality" or "half" or "third" or "quarter" or "minority"
            || head.Kind == TokenKind.Number || NameWords.IsCount(headWord)
            || (IsPlural(headWord) && headWord.Length > 3 && !NameWords.IsAdjectiveOrFunctionWord(headWord) && end - start <= 4))
            return new Mention(whole, Span(head), MentionKind.Unnamed, null);
        // "the Christie supporter", "the 70-year-old": a determiner and a short phrase name someone the text knows.
        if (end - start <= 5 && NameWords.Determiners.Contains(Word(text, tokens[start])) && head.Kind == TokenKind.Word
            && !NameWords.IsAdjectiveOrFunctionWord(headWord))
            return new Mention(whole, Span(head), MentionKind.Unnamed, null);
        return null;
    }

    private static bool HasVerb(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (VerbShapes.IsFiniteVerb(text, tokens[k]) && !tokens[k].In(text).EndsWith('s'))
                return true;
        }

        return false;
    }

    /// <summary>"conservative activist Bob Klaus": lower-case role words, then a name.</summary>
    private static bool RoleThenName(string text, IReadOnlyList<Token> tokens, int start, int upperBound)
    {
        for (var k = start; k < Math.Min(upperBound, start + 4); k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
                return false;
            if (tokens[k].IsCapitalised(text))
                return k > start;
        }

        return false;
    }

    private static string? RoleOf(string text, IReadOnlyList<Token> tokens, int start, int end) =>
        end < start ? null : text[tokens[start].Start..tokens[end].End].TrimStart(',', ' ');

    private static bool InPhrase(string text, IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
            return true;
        if (token.Kind != TokenKind.Word)
            return token.Kind == TokenKind.Punctuation && text[token.Start] == '&';
        var word = Word(text, token);
        if (Verbs.Contains(word))
            return false;
        if (Boundaries.Contains(word))
        {
            // "Health and Human Services": a conjunction between capitalised words stays in the name.
            return word is "and" or "&" && index > 0 && index + 1 < tokens.Count
                && tokens[index - 1].IsCapitalised(text) && tokens[index + 1].IsCapitalised(text);
        }

        return !IsVerbLike(word);
    }

    private static bool InName(string text, IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.Word)
            return false;
        if (token.IsCapitalised(text))
            return true;
        var word = Word(text, token);
        return (NameWords.Particles.Contains(word) || word is "of" or "for" or "the" or "and")
            && index > 0 && tokens[index - 1].Kind == TokenKind.Word
            && (tokens[index - 1].IsCapitalised(text) || NameWords.Particles.Contains(Word(text, tokens[index - 1])));
    }

    private static bool IsOrganisation(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (NameWords.OrganisationWords.Contains(Word(text, tokens[k])))
                return true;
        }

        // "CNN", "NATO": an all-capitals word of two or more letters alone.
        var only = tokens[end].In(text);
        return start == end && only.Length >= 2 && only.Length <= 6 && !only.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ&.");
    }

    /// <summary>"Russian" in "Russian President Vladimir Putin": a nationality word before a title.</summary>
    private static bool IsNationality(string text, IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].In(text);
        return tokens[index].IsCapitalised(text) && index + 1 < tokens.Count
            && NameWords.Titles.Contains(Word(text, tokens[index + 1]))
            && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
                || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("i", StringComparison.Ordinal));
    }

    /// <summary>Cheap guard against swallowing a clause into the subject: past-tense words are not names.</summary>
    /// <summary>"a poll released in August", "a report issued Monday": past participles inside a noun phrase.</summary>
    private static readonly HashSet<string> ReducedRelatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "released", "published", "conducted", "issued", "taken", "filed", "obtained", "reviewed", "commissioned",
        "sponsored", "funded", "posted", "aired", "broadcast", "signed", "sent", "written", "based", "affiliated",
    };

    private static bool IsVerbLike(string word) =>
        word.Length > 4 && char.IsLower(word[0]) && !ReducedRelatives.Contains(word)
        && word.EndsWith("ed", StringComparison.Ordinal)
        && !NameWords.UnnamedNouns.Contains(word) && word is not ("retired" or "elected" or "unnamed" or "unidentified");

    private static bool IsAppositionStart(string text, Token token) =>
        token.Kind == TokenKind.Word && Word(text, token) is not ("who" or "which" or "that" or "whose")
        && (NameWords.Determiners.Contains(Word(text, token)) || !token.IsCapitalised(text) || NameWords.Titles.Contains(Word(text, token)));

    private static bool IsPossessive(string text, Token token) =>
        token.In(text).EndsWith("'s", StringComparison.Ordinal) || token.In(text).EndsWith("\u2019s", StringComparison.Ordinal);

    private static bool IsInitial(string text, Token token) => token.Length == 2 && char.IsUpper(text[token.Start]) && text[token.Start + 1] == '.';

    private static bool IsPlural(string word) => word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    private static bool IsWord(Token token) => token.Kind == TokenKind.Word;

    private static bool IsComma(string text, Token token) => token.Kind == TokenKind.Punctuation && text[token.Start] == ',';

    private static string Word(string text, Token token) => text.Substring(token.Start, token.Length);

    private static TextSpan Span(Token token) => new(token.Start, token.End);
}
