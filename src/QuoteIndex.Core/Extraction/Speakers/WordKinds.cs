using System.Collections.Frozen;
using System.Numerics;
using System.Text;
using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>The speaker word lists a word belongs to (<see cref="NameWords"/>, <see cref="FirstNames"/>, and the phrase lists of <see cref="MentionFinder"/>).</summary>
[Flags]
internal enum WordKinds
{
    None = 0,
    Title = 1 << 0,
    Particle = 1 << 1,
    Organisation = 1 << 2,
    NotName = 1 << 3,
    Quantifier = 1 << 4,
    UnnamedNoun = 1 << 5,
    Determiner = 1 << 6,
    Number = 1 << 7,
    Male = 1 << 8,
    Female = 1 << 9,
    Preposition = 1 << 10,
    ReducedRelative = 1 << 11,
}

/// <summary>
/// All the speaker word lists in one table: reading a phrase asks each of its words about several lists (a title? an
/// organisation word? a given name?), and one look-up answers them all where each list would hash the word again.
/// Half the words asked are of a shape some list word has, so the table is its own filter: an open-addressed array
/// hashed over the word with ASCII letters folded, whose probe stops at an empty slot.
/// </summary>
internal static class WordKindTable
{
    private static readonly (WordSet Words, WordKinds Kind)[] Lists =
    [
        (NameWords.Titles, WordKinds.Title), (NameWords.Particles, WordKinds.Particle), (NameWords.OrganisationWords, WordKinds.Organisation),
        (NameWords.NotNames, WordKinds.NotName), (NameWords.Quantifiers, WordKinds.Quantifier), (NameWords.UnnamedNouns, WordKinds.UnnamedNoun),
        (NameWords.Determiners, WordKinds.Determiner), (NameWords.Numbers, WordKinds.Number), (FirstNames.Male, WordKinds.Male),
        (FirstNames.Female, WordKinds.Female), (MentionFinder.Prepositions, WordKinds.Preposition), (MentionFinder.ReducedRelatives, WordKinds.ReducedRelative),
    ];

    /// <summary>Every list word with its kinds, compared as the lists compare (ordinal, ignoring case).</summary>
    private static readonly FrozenDictionary<string, WordKinds>.AlternateLookup<ReadOnlySpan<char>> AllWords = Union().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A power of two, about three times the number of words, so that most probes of a word in no list meet an empty slot.</summary>
    private const int Slots = 2048;

    /// <summary>The ASCII words, lower case, at their hash; a word with other characters is looked up in <see cref="AllWords"/>.</summary>
    private static readonly (string? Word, WordKinds Kinds)[] Table = Fill();

    private static readonly int Longest = AllWords.Dictionary.Keys.Max(word => word.Length);

    public static WordKinds Of(ReadOnlySpan<char> word)
    {
        if (word.Length > Longest)
            return WordKinds.None;
        var hash = 0u;
        foreach (var c in word)
        {
            // Outside ASCII, ignoring case is not a matter of one bit ("ı" is "I" ignoring case): the lists' own comparison decides.
            if (c >= 0x80)
                return AllWords.TryGetValue(word, out var kinds) ? kinds : WordKinds.None;
            hash = BitOperations.RotateLeft(hash, 5) ^ (c | 0x20u);
        }

        for (var slot = Slot(hash); ; slot = (slot + 1) & (Slots - 1))
        {
            var (listed, kinds) = Table[slot];
            if (listed is null)
                return WordKinds.None;
            if (listed.Length == word.Length && SameIgnoringAsciiCase(word, listed))
                return kinds;
        }
    }

    private static int Slot(uint hash) => (int)((hash * 0x9E3779B1u) >> (32 - 11));

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

    private static FrozenDictionary<string, WordKinds> Union()
    {
        var kinds = new Dictionary<string, WordKinds>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, kind) in Lists)
        {
            foreach (var word in words)
                kinds[word] = kinds.GetValueOrDefault(word) | kind;
        }

        return kinds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static (string? Word, WordKinds Kinds)[] Fill()
    {
        var table = new (string? Word, WordKinds Kinds)[Slots];
        foreach (var (word, kinds) in AllWords.Dictionary)
        {
            if (!Ascii.IsValid(word))
                continue;
            var lower = word.ToLowerInvariant();
            var hash = 0u;
            foreach (var c in lower)
                hash = BitOperations.RotateLeft(hash, 5) ^ (c | 0x20u);
            var slot = Slot(hash);
            while (table[slot].Word is not null)
                slot = (slot + 1) & (Slots - 1);
            table[slot] = (lower, kinds);
        }

        return table;
    }
}
