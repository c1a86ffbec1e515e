using QuoteIndex.Core.Extraction.Speakers;
using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Tests.Extraction.Speakers;

public class WordKindTableTests
{
    private static readonly (WordSet Words, WordKinds Kind)[] Lists =
    [
        (NameWords.Titles, WordKinds.Title), (NameWords.Particles, WordKinds.Particle), (NameWords.OrganisationWords, WordKinds.Organisation),
        (NameWords.NotNames, WordKinds.NotName), (NameWords.Quantifiers, WordKinds.Quantifier), (NameWords.UnnamedNouns, WordKinds.UnnamedNoun),
        (NameWords.Determiners, WordKinds.Determiner), (NameWords.Numbers, WordKinds.Number), (FirstNames.Male, WordKinds.Male),
        (FirstNames.Female, WordKinds.Female), (MentionFinder.Prepositions, WordKinds.Preposition), (MentionFinder.ReducedRelatives, WordKinds.ReducedRelative),
    ];

    /// <summary>What the lists themselves say of <paramref name="word"/>, one by one.</summary>
    private static WordKinds Expected(string word)
    {
        var kinds = WordKinds.None;
        foreach (var (words, kind) in Lists)
        {
            if (words.Has(word))
                kinds |= kind;
        }

        return kinds;
    }

    [Theory]
    // Words in no list, of shapes near list words; an empty word; a word longer than any list word.
    [InlineData("")]
    [InlineData("Smith")]
    [InlineData("presidents")]
    [InlineData("Wednesday's")]
    [InlineData("Cambridge-based")]
    // Outside ASCII: "ı" and "ſ" are "I" and "S" ignoring case, "é" is only "É".
    [InlineData("ANDRÉS")]
    [InlineData("Andres")]
    [InlineData("mınıster")]
    [InlineData("ſenator")]
    [InlineData("Thé")]
    // Characters one bit away from list characters: '\u000E' | 0x20 is '.', '@' | 0x20 is '`'.
    [InlineData("sen\u000E")]
    [InlineData("Gov\u000E")]
    [InlineData("@l")]
    public void Of_WordNearListWords_AnswersAsTheListsDo(string word) => Assert.Equal(Expected(word), WordKindTable.Of(word));

    [Fact]
    public void Of_EveryListWordInEveryCase_AnswersAsTheListsDo()
    {
        var wrong = new List<string>();
        foreach (var (list, _) in Lists)
        {
            foreach (var word in list)
            {
                foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
                {
                    if (WordKindTable.Of(form) != Expected(form))
                        wrong.Add(form);
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Of_CapitalisedTitleAndGivenName_HasTheirKinds()
    {
        Assert.True(WordKindTable.Of("President").HasFlag(WordKinds.Title));
        Assert.Equal(WordKinds.Male, WordKindTable.Of("ANTONY"));
        Assert.Equal(WordKinds.None, WordKindTable.Of("Blinken"));
    }
}
