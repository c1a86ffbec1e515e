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
        // The words are walked as spans, last first: this runs for every statement, and splitting made a string per word.
        var span = name.AsSpan();
        var (lastStart, lastLength) = LastWord(span, span.Length);
        // "Farrow campaign", "Town Hall staff": an organisation named after a person or place keeps its whole name.
        if (lastStart > 0 && span[..lastStart].Trim(' ').Length > 0 && char.IsLower(span[lastStart]))
            return Normalise(string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        for (var (start, length) = (lastStart, lastLength); length > 0; (start, length) = LastWord(span, start))
        {
            var w = span.Slice(start, length).Trim(NamePunctuation);
            if (w.Length == 0 || SuffixLookup.Contains(w) || !char.IsUpper(w[0]))
                continue;
            return NormaliseWord(w);
        }

        return NormaliseWord(span.Slice(lastStart, lastLength));
    }

    /// <summary>The last word (between spaces) that ends at or before <paramref name="end"/>; length 0 when there is none.</summary>
    private static (int Start, int Length) LastWord(ReadOnlySpan<char> text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
            end--;
        var start = end;
        while (start > 0 && text[start - 1] != ' ')
            start--;
        return (start, end - start);
    }

    /// <summary>The speaker words as written ("Rep. Elijah Cummings of Maryland"): the last word of the first run of capitalised words.</summary>
    public static string? OfMention(string? mention)
    {
        if (string.IsNullOrWhiteSpace(mention))
            return null;
        var span = mention.AsSpan();
        Span<char> lower = stackalloc char[LowerBuffer];
        ReadOnlySpan<char> last = default;
        var found = false;
        foreach (var range in span.SplitAny(MentionSeparators))
        {
            var word = span[range];
            if (word.IsEmpty)
                continue;
            var w = word.Trim(MentionPunctuation);
            if (w.Length > 0 && char.IsUpper(w[0]) && !IsPronounOrDeterminer(w, lower))
            {
                if (!SuffixLookup.Contains(w))
                {
                    last = w;
                    found = true;
                }
            }
            else if (found)
            {
                break;
            }
        }

        return found ? NormaliseWord(last) : null;
    }

    /// <summary>Whether the lowercase form of <paramref name="word"/> is a person pronoun or a determiner.</summary>
    private static bool IsPronounOrDeterminer(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
        {
            var made = word.ToString().ToLowerInvariant();
            return Words.PersonPronouns.Has(made) || Words.Determiners.Has(made);
        }

        var lowered = buffer[..word.ToLowerInvariant(buffer)];
        return Words.PersonPronouns.Has(lowered) || Words.Determiners.Has(lowered);
    }

    public static bool IsPronoun(string? mention)
    {
        if (mention is null)
            return false;
        var trimmed = mention.AsSpan().Trim();
        if (trimmed.Length > LowerBuffer)
            return Words.PersonPronouns.Has(trimmed.ToString().ToLowerInvariant());
        Span<char> lower = stackalloc char[LowerBuffer];
        return Words.PersonPronouns.Has(lower[..trimmed.ToLowerInvariant(lower)]);
    }

    /// <summary>Words up to this length are lowercased on the stack; pronouns and determiners are all far shorter.</summary>
    private const int LowerBuffer = 64;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();

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

    /// <summary><see cref="Normalise(string)"/> of a word given as a span, making only the resulting string.</summary>
    private static string NormaliseWord(ReadOnlySpan<char> word)
    {
        if (word.Length > LowerBuffer)
            return Normalise(word.ToString());
        Span<char> buffer = stackalloc char[LowerBuffer];
        var w = buffer[..word.ToLowerInvariant(buffer)];
        w.Replace('\u2019', '\'');
        w = w.TrimEnd('.');
        return (w.EndsWith("'s") ? w[..^2] : w).ToString();
    }
}
