using System.Collections.Frozen;
using System.Numerics;
using System.Text;

namespace QuoteIndex.Core.Extraction.Text;

/// <summary>
/// Words with a value each, looked up by span as <see cref="StringComparer.OrdinalIgnoreCase"/> compares them, faster
/// than a frozen dictionary for the short ASCII words of the extractor's lists: an open-addressed array hashed over the
/// word with ASCII letters folded, whose probe mostly stops at the first slot. A word with a character outside ASCII is
/// looked up in a frozen dictionary, as ignoring case there is not a matter of one bit ("ı" is "I" ignoring case).
/// </summary>
internal sealed class FoldedWords<TValue>
{
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _all;
    private readonly (string? Word, TValue Value)[] _table;

    /// <summary>
    /// A byte a slot: 0 where the slot is empty, else 8 more bits of the hash of its word (with the low bit set). A word
    /// not in the list is mostly turned away here, without reading the slot itself or its word from farther in memory.
    /// </summary>
    private readonly byte[] _tags;
    private readonly int _longest;
    private readonly int _shift;

    /// <param name="words">Words distinct ignoring case, with their values.</param>
    public FoldedWords(IReadOnlyDictionary<string, TValue> words)
    {
        _all = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = words.Count == 0 ? 0 : words.Keys.Max(word => word.Length);
        // About three slots a word, so that most probes of a word not there meet an empty slot.
        _table = new (string?, TValue)[BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count * 3))];
        _shift = 32 - BitOperations.Log2((uint)_table.Length);
        _tags = new byte[_table.Length];
        foreach (var (word, value) in words)
        {
            if (!Ascii.IsValid(word))
                continue;
            var lower = word.ToLowerInvariant();
            var mixed = Mix(Hash(lower));
            var slot = (int)(mixed >> _shift);
            while (_table[slot].Word is not null)
                slot = (slot + 1) & (_table.Length - 1);
            _table[slot] = (lower, value);
            _tags[slot] = Tag(mixed);
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        value = default!;
        if (word.Length > _longest)
            return false;
        var hash = 0u;
        foreach (var c in word)
        {
            if (c >= 0x80)
                return _all.TryGetValue(word, out value!);
            hash = BitOperations.RotateLeft(hash, 5) ^ (c | 0x20u);
        }

        var tags = _tags;
        var mixed = Mix(hash);
        var tag = Tag(mixed);
        for (var slot = (int)(mixed >> _shift); ; slot = (slot + 1) & (tags.Length - 1))
        {
            var slotTag = tags[slot];
            if (slotTag == 0)
                return false;
            if (slotTag != tag)
                continue;
            var (listed, listedValue) = _table[slot];
            if (listed!.Length == word.Length && SameIgnoringAsciiCase(word, listed))
            {
                value = listedValue;
                return true;
            }
        }
    }

    private static uint Mix(uint hash) => hash * 0x9E3779B1u;

    /// <summary>The 8 bits of the mixed hash below those that choose the slot (at most 24 of them), with the low bit set.</summary>
    private byte Tag(uint mixed) => (byte)((mixed >> (_shift - 8)) | 1);

    private static uint Hash(string lower)
    {
        var hash = 0u;
        foreach (var c in lower)
            hash = BitOperations.RotateLeft(hash, 5) ^ (c | 0x20u);
        return hash;
    }

    /// <summary>Whether <paramref name="word"/> (ASCII) is <paramref name="listed"/> (ASCII, lower case, same length) but for the case of its letters.</summary>
    private static bool SameIgnoringAsciiCase(ReadOnlySpan<char> word, string listed)
    {
        for (var i = 0; i < listed.Length; i++)
        {
            var c = word[i];
            var l = listed[i];
            if (c != l && ((c | 0x20) != l || (uint)(l - 'a') > 'z' - 'a'))
                return false;
        }

        return true;
    }
}
