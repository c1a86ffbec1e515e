using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>Walking back over asides between a speaker and the cue: "Harry Bond, 30, of Raleigh, said".</summary>
internal static partial class MentionFinder
{
    /// <summary>
    /// Walks back over comma-separated asides (relative clauses, ages, appositions) from the comma before a cue to the
    /// phrase that names the speaker: "Hal Brannigan" in "Marsh's campaign manager, Hal Brannigan, said".
    /// </summary>
    private static Mention? BeforeAsides(string text, List<Token> tokens, int comma, int lowerBound)
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
            var opensSentence = segmentStart == lowerBound && NameWords.Determiners.Has(first);
            var isAside = !opensSentence && (tokens[segmentStart].Kind == TokenKind.Number || AsideStarts.Has(first)
                || (!tokens[segmentStart].IsCapitalised(text) && !NameWords.Determiners.Has(first) && !NameWords.Quantifiers.Has(first)
                    && !IsShortNounPhrase(text, tokens, segmentStart, segmentEnd))
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
                // "Ana Petrov, Mrs. Marsh's chief of staff, said": a role phrase after a name is the name's apposition.
                if (phrase.Kind is MentionKind.Role or MentionKind.Unnamed && segmentStart - 2 >= lowerBound
                    && IsComma(text, tokens[segmentStart - 1]) && tokens[segmentStart - 2].IsCapitalised(text))
                {
                    comma = segmentStart - 1;
                    continue;
                }

                var role = phrase.Role ?? (asideStart - 1 > segmentEnd + 1 && tokens[segmentEnd + 2].Kind != TokenKind.Number
                    ? RoleOf(text, tokens, segmentEnd + 2, asideStart - 1)
                    : null);
                return phrase with { Role = role };
            }

            comma = segmentStart - 1;
            if (comma < lowerBound || !IsComma(text, tokens[comma]))
                return null;
        }

        return null;
    }

    /// <summary>"NAME, the editor of X, [comma]": the name before a determiner-led apposition, when it opens its clause.</summary>
    private static Mention? EarlierNameAcrossApposition(string text, List<Token> tokens, int comma, int lowerBound)
    {
        var end = comma - 1;
        var start = end;
        while (start - 1 >= lowerBound && !IsComma(text, tokens[start - 1]) && end - start < 20)
            start--;
        if (!NameWords.Determiners.Has(Word(text, tokens[start])) || start - 2 < lowerBound || !IsComma(text, tokens[start - 1]))
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

    private static readonly WordSet AsideStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whose", "which", "whom", "when", "while", "where", "as", "after", "before", "a", "an", "the", "of", "from",
        "in", "at", "for", "like", "himself", "herself", "also", "now", "then", "once", "formerly", "previously", "both",
        "speaking", "asked", "writing", "reached", "interviewed", "appearing", "according", "however", "too", "meanwhile",
        "though", "although", "along", "and", "his", "her", "their", "its", "one", "another", "co-founder", "ceo", "chief",
        "r", "d", "i", "jr.", "sr.", "executive", "director", "president", "chairman", "spokesman", "spokeswoman",
    };

    /// <summary>"mining companies", "striking workers": a short lower-case phrase ending in people, not an aside.</summary>
    private static bool IsShortNounPhrase(string text, List<Token> tokens, int start, int end) =>
        end - start <= 2 && tokens[end].Kind == TokenKind.Word && !AsideStarts.Has(Word(text, tokens[start]))
        && (NameWords.UnnamedNouns.Has(Word(text, tokens[end])) || IsPlural(Word(text, tokens[end])) && !NameWords.IsAdjectiveOrFunctionWord(Word(text, tokens[end])));
}
