namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>
/// Who a statement belongs to, as one lowercase word: the last word of the resolved name ("Ada Quill" gives "quill"),
/// which is also how the article refers back to the speaker ("Quill made the promise Monday ...").
/// </summary>
internal static class SpeakerKeys
{
    // Character sets kept in fields: written inline, each call would build its array anew.
    private static readonly char[] NamePunctuation = [',', '.', ';', ':'];
    private static readonly char[] MentionSeparators = [' ', ','];
    private static readonly char[] MentionPunctuation = ['.', ';', ':', '(', ')'];

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv" };

    public static string? OfName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Farrow campaign", "Town Hall staff": an organisation named after a person or place keeps its whole name.
        if (words.Length > 1 && char.IsLower(words[^1][0]))
            return Normalise(string.Join(' ', words));
        for (var k = words.Length - 1; k >= 0; k--)
        {
            var w = words[k].Trim(NamePunctuation);
            if (w.Length == 0 || Suffixes.Contains(w) || !char.IsUpper(w[0]))
                continue;
            return Normalise(w);
        }

        return Normalise(words[^1]);
    }

    /// <summary>The speaker words as written ("Rep. Elijah Cummings of Maryland"): the last word of the first run of capitalised words.</summary>
    public static string? OfMention(string? mention)
    {
        if (string.IsNullOrWhiteSpace(mention))
            return null;
        var words = mention.Split(MentionSeparators, StringSplitOptions.RemoveEmptyEntries);
        string? last = null;
        foreach (var word in words)
        {
            var w = word.Trim(MentionPunctuation);
            if (w.Length > 0 && char.IsUpper(w[0]) && !Words.PersonPronouns.Has(w.ToLowerInvariant()) && !Words.Determiners.Has(w.ToLowerInvariant()))
            {
                if (!Suffixes.Contains(w))
                    last = w;
            }
            else if (last is not null)
            {
                break;
            }
        }

        return last is null ? null : Normalise(last);
    }

    public static bool IsPronoun(string? mention) =>
        mention is not null && Words.PersonPronouns.Has(mention.Trim().ToLowerInvariant());

    /// <summary>
    /// <see cref="Normalise"/> of a token's lowercase form, which has straight apostrophes and is lower case already
    /// (lowercasing lowercased text changes nothing), without making a string: asked of every capitalised word.
    /// </summary>
    public static ReadOnlySpan<char> NormaliseLowered(string lower)
    {
        var w = lower.AsSpan().TrimEnd('.');
        return w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
    }

    public static string Normalise(string word)
    {
        var w = word.Replace('\u2019', '\'').ToLowerInvariant().TrimEnd('.');
        return w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
    }
}
