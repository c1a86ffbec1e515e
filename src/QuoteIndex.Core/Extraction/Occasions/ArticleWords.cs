namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>
/// One string per distinct lowercase word of an article, with its roles. An open-addressing table of its own, because
/// the tokenizer hashes each word as it lowercases it: a general table would hash the word again to look it up, again to
/// add it, and the comparer would be asked for each time. Emptied as each article starts; most articles use a few hundred
/// slots.
/// </summary>
internal sealed class ArticleWords
{
    private const int InitialCapacity = 1024;

    private string?[] _words = new string?[InitialCapacity];
    private uint[] _hashes = new uint[InitialCapacity];
    private WordRoles[] _roles = new WordRoles[InitialCapacity];

    /// <summary>The slots in use, so that emptying the table touches only those.</summary>
    private int[] _used = new int[InitialCapacity / 2];
    private int _count;

    /// <summary>
    /// A rotate and an exclusive or per character, so the tokenizer can fold it into its lowercasing loop: two one-cycle
    /// steps in place of a multiply per character (FNV-1a) that each next character waited on. <see cref="SlotOf"/> mixes
    /// the bits once per word before they choose a slot.
    /// </summary>
    public static uint Hash(uint hash, char c) => System.Numerics.BitOperations.RotateLeft(hash, 5) ^ c;

    public const uint EmptyHash = 0;

    /// <summary>The slot a hash starts probing at, its bits mixed so that the low ones depend on every character.</summary>
    public static int SlotOf(uint hash, int mask)
    {
        hash *= 0x9E3779B1u;
        return (int)(hash ^ (hash >> 16)) & mask;
    }

    public static uint HashOf(ReadOnlySpan<char> word)
    {
        var hash = EmptyHash;
        foreach (var c in word)
            hash = Hash(hash, c);
        return hash;
    }

    /// <summary>Room for the tokenizer to lowercase a word in before looking it up.</summary>
    public char[] Buffer { get; } = new char[Tokenizer.LongestShared];

    public void Clear()
    {
        // A table grown for an outsized article goes back to its usual size rather than being emptied slot by slot.
        if (_words.Length > InitialCapacity * 16)
        {
            _words = new string?[InitialCapacity];
            _hashes = new uint[InitialCapacity];
            _roles = new WordRoles[InitialCapacity];
            _used = new int[InitialCapacity / 2];
        }
        else
        {
            for (var k = 0; k < _count; k++)
                _words[_used[k]] = null;
        }

        _count = 0;
    }

    /// <summary>The article's string for <paramref name="word"/> (whose <see cref="HashOf"/> is <paramref name="hash"/>), made on first use.</summary>
    public (string Word, WordRoles Roles) Get(ReadOnlySpan<char> word, uint hash)
    {
        var mask = _words.Length - 1;
        var slot = SlotOf(hash, mask);
        while (_words[slot] is { } known)
        {
            if (_hashes[slot] == hash && known.AsSpan().SequenceEqual(word))
                return (known, _roles[slot]);
            slot = (slot + 1) & mask;
        }

        if (!CommonWords.TryGet(word, hash, out var made, out var roles))
        {
            made = new string(word);
            // CommonWords holds every word with a role of its own, up to the length it keeps.
            roles = word.Length <= Tokenizer.LongestShared ? WordRoleLexicon.OfUnlisted(word) : WordRoleLexicon.Of(word);
        }

        _words[slot] = made;
        _hashes[slot] = hash;
        _roles[slot] = roles;
        _used[_count++] = slot;
        if (_count * 2 >= _words.Length)
            Grow();
        return (made, roles);
    }

    private void Grow()
    {
        var words = _words;
        var hashes = _hashes;
        var roles = _roles;
        var used = _used;
        _words = new string?[words.Length * 2];
        _hashes = new uint[words.Length * 2];
        _roles = new WordRoles[words.Length * 2];
        _used = new int[words.Length];
        var mask = _words.Length - 1;
        for (var k = 0; k < _count; k++)
        {
            var from = used[k];
            var slot = SlotOf(hashes[from], mask);
            while (_words[slot] is not null)
                slot = (slot + 1) & mask;
            _words[slot] = words[from];
            _hashes[slot] = hashes[from];
            _roles[slot] = roles[from];
            _used[k] = slot;
        }
    }
}
