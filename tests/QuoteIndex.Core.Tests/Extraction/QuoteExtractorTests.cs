using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Extraction;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction;

/// <summary>The first, simple extractor: double-quoted text with "X said" / "said X" beside it.</summary>
public class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Extract(string text) => QuoteExtractor.Extract(new Article("test-article", text));

    [Fact]
    public void Extract_QuoteThenPronounCue_FindsQuoteCueAndMention()
    {
        const string text = "\"We will rebuild the harbour wall before winter,\" she said on Tuesday.";

        var quote = Assert.Single(Extract(text));

        Assert.Equal("We will rebuild the harbour wall before winter,", quote.Text);
        Assert.Equal(text.IndexOf("We will", StringComparison.Ordinal), quote.Start);
        Assert.Equal("said", quote.Cue!.Text);
        Assert.Equal("she", quote.Speaker!.Mention!.Value.Of(text));
    }

    [Fact]
    public void Extract_SaidThenName_TakesTheNameAfterTheCue()
    {
        const string text = "\u201CThe figures do not add up,\u201D said Hal Brannigan, a councillor.";

        var quote = Assert.Single(Extract(text));

        Assert.Equal("Hal Brannigan", quote.Speaker!.Name);
        Assert.Equal("hal-brannigan", quote.Speaker.Key);
    }

    [Fact]
    public void Extract_NameSaidColonBeforeQuote_TakesTheNameBeforeTheCue()
    {
        const string text = "Mayor Ines Roldan said: \"This plan is a reckless gamble with public money.\"";

        var quote = Assert.Single(Extract(text));

        Assert.Equal("Mayor Ines Roldan", quote.Speaker!.Name);
        Assert.Equal("This plan is a reckless gamble with public money.", quote.Text);
    }

    [Fact]
    public void Extract_ShortQuoteWithoutCue_IsAScareQuoteAndSkipped() =>
        Assert.Empty(Extract("The company called the data \"anonymised\" in its filing."));

    [Fact]
    public void Extract_LongQuoteWithoutCue_IsKeptWithoutSpeaker()
    {
        // Seed article (shared/corpus/seed-blinken-unsc.txt): a quote paragraph with no cue of its own.
        const string text = "\u201CThere is a profound difference. Russia is the aggressor; Ukraine, the victim.\u201D";

        var quote = Assert.Single(Extract(text));

        Assert.Null(quote.Speaker);
        Assert.StartsWith("There is a profound difference.", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_UnclosedQuote_StopsAtTheParagraphEnd()
    {
        const string text = "\"This quote never closes, she said\n\nA new paragraph \"with a closed quote of many words,\" he said.";

        var quote = Assert.Single(Extract(text));

        Assert.Equal("with a closed quote of many words,", quote.Text);
    }

    [Fact]
    public void Extract_SameStatementTwice_IsReturnedOnce() =>
        Assert.Single(Extract("\"We will win this vote,\" she said.\n\n\"We will win this vote,\" she said again."));

    [Fact]
    public void Extract_EveryOffsetPointsAtTheQuoteText()
    {
        var text = File.ReadAllText(SharedData.Path("corpus", "seed-blinken-unsc.txt"));

        var quotes = Extract(text);

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal(q.Text, q.Spans[0].Of(text)));
        Assert.Contains(quotes, q => q.Text.StartsWith("There is a profound difference. Russia is the aggressor;", StringComparison.Ordinal));
    }
}
