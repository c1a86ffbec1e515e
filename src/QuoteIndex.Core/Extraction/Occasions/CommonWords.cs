namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>
/// The lowercase strings and roles of the words nearly every article uses, and of every word with a role, made once for
/// the process: the tokenizer takes a word's string and roles from here rather than making a string and looking up its
/// roles. Read-only after the type is initialised, so threads share it.
/// </summary>
internal static class CommonWords
{
    /// <summary>Function words and the commonest words of news copy: general English, not taken from any corpus.</summary>
    private static readonly string[] Frequent =
    [
        "the", "of", "to", "and", "a", "in", "is", "it", "that", "for", "on", "was", "with", "he", "as", "at", "by", "be",
        "this", "are", "from", "or", "an", "have", "has", "had", "not", "but", "they", "which", "will", "would", "said",
        "says", "say", "its", "his", "her", "she", "their", "been", "were", "we", "i", "you", "who", "also", "more",
        "than", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "up", "out", "about",
        "after", "before", "into", "over", "new", "last", "year", "years", "first", "could", "can", "may", "other",
        "some", "there", "all", "no", "when", "if", "do", "does", "did", "so", "what", "our", "them", "him", "us",
        "these", "those", "such", "only", "most", "many", "much", "any", "each", "per", "under", "between", "against",
        "while", "since", "until", "because", "during", "through", "where", "how", "why", "then", "now", "still",
        "just", "very", "well", "own", "same", "both", "being", "should", "might", "must", "week", "month", "months",
        "day", "days", "time", "told", "added", "according", "government", "people", "company", "market", "mln",
        "dlrs", "pct", "billion", "million", "share", "shares", "stock", "price", "prices", "bank", "rate", "rates",
        "trade", "oil", "net", "loss", "profit", "sales", "tonnes", "official", "officials", "president", "minister",
        "state", "told", "expected", "next", "earlier", "later", "today", "yesterday", "says", "group", "corp", "inc",
        "ltd", "co", "reuter", "u.s.", "mr", "mr.", "mrs", "ms", "dr", "would", "plan", "deal", "talks", "agreement",
        "increase", "rise", "fell", "rose", "higher", "lower", "world", "country", "national", "foreign", "public",
        "party", "election", "police", "court", "against", "made", "make", "take", "took", "get", "got", "go", "going",
        "see", "think", "know", "want", "good", "best", "back", "way", "part", "end", "set", "high", "low", "long",
        "under", "off", "down", "around", "another", "every", "few", "several", "like", "even", "however", "already",
        "including", "there's", "it's", "don't", "can't", "won't", "s", "t", "am", "pm", "mid", "recent", "recently",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "quarter", "total",
        "period", "compared", "against", "record", "business", "industry", "economic", "financial", "issue", "report",
        "statement", "spokesman", "spokeswoman", "interview", "meeting", "news", "conference", "us", "my", "your",
    ];

    /// <summary>
    /// A rotate and an exclusive or per character, so the tokenizer can fold it into its lowercasing loop: two one-cycle
    /// steps in place of a multiply per character (FNV-1a) that each next character waited on. <see cref="SlotOf"/> mixes
    /// the bits once per word before they choose a slot.
    /// </summary>
    public static uint Hash(uint hash, char c) => System.Numerics.BitOperations.RotateLeft(hash, 5) ^ c;

    public const uint EmptyHash = 0;

    public static uint HashOf(ReadOnlySpan<char> word)
    {
        var hash = EmptyHash;
        foreach (var c in word)
            hash = Hash(hash, c);
        return hash;
    }

    /// <summary>The slot a hash starts probing at, its bits mixed so that the low ones depend on every character.</summary>
    private static int SlotOf(uint hash, int mask)
    {
        hash *= 0x9E3779B1u;
        return (int)(hash ^ (hash >> 16)) & mask;
    }

    private static readonly string?[] Slots;
    private static readonly uint[] Hashes;
    private static readonly WordRoles[] Roles;
    private static readonly int Mask;

    static CommonWords()
    {
        var words = new HashSet<string>(Frequent, StringComparer.Ordinal);
        words.UnionWith(VenueFinder.Openers);
        words.UnionWith(DateExpressions.Openers);
        words.UnionWith(Words.ClauseBreaks);
        words.UnionWith(Words.Stops);
        words.UnionWith(Words.Determiners);
        // Every word with a role: a word not found here then has none of its own (WordRoleLexicon.OfUnlisted).
        words.UnionWith(WordRoleLexicon.Listed);
        var size = 1;
        while (size < words.Count * 4)
            size <<= 1;
        Slots = new string?[size];
        Hashes = new uint[size];
        Roles = new WordRoles[size];
        Mask = size - 1;
        foreach (var word in words)
        {
            if (word.Length > Tokenizer.LongestShared)
                continue;
            var hash = HashOf(word);
            var slot = SlotOf(hash, Mask);
            while (Slots[slot] is not null)
                slot = (slot + 1) & Mask;
            Slots[slot] = word;
            Hashes[slot] = hash;
            Roles[slot] = WordRoleLexicon.Of(word);
        }
    }

    /// <summary>The shared string and roles of <paramref name="word"/> (whose <see cref="HashOf"/> is <paramref name="hash"/>), if it is common.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, uint hash, out string common, out WordRoles roles)
    {
        var slot = SlotOf(hash, Mask);
        while (Slots[slot] is { } known)
        {
            if (Hashes[slot] == hash && known.AsSpan().SequenceEqual(word))
            {
                common = known;
                roles = Roles[slot];
                return true;
            }

            slot = (slot + 1) & Mask;
        }

        common = string.Empty;
        roles = WordRoles.None;
        return false;
    }
}
