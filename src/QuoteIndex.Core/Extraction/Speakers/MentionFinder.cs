using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>
/// Finds the speaker phrase next to a cue: before it ("Antony Blinken said", "Hugh Hill, a doctor, said") or after
/// it ("said Hugh Hill", "said a spokesperson for the ministry").
/// </summary>
internal static partial class MentionFinder
{
    private const int MaxPhraseTokens = 12;

    private static readonly WordSet Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "but", "while", "as", "when", "because", "so", "if", "who", "which", "where", "after", "before",
        "although", "though", "since", "whether", "than", "and", "or", "nor", "yet", "what", "how", "why",
    };

    private static readonly WordSet TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "earlier", "later", "past",
    };

    /// <summary>Auxiliaries and common verbs: a speaker phrase never runs through them.</summary>
    private static readonly WordSet Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "could", "would", "should", "will", "can",
        "may", "might", "must", "do", "does", "did", "went", "came", "got", "made", "took", "gave", "seemed", "appeared",
    };

    internal static readonly WordSet Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "for", "of", "at", "with", "in", "to", "on", "close", "familiar", "within", "inside", "near", "under", "by",
    };

    /// <summary>The speaker phrase ending just before tokens[cue], or null.</summary>
    public static Mention? Before(string text, List<Token> tokens, int cue, int lowerBound)
    {
        var j = cue - 1;
        for (var skipped = 0; j >= lowerBound && skipped < 4 && IsWord(tokens[j])
             && (NameWords.Auxiliaries.Has(Word(text, tokens[j])) || NameWords.IsAdverb(tokens[j].In(text))
                 || (Word(text, tokens[j]) is "both" or "all" or "each" && j - 1 >= lowerBound && NameWords.Auxiliaries.Has(Word(text, tokens[j - 1])))); skipped++)
            j--;
        if (j < lowerBound)
            return null;
        // "Marsh on Tuesday said", "Renwick (D-Calder) last week said": a time between the speaker and the cue.
        while (j - 1 > lowerBound && IsWord(tokens[j]) && TimeWords.Has(Word(text, tokens[j])))
        {
            j--;
            if (IsWord(tokens[j]) && tokens[j].Is(text, "the"))
                j--;
            if (IsWord(tokens[j]) && Word(text, tokens[j]) is "on" or "last" or "this" or "in" or "next" or "early" or "late")
                j--;
            while (j - 1 > lowerBound && IsWord(tokens[j]) && (NameWords.Auxiliaries.Has(Word(text, tokens[j])) || NameWords.IsAdverb(tokens[j].In(text))))
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
        if (NameWords.Pronouns.Has(Word(text, tokens[j])))
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

    /// <summary>The speaker phrase starting just after tokens[cueEnd - 1] ("said Hugh Hill, a doctor"), or null.</summary>
    public static Mention? After(string text, List<Token> tokens, int cueEnd, int upperBound, bool asSubject = false)
    {
        var start = cueEnd;
        if (start >= upperBound || !IsWord(tokens[start]))
            return null;
        if (NameWords.Pronouns.Has(Word(text, tokens[start])))
        {
            // "said it was ...": the pronoun opens the reported clause.
            var clause = start + 1 < upperBound && tokens[start + 1].Kind == TokenKind.Word
                && (Verbs.Has(Word(text, tokens[start + 1])) || VerbShapes.IsFiniteVerb(text, tokens[start + 1]));
            return clause && !asSubject ? null : new Mention(Span(tokens[start]), Span(tokens[start]), MentionKind.Pronoun, null);
        }

        // "said in a statement", "told reporters": no speaker after the cue.
        if (!tokens[start].IsCapitalised(text) && !NameWords.Determiners.Has(Word(text, tokens[start]))
            && !NameWords.UnnamedNouns.Has(Word(text, tokens[start])) && !RoleThenName(text, tokens, start, upperBound))
            return null;
        var end = start;
        while (end + 1 < upperBound && end - start < MaxPhraseTokens && InPhrase(text, tokens, end + 1)
               && !(tokens[end].IsCapitalised(text) && Prepositions.Has(Word(text, tokens[end + 1])) && !tokens[end + 1].Is(text, "of")))
            end++;
        // "said the plan would fail": a phrase after the cue that runs into a clause is not the speaker.
        if (!asSubject && end + 1 < upperBound && tokens[end + 1].Kind == TokenKind.Word && Verbs.Has(Word(text, tokens[end + 1])))
            return null;
        var mention = Classify(text, tokens, start, end);
        if (mention is { Kind: MentionKind.Name } && end + 2 < upperBound && IsComma(text, tokens[end + 1]) && IsAppositionStart(text, tokens[end + 2]))
        {
            var roleEnd = end + 2;
            while (roleEnd + 1 < upperBound && InPhrase(text, tokens, roleEnd + 1))
                roleEnd++;
            // An apposition closes with a comma or the sentence: "said Hugh Hill, a doctor." — not "..., the fund was emptied".
            var closed = roleEnd + 1 >= upperBound || tokens[roleEnd + 1].Kind == TokenKind.Punctuation && text[tokens[roleEnd + 1].Start] is ',' or '.' or ';';
            return closed ? mention with { Role = mention.Role ?? RoleOf(text, tokens, end + 2, roleEnd) } : mention;
        }

        return mention;
    }

    private static bool IsWord(Token token) => token.Kind == TokenKind.Word;

    private static bool IsComma(string text, Token token) => token.Kind == TokenKind.Punctuation && text[token.Start] == ',';

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);

    private static TextSpan Span(Token token) => new(token.Start, token.End);
}
