namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>
/// The lowercase words a thread has met lately, each with its string and roles: a direct-mapped cache (each word has one
/// slot, and a word that maps there later takes it over). Most words of an article are common words that earlier
/// articles used too, so they are neither made again as strings nor looked up again in the role lexicon; a short article
/// would otherwise make a new string for most of its words. Nothing is emptied between articles, and the memory held is
/// bounded by the number of slots.
/// </summary>
internal sealed class RecentWords
{
    // 2^14 slots of 16 bytes: room for the working vocabulary of news text, in a table that fits the processor's caches.
    private const int SlotBits = 14;

    private struct Slot
    {
        public uint Hash;
        public string? Word;
        public WordRoles Roles;
    }

    private readonly Slot[] _slots = new Slot[1 << SlotBits];

    /// <summary>Room for the tokenizer to lowercase a word in before looking it up.</summary>
    public char[] Buffer { get; } = new char[Tokenizer.LongestShared];

    /// <summary>FNV-1a, one character at a time, so the tokenizer can fold it into its lowercasing loop.</summary>
    public static uint Hash(uint hash, char c) => (hash ^ c) * 16777619u;

    public const uint EmptyHash = 2166136261u;

    public static uint HashOf(ReadOnlySpan<char> word)
    {
        var hash = EmptyHash;
        foreach (var c in word)
            hash = Hash(hash, c);
        return hash;
    }

    /// <summary>A string for the lowercase <paramref name="word"/>, and its roles.</summary>
    public (string Word, WordRoles Roles) Get(ReadOnlySpan<char> word, uint hash)
    {
        ref var slot = ref _slots[(int)((hash * 2654435769u) >> (32 - SlotBits))];
        if (slot.Hash == hash && slot.Word is { } known && known.AsSpan().SequenceEqual(word))
            return (known, slot.Roles);

        var made = new string(word);
        var roles = WordRoleLexicon.Of(word);
        slot.Hash = hash;
        slot.Word = made;
        slot.Roles = roles;
        return (made, roles);
    }
}
