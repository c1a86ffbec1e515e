using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>Reading a phrase as a name, a role, a body or unnamed people, and finding its head.</summary>
internal static partial class MentionFinder
{
    /// <summary>Reads tokens[start..end] as one phrase and finds its head: a name, a role, a body or unnamed people.</summary>
    public static Mention? Classify(string text, List<Token> tokens, int start, int end)
    {
        // Drop a leading preposition phrase that is not part of the subject: "In Ohio Smith said" -> "Smith".
        while (start < end && !tokens[start].IsCapitalised(text) && !NameWords.Determiners.Has(Word(text, tokens[start]))
               && !NameWords.UnnamedNouns.Has(Word(text, tokens[start])) && !IsPossessive(text, tokens[start])
               && !StartsParticleName(text, tokens, start, end))
            start++;

        if (start == end && (NameWords.Quantifiers.Has(Word(text, tokens[start]))
                             || (NameWords.UnnamedNouns.Has(Word(text, tokens[start])) && IsPlural(Word(text, tokens[start])))))
            return new Mention(Span(tokens[start]), Span(tokens[start]), MentionKind.Unnamed, null);
        if (start == end && tokens[start].IsCapitalised(text) && NameWords.NotNames.Has(Word(text, tokens[start])))
            return null;

        // "Del. Stacey Plaskett of the Virgin Islands", "Cory James of Flint": the name comes before its place.
        for (var k = start + 1; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && (tokens[k].Is(text, "of") || tokens[k].Is(text, "from")) && tokens[k - 1].IsCapitalised(text)
                && !NameWords.Titles.Has(Word(text, tokens[k - 1])) && !NameWords.OrganisationWords.Has(Word(text, tokens[k - 1]))
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
            while (runStart < end && !tokens[runStart].IsCapitalised(text) && !StartsParticleName(text, tokens, runStart, end))
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
            if ((NameWords.UnnamedNouns.Has(word) || NameWords.Titles.Has(word))
                && (!tokens[k].IsCapitalised(text) || (k == start && NameWords.UnnamedNouns.Has(word) && (IsPlural(word) || word is "People"))
                    || (k == start && NameWords.Titles.Has(word) && !NameWords.Titles.Has(Word(text, tokens[end])) && !tokens[k + 1].Is(text, "of")))
                && (Prepositions.Has(Word(text, tokens[k + 1])) || ReducedRelatives.Has(Word(text, tokens[k + 1]))))
            {
                var kind = NameWords.Titles.Has(word) && !IsPlural(word) && !NameWords.UnnamedNouns.Has(word) ? MentionKind.Role : MentionKind.Unnamed;
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
                if (NameWords.Titles.Has(Word(text, tokens[k])) || IsNationality(text, tokens, k))
                    lastTitle = k;
            }

            // "House Speaker Paul Ryan" is a person with a title; "House Judiciary Committee" a body.
            var titledName = lastTitle >= runStart && !IsOrganisation(text, tokens, lastTitle + 1, end);
            if (!titledName && IsOrganisation(text, tokens, runStart, end))
                return new Mention(whole, run, MentionKind.Organisation, null);

            var nameStart = lastTitle + 1 > runStart ? lastTitle + 1 : runStart;
            // "Senate Harbour Ranking Democrat Dianne Marsh": a known given name starts the name.
            for (var k = nameStart; k < end; k++)
            {
                if (FirstNames.GenderOf(Word(text, tokens[k])) != 0 && !Word(text, tokens[k]).EndsWith('.'))
                {
                    nameStart = k;
                    break;
                }
            }

            var role = lastTitle >= runStart || start < runStart ? RoleOf(text, tokens, start, nameStart - 1) : null;
            if (NameWords.Titles.Has(Word(text, tokens[end])))
                return new Mention(whole, run, MentionKind.Role, whole.Of(text));
            return new Mention(whole, new TextSpan(tokens[nameStart].Start, tokens[end].End), MentionKind.Name, role);
        }

        var head = tokens[end];
        var headWord = Word(text, head);
        if (NameWords.Titles.Has(headWord) && !IsPlural(headWord) && !NameWords.UnnamedNouns.Has(headWord) || headWord is "president" or "minister" or "secretary" or "governor" or "mayor" or "senator" or "chairman" or "director")
            return new Mention(whole, Span(head), MentionKind.Role, whole.Of(text));
        // "the ministry", "the campaign": a body the article has (or will have) named.
        if (NameWords.OrganisationWords.Has(headWord) && !IsPlural(headWord) && tokens[start].Is(text, "the"))
            return new Mention(whole, whole, MentionKind.Organisation, null);
        if (NameWords.UnnamedNouns.Has(headWord) || NameWords.OrganisationWords.Has(headWord))
            return new Mention(whole, Span(head), MentionKind.Unnamed, null);
        // "61 percent said", "one in four said", "donors said", "security specialists say": counted or unnamed people.
        if (headWord is "percent" or "majority" or "plurality" or "half" or "third" or "quarter" or "minority"
            || head.Kind == TokenKind.Number || NameWords.IsCount(headWord)
            || (IsPlural(headWord) && headWord.Length > 3 && !NameWords.IsAdjectiveOrFunctionWord(headWord) && end - start <= 4))
            return new Mention(whole, Span(head), MentionKind.Unnamed, null);
        // "the Christie supporter", "the 70-year-old": a determiner and a short phrase name someone the text knows.
        if (end - start <= 5 && NameWords.Determiners.Has(Word(text, tokens[start])) && head.Kind == TokenKind.Word
            && !NameWords.IsAdjectiveOrFunctionWord(headWord))
            return new Mention(whole, Span(head), MentionKind.Unnamed, null);
        return null;
    }

    private static bool HasVerb(string text, List<Token> tokens, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (VerbShapes.IsFiniteVerb(text, tokens[k]) && !tokens[k].In(text).EndsWith('s'))
                return true;
        }

        return false;
    }

    /// <summary>"de la Fuente", "van der Maas": particles that open a surname.</summary>
    private static bool StartsParticleName(string text, List<Token> tokens, int start, int end)
    {
        var k = start;
        while (k <= end && tokens[k].Kind == TokenKind.Word && NameWords.Particles.Has(Word(text, tokens[k])))
            k++;
        return k > start && k <= end && tokens[k].IsCapitalised(text);
    }

    /// <summary>"conservative activist Bob Klaus": lower-case role words, then a name.</summary>
    private static bool RoleThenName(string text, List<Token> tokens, int start, int upperBound)
    {
        for (var k = start; k < Math.Min(upperBound, start + 4); k++)
        {
            // "said on Twitter", "told in Paris": a preposition opens a place, not a role.
            if (tokens[k].Kind != TokenKind.Word || Prepositions.Has(Word(text, tokens[k])))
                return false;
            if (tokens[k].IsCapitalised(text))
                return k > start;
        }

        return false;
    }

    /// <summary>Kept in a field: written inline, each call would build the array anew.</summary>
    private static readonly char[] LeadingPunctuation = [',', ' '];

    private static string? RoleOf(string text, List<Token> tokens, int start, int end) =>
        end < start ? null : text[tokens[start].Start..tokens[end].End].TrimStart(LeadingPunctuation);

    private static bool InPhrase(string text, List<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
            return true;
        if (token.Kind != TokenKind.Word)
            return token.Kind == TokenKind.Punctuation && text[token.Start] == '&';
        var word = Word(text, token);
        if (Verbs.Has(word))
            return false;
        if (Boundaries.Has(word))
        {
            // "Health and Human Services": a conjunction between capitalised words stays in the name.
            return word is "and" or "&" && index > 0 && index + 1 < tokens.Count
                && tokens[index - 1].IsCapitalised(text) && tokens[index + 1].IsCapitalised(text);
        }

        return !IsVerbLike(word);
    }

    private static bool InName(string text, List<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.Word)
            return false;
        if (token.IsCapitalised(text))
            return true;
        var word = Word(text, token);
        if (NameWords.Particles.Has(word))
            return true; // "Anouk van der Maas", "de la Fuente": the run is trimmed to its first capital or particle later
        return word is "of" or "for" or "the" or "and"
            && index > 0 && tokens[index - 1].Kind == TokenKind.Word && tokens[index - 1].IsCapitalised(text);
    }

    private static bool IsOrganisation(string text, List<Token> tokens, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (NameWords.OrganisationWords.Has(Word(text, tokens[k])))
                return true;
        }

        // "CNN", "NATO": an all-capitals word of two or more letters alone.
        var only = tokens[end].In(text);
        return start == end && only.Length >= 2 && only.Length <= 6 && !only.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ&.");
    }

    /// <summary>"Veldorian" in "Veldorian President Anka Sorel": a nationality word before a title.</summary>
    private static bool IsNationality(string text, List<Token> tokens, int index)
    {
        var word = tokens[index].In(text);
        return tokens[index].IsCapitalised(text) && index + 1 < tokens.Count
            && NameWords.Titles.Has(Word(text, tokens[index + 1]))
            && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
                || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("i", StringComparison.Ordinal));
    }

    /// <summary>Cheap guard against swallowing a clause into the subject: past-tense words are not names.</summary>
    /// <summary>"a poll released in August", "a report issued Monday": past participles inside a noun phrase.</summary>
    private static readonly WordSet ReducedRelatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "released", "published", "conducted", "issued", "taken", "filed", "obtained", "reviewed", "commissioned",
        "sponsored", "funded", "posted", "aired", "broadcast", "signed", "sent", "written", "based", "affiliated",
    };

    private static bool IsVerbLike(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0]) && !ReducedRelatives.Has(word)
        && word.EndsWith("ed", StringComparison.Ordinal)
        && !NameWords.UnnamedNouns.Has(word) && word is not ("retired" or "elected" or "unnamed" or "unidentified");

    private static bool IsAppositionStart(string text, Token token) =>
        token.Kind == TokenKind.Word && Word(text, token) is not ("who" or "which" or "that" or "whose")
        && (NameWords.Determiners.Has(Word(text, token)) || !token.IsCapitalised(text) || NameWords.Titles.Has(Word(text, token)));

    private static bool IsPossessive(string text, Token token) =>
        token.In(text).EndsWith("'s", StringComparison.Ordinal) || token.In(text).EndsWith("\u2019s", StringComparison.Ordinal);

    private static bool IsInitial(string text, Token token) => token.Length == 2 && char.IsUpper(text[token.Start]) && text[token.Start + 1] == '.';

    private static bool IsPlural(ReadOnlySpan<char> word) => word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);
}
