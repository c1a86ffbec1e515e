using System.Buffers;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>Reading a phrase as a name, a role, a body or unnamed people, and finding its head.</summary>
internal static partial class MentionFinder
{
    /// <summary>Reads tokens[start..end] as one phrase and finds its head: a name, a role, a body or unnamed people.</summary>
    public static Mention? Classify(string text, List<Token> tokens, int start, int end)
    {
        // Each word is asked about several lists, most of them more than once: its kinds are read once, up front.
        Span<WordKinds> kinds = end - start < 32 ? stackalloc WordKinds[end - start + 1] : new WordKinds[end - start + 1];
        for (var k = start; k <= end; k++)
            kinds[k - start] = WordKindTable.Of(Word(text, tokens[k]));
        return Classify(text, tokens, start, end, kinds);
    }

    /// <summary><see cref="Classify(string, List{Token}, int, int)"/> with the kinds of tokens[start..end] known.</summary>
    public static Mention? Classify(string text, List<Token> tokens, int start, int end, ReadOnlySpan<WordKinds> kinds)
    {
        var first = start;

        // Drop a leading preposition phrase that is not part of the subject: "In Ohio Smith said" -> "Smith".
        while (start < end && !tokens[start].IsCapitalised(text) && (kinds[start - first] & (WordKinds.Determiner | WordKinds.UnnamedNoun)) == 0
               && !IsPossessive(text, tokens[start]) && !StartsParticleName(text, tokens, kinds[(start - first)..], start, end))
            start++;

        var startKinds = kinds[start - first];
        if (start == end && ((startKinds & WordKinds.Quantifier) != 0
                             || ((startKinds & WordKinds.UnnamedNoun) != 0 && IsPlural(Word(text, tokens[start])))))
            return new Mention(Span(tokens[start]), Span(tokens[start]), MentionKind.Unnamed, null);
        if (start == end && tokens[start].IsCapitalised(text) && (startKinds & WordKinds.NotName) != 0)
            return null;

        // "Del. Stacey Plaskett of the Virgin Islands", "Cory James of Flint": the name comes before its place.
        for (var k = start + 1; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && (tokens[k].Is(text, "of") || tokens[k].Is(text, "from")) && tokens[k - 1].IsCapitalised(text)
                && (kinds[k - 1 - first] & (WordKinds.Title | WordKinds.Organisation)) == 0
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
            while (runStart - 1 >= start && InName(text, tokens, runStart - 1, kinds[runStart - 1 - first]))
                runStart--;
            while (runStart < end && !tokens[runStart].IsCapitalised(text) && !StartsParticleName(text, tokens, kinds[(runStart - first)..], runStart, end))
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
            var wordKinds = kinds[k - first];
            if ((wordKinds & (WordKinds.UnnamedNoun | WordKinds.Title)) != 0
                && (!tokens[k].IsCapitalised(text) || (k == start && (wordKinds & WordKinds.UnnamedNoun) != 0 && (IsPlural(word) || word is "People"))
                    || (k == start && (wordKinds & WordKinds.Title) != 0 && (kinds[end - first] & WordKinds.Title) == 0 && !tokens[k + 1].Is(text, "of")))
                && (kinds[k + 1 - first] & (WordKinds.Preposition | WordKinds.ReducedRelative)) != 0)
            {
                var kind = (wordKinds & WordKinds.Title) != 0 && !IsPlural(word) && (wordKinds & WordKinds.UnnamedNoun) == 0 ? MentionKind.Role : MentionKind.Unnamed;
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
                if ((kinds[k - first] & WordKinds.Title) != 0 || IsNationality(text, tokens[k], kinds[k + 1 - first]))
                    lastTitle = k;
            }

            // "House Speaker Paul Ryan" is a person with a title; "House Judiciary Committee" a body.
            var titledName = lastTitle >= runStart && !IsOrganisation(text, tokens, kinds[(lastTitle + 1 - first)..], lastTitle + 1, end);
            if (!titledName && IsOrganisation(text, tokens, kinds[(runStart - first)..], runStart, end))
                return new Mention(whole, run, MentionKind.Organisation, null);

            var nameStart = lastTitle + 1 > runStart ? lastTitle + 1 : runStart;
            // "Senate Harbour Ranking Democrat Dianne Marsh": a known given name starts the name.
            for (var k = nameStart; k < end; k++)
            {
                if (FirstNames.GenderOf(Word(text, tokens[k]), kinds[k - first]) != 0 && !Word(text, tokens[k]).EndsWith('.'))
                {
                    nameStart = k;
                    break;
                }
            }

            var role = lastTitle >= runStart || start < runStart ? RoleOf(text, tokens, start, nameStart - 1) : null;
            if ((kinds[end - first] & WordKinds.Title) != 0)
                return new Mention(whole, run, MentionKind.Role, whole.Of(text));
            return new Mention(whole, new TextSpan(tokens[nameStart].Start, tokens[end].End), MentionKind.Name, role);
        }

        var head = tokens[end];
        var headWord = Word(text, head);
        var headKinds = kinds[end - first];
        if ((headKinds & WordKinds.Title) != 0 && !IsPlural(headWord) && (headKinds & WordKinds.UnnamedNoun) == 0 || headWord is "president" or "minister" or "secretary" or "governor" or "mayor" or "senator" or "chairman" or "director")
            return new Mention(whole, Span(head), MentionKind.Role, whole.Of(text));
        // "the ministry", "the campaign": a body the article has (or will have) named.
        if ((headKinds & WordKinds.Organisation) != 0 && !IsPlural(headWord) && tokens[start].Is(text, "the"))
            return new Mention(whole, whole, MentionKind.Organisation, null);
        if ((headKinds & (WordKinds.UnnamedNoun | WordKinds.Organisation)) != 0)
            return new Mention(whole, Span(head), MentionKind.Unnamed, null);
        // "61 percent said", "one in four said", "donors said", "security specialists say": counted or unnamed people.
        if (headWord is "percent" or "majority" or "plurality" or "half" or "third" or "quarter" or "minority"
            || head.Kind == TokenKind.Number || NameWords.IsCount(headWord, headKinds)
            || (IsPlural(headWord) && headWord.Length > 3 && !NameWords.IsAdjectiveOrFunctionWord(headWord, headKinds) && end - start <= 4))
            return new Mention(whole, Span(head), MentionKind.Unnamed, null);
        // "the Christie supporter", "the 70-year-old": a determiner and a short phrase name someone the text knows.
        if (end - start <= 5 && (kinds[start - first] & WordKinds.Determiner) != 0 && head.Kind == TokenKind.Word
            && !NameWords.IsAdjectiveOrFunctionWord(headWord, headKinds))
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

    /// <summary>"de la Fuente", "van der Maas": particles that open a surname; <paramref name="kinds"/> are those of tokens[start..].</summary>
    private static bool StartsParticleName(string text, List<Token> tokens, ReadOnlySpan<WordKinds> kinds, int start, int end)
    {
        var k = start;
        while (k <= end && tokens[k].Kind == TokenKind.Word && (kinds[k - start] & WordKinds.Particle) != 0)
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

    private static bool InName(string text, List<Token> tokens, int index) =>
        InName(text, tokens, index, tokens[index].Kind == TokenKind.Word && !tokens[index].IsCapitalised(text) ? WordKindTable.Of(Word(text, tokens[index])) : WordKinds.None);

    /// <summary><see cref="InName(string, List{Token}, int)"/> with the token's <paramref name="kinds"/> known.</summary>
    private static bool InName(string text, List<Token> tokens, int index, WordKinds kinds)
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.Word)
            return false;
        if (token.IsCapitalised(text))
            return true;
        var word = Word(text, token);
        if ((kinds & WordKinds.Particle) != 0)
            return true; // "Anouk van der Maas", "de la Fuente": the run is trimmed to its first capital or particle later
        return word is "of" or "for" or "the" or "and"
            && index > 0 && tokens[index - 1].Kind == TokenKind.Word && tokens[index - 1].IsCapitalised(text);
    }

    /// <summary>Whether tokens[start..end] name a body; <paramref name="kinds"/> are those of tokens[start..].</summary>
    private static bool IsOrganisation(string text, List<Token> tokens, ReadOnlySpan<WordKinds> kinds, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if ((kinds[k - start] & WordKinds.Organisation) != 0)
                return true;
        }

        // "CNN", "NATO": an all-capitals word of two or more letters alone.
        var only = tokens[end].In(text);
        return start == end && only.Length >= 2 && only.Length <= 6 && !only.ContainsAnyExcept(AcronymCharacters);
    }

    /// <summary>Kept as search values: given as a string, every call would search it character by character.</summary>
    private static readonly SearchValues<char> AcronymCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ&.");

    /// <summary>"Veldorian" in "Veldorian President Anka Sorel": a nationality word before a title (<paramref name="nextKinds"/>: the next word's).</summary>
    private static bool IsNationality(string text, Token token, WordKinds nextKinds)
    {
        var word = token.In(text);
        return token.IsCapitalised(text) && (nextKinds & WordKinds.Title) != 0
            && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
                || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("i", StringComparison.Ordinal));
    }

    /// <summary>Cheap guard against swallowing a clause into the subject: past-tense words are not names.</summary>
    /// <summary>"a poll released in August", "a report issued Monday": past participles inside a noun phrase.</summary>
    internal static readonly WordSet ReducedRelatives = new(StringComparer.OrdinalIgnoreCase)
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
