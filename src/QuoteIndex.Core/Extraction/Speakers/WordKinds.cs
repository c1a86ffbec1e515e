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
/// Half the words asked are of a shape some list word has, so no shape test goes before the table.
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

    private static readonly FoldedWords<WordKinds> Kinds = new(Union());

    public static WordKinds Of(ReadOnlySpan<char> word) => Kinds.TryGetValue(word, out var kinds) ? kinds : WordKinds.None;

    private static Dictionary<string, WordKinds> Union()
    {
        var kinds = new Dictionary<string, WordKinds>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, kind) in Lists)
        {
            foreach (var word in words)
                kinds[word] = kinds.GetValueOrDefault(word) | kind;
        }

        return kinds;
    }
}
