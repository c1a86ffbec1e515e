using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Quotes;

/// <summary>Normalisation: how outlets render the same words differently. Every statement here is invented.</summary>
public class QuoteTextTests
{
    [Theory]
    [InlineData("\"It's done,\" she said.", "“It’s done,” she said.")]
    [InlineData("«It's done», she said.", "„It's done“, she said.")]
    [InlineData("THE PIER IS OPEN", "The pier is open")]
    [InlineData("The pier  is\topen\n", " The pier is open")]
    [InlineData("The pier — at last — is open…", "The pier, at last, is open.")]
    [InlineData("Café de la Plage", "cafe de la plage")]
    public void Normalise_DifferentRenderingsOfTheSameWords_AreEqual(string one, string other) =>
        Assert.Equal(QuoteText.Normalise(one), QuoteText.Normalise(other));

    [Fact]
    public void Normalise_LowerCaseWordsSeparatedBySingleSpaces_ApostrophesJoiningTheirWord() =>
        Assert.Equal("we wont stop its our harbour", QuoteText.Normalise("  We won’t stop—it's OUR harbour! "));

    [Fact]
    public void Normalise_OtherWords_Differ() =>
        Assert.NotEqual(QuoteText.Normalise("The pier is open"), QuoteText.Normalise("The pier is closed"));

    [Fact]
    public void ExactKey_SameWordsInOtherQuoteMarks_IsTheSameKey()
    {
        var straight = QuoteText.ExactKey("\"The tide waits for no council.\"");
        var guillemets = QuoteText.ExactKey("« The tide waits for no council »");

        Assert.Equal(straight, guillemets);
        Assert.StartsWith("c_", straight, StringComparison.Ordinal);
        Assert.NotEqual(straight, QuoteText.ExactKey("The tide waits for no mayor."));
    }
}
