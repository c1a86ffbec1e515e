using QuoteIndex.Core.Extraction.Occasions;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>
/// The roles the venue/date tokenizer gives each distinct word: the passes over every token test these bits instead of
/// looking words up, so a bit missing where a look-up would succeed would silently lose a venue or a date.
/// </summary>
public class WordRoleTests
{
    [Fact]
    public void CommonWords_HoldEveryWordWithARole_WithTheSameRoles()
    {
        // A word the common table does not know is given only the roles its stem and shape bring (OfUnlisted).
        foreach (var word in WordRoleLexicon.Listed)
        {
            Assert.True(CommonWords.TryGet(word, CommonWords.HashOf(word), out var common, out var roles), word);
            Assert.Equal(word, common);
            Assert.Equal(WordRoleLexicon.Of(word), roles);
        }
    }

    [Theory]
    [InlineData("rally")]
    [InlineData("rallies")]
    [InlineData("interviews")]
    [InlineData("rally's")] // the stem is read: "the rally's organisers"
    [InlineData("hall")] // a venue only after "town", which the tokenizer does not know yet
    public void Of_AWordVenueLexiconCanHeadAPhraseBy_HeadsVenue(string word) =>
        Assert.True(WordRoleLexicon.Of(word).HasFlag(WordRoles.HeadsVenue));

    [Theory]
    [InlineData("the")]
    [InlineData("ads")] // too short for the plural rule: VenueLexicon.Head takes "ad" only
    [InlineData("ferry")]
    public void Of_AWordNoVenueIsNamedBy_DoesNotHeadVenue(string word)
    {
        Assert.Null(VenueLexicon.Head(word, previous: null));
        Assert.False(WordRoleLexicon.Of(word).HasFlag(WordRoles.HeadsVenue));
    }
}
