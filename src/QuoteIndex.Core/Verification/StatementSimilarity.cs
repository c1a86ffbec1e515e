using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Verification;

/// <summary>How a quote matches a statement put to verification.</summary>
public enum MatchKind
{
    /// <summary>The same words once normalised (<see cref="QuoteText.Normalise"/>), or the statement word for word inside a longer quote.</summary>
    Exact,

    /// <summary>The same content words in another order or with small changes (score at least <see cref="StatementSimilarity.RewordedFloor"/>).</summary>
    Reworded,

    /// <summary>A weaker overlap of content words (score at least <see cref="StatementSimilarity.ParaphraseFloor"/>).</summary>
    Paraphrase,
}

/// <summary>A quote's match with a statement: its type and a score from 0 to 1, 1 only for an exact match.</summary>
public sealed record StatementMatch(MatchKind Type, double Score);

/// <summary>
/// Scores a stored quote against a statement. Both are normalised (<see cref="QuoteText.Normalise"/>); beyond exact
/// matches, the score compares their sets of content words (function words like "the", "we", "will" dropped, a few
/// English endings stripped so "refused" = "refuses"): the mean of their Jaccard similarity and of the share of the
/// statement's words the quote holds, so a short statement inside a long quote still scores. Word order does not count.
/// </summary>
/// <remarks>
/// A quote that lacks a number the statement has ("5 percent" against "7 percent"), or differs from it in negation
/// ("not", "never", "no" on one side only), states something else and is never a match, however many words they share.
/// </remarks>
public static class StatementSimilarity
{
    /// <summary>The least score of a <see cref="MatchKind.Reworded"/> match: one content word changed in eight still passes.</summary>
    public const double RewordedFloor = 0.75;

    /// <summary>The least score of a <see cref="MatchKind.Paraphrase"/>: below it, shared stock words are taken for chance.</summary>
    public const double ParaphraseFloor = 0.55;

    /// <summary>The best a non-exact match scores, so that only the same words reach 1.</summary>
    public const double MaxInexactScore = 0.99;

    /// <summary>Statements of fewer words match a longer quote only as a whole: "we will" is in countless quotes.</summary>
    public const int MinWordsForExcerpt = 4;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into",
        "is", "are", "was", "were", "be", "been", "being", "am", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "have", "has", "had", "do", "does", "did", "i", "we", "you", "he", "she", "it", "they", "me", "us",
        "him", "her", "them", "my", "our", "your", "his", "its", "their", "this", "that", "these", "those", "there", "so",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "cannot", "cant", "dont", "doesnt", "didnt",
        "wont", "wouldnt", "isnt", "arent", "wasnt", "werent", "shouldnt", "couldnt", "havent", "hasnt", "hadnt",
    };

    /// <summary>The match of <paramref name="quote"/> with <paramref name="statement"/>, or null when it is below every floor.</summary>
    public static StatementMatch? Compare(string statement, string quote)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(quote);
        var said = QuoteText.Normalise(statement);
        var quoted = QuoteText.Normalise(quote);
        if (said.Length == 0 || quoted.Length == 0)
            return null;
        if (string.Equals(said, quoted, StringComparison.Ordinal))
            return new StatementMatch(MatchKind.Exact, 1);

        var saidWords = said.Split(' ');
        var quotedWords = quoted.Split(' ');
        if (saidWords.Length >= MinWordsForExcerpt && $" {quoted} ".Contains($" {said} ", StringComparison.Ordinal))
            return new StatementMatch(MatchKind.Exact, 1);
        if (!Numbers(quotedWords).IsSupersetOf(Numbers(saidWords)) || Negated(saidWords) != Negated(quotedWords))
            return null;

        var score = Math.Min(MaxInexactScore, ContentOverlap(Content(saidWords), Content(quotedWords)));
        return score switch
        {
            >= RewordedFloor => new StatementMatch(MatchKind.Reworded, score),
            >= ParaphraseFloor => new StatementMatch(MatchKind.Paraphrase, score),
            _ => null,
        };
    }

    private static double ContentOverlap(HashSet<string> said, HashSet<string> quoted)
    {
        if (said.Count == 0 || quoted.Count == 0)
            return 0;
        var shared = said.Count(quoted.Contains);
        var jaccard = shared / (double)(said.Count + quoted.Count - shared);
        var held = shared / (double)said.Count;
        return (jaccard + held) / 2;
    }

    private static HashSet<string> Numbers(string[] words) => words.Where(w => w.Any(char.IsDigit)).ToHashSet(StringComparer.Ordinal);

    private static bool Negated(string[] words) => words.Any(Negations.Contains);

    private static HashSet<string> Content(string[] words) =>
        words.Where(w => !FunctionWords.Contains(w)).Select(Root).ToHashSet(StringComparer.Ordinal);

    // A light stemmer: enough for "pilots"/"pilot" and "refused"/"refuses"; wrong roots only cost a little recall.
    private static string Root(string word)
    {
        if (word.Length <= 4)
            return word;
        foreach (var ending in (ReadOnlySpan<string>)["ing", "ed", "es", "s"])
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= 3)
                return word[..^ending.Length];
        }

        return word;
    }
}
