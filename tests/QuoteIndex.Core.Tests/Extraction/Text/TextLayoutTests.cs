using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Tests.Extraction.Text;

public class TextLayoutTests
{
    private static string[] Sentences(TextLayout layout) => [.. layout.Sentences.Select(s => s.Of(layout.Text))];

    [Fact]
    public void Paragraphs_BlankLinesAndIndentation_GiveTrimmedNonBlankLines()
    {
        // A body as ingested: paragraphs separated by blank lines, with stray spaces around them.
        const string text = "  The new pier opened on Tuesday.  \n\n\n\tFerries queued all morning.\n";

        var layout = TextLayout.Of(text);

        Assert.Equal([Extracted.SpanOf(text, "The new pier opened on Tuesday."), Extracted.SpanOf(text, "Ferries queued all morning.")], layout.Paragraphs);
    }

    [Fact]
    public void Paragraphs_WindowsLineBreaks_DoNotLeaveCarriageReturnsInTheParagraph()
    {
        const string text = "The pier opened.\r\nFerries queued.";

        var layout = TextLayout.Of(text);

        Assert.Equal(["The pier opened.", "Ferries queued."], layout.Paragraphs.Select(p => p.Of(text)));
    }

    [Fact]
    public void Sentences_PeriodQuestionAndExclamationMarks_EndSentences()
    {
        // Plain narrative with a rhetorical question and an exclamation.
        var layout = TextLayout.Of("Will the ferry run on Sunday? Nobody knows! The board meets today.");

        Assert.Equal(["Will the ferry run on Sunday?", "Nobody knows!", "The board meets today."], Sentences(layout));
    }

    [Theory]
    // Each line models an abbreviation that wire copy puts in front of a capital or a number.
    [InlineData("U.S. officials visited the port on Monday.", "They left on Tuesday.")]
    [InlineData("Mr. Renwick spoke first.", "The hall was full.")]
    [InlineData("Sen. Ottilie Marsh voted against the bill.", "It failed by two votes.")]
    [InlineData("Gov. Peter Ashgrove signed the order.", "Ferries resumed at noon.")]
    [InlineData("The vote is set for Sept. 24 in the old hall.", "Nobody expects a surprise.")]
    [InlineData("Ferries leave from Pier No. 4 every hour.", "The first leaves at six.")]
    [InlineData("The study by J. Halvorsen was published in May.", "It ran to 90 pages.")]
    [InlineData("The study by Tamsin R. Okafor-Lind was published in May.", "It ran to 90 pages.")]
    public void Sentences_AbbreviationOrInitialInsideASentence_DoesNotEndIt(string first, string second)
    {
        var layout = TextLayout.Of(first + " " + second);

        Assert.Equal([first, second], Sentences(layout));
    }

    [Fact]
    public void Sentences_DottedAbbreviationFollowedByASentenceOpener_EndsTheSentence()
    {
        // "... to the U.S. The next year ...": the abbreviation's period is also the full stop.
        var layout = TextLayout.Of("The firm moved its office to the U.S. The next year it doubled in size.");

        Assert.Equal(["The firm moved its office to the U.S.", "The next year it doubled in size."], Sentences(layout));
    }

    [Fact]
    public void Sentences_DecimalNumbers_DoNotEndASentence()
    {
        var layout = TextLayout.Of("The fare rose to 3.50 crowns. It was 2.90 last year.");

        Assert.Equal(["The fare rose to 3.50 crowns.", "It was 2.90 last year."], Sentences(layout));
    }

    [Fact]
    public void Sentences_ClosingQuoteMarkAfterTheFullStop_BelongsToTheSentenceItEnds()
    {
        // A quotation that ends its sentence: the closing mark stays with it.
        var layout = TextLayout.Of("She answered only \"never.\" Then she left the hall.");

        Assert.Equal(["She answered only \"never.\"", "Then she left the hall."], Sentences(layout));
    }

    [Fact]
    public void Sentences_FullStopInsideAProtectedQuotation_DoesNotEndTheSentence()
    {
        // "\"A. B,\" she said.": a two-sentence quotation and its attribution are one sentence for attribution.
        const string text = "\"We won. We will win again,\" she said. The crowd cheered.";

        var layout = TextLayout.Of(text, [Extracted.SpanOf(text, "We won. We will win again,")]);

        Assert.Equal(["\"We won. We will win again,\" she said.", "The crowd cheered."], Sentences(layout));
    }

    [Fact]
    public void Sentences_OfAnArticle_NeverBreakInsideAQuotationItFound()
    {
        // The same rule as above, with the quotations found by the article's own scanner.
        const string text = "\u201CThe pier is late. The money is gone. Nobody will say where,\u201D said Claire Dunmoor. She left.";

        var article = new ArticleText(text);

        Assert.Equal(
            ["\u201CThe pier is late. The money is gone. Nobody will say where,\u201D said Claire Dunmoor.", "She left."],
            Sentences(article.Layout));
    }

    [Fact]
    public void Sentences_NeverCrossAParagraphBreak()
    {
        // A paragraph without a final full stop (a subheading) still ends its sentence.
        var layout = TextLayout.Of("Harbour works\nThe works begin in May.");

        Assert.Equal(["Harbour works", "The works begin in May."], Sentences(layout));
    }

    [Fact]
    public void IndexAt_OffsetsInsideAndBetweenSpans_FindTheSpanThatHoldsOrPrecedesThem()
    {
        const string text = "First one. Second one.\n\nThird one.";
        var layout = TextLayout.Of(text);

        Assert.Equal(1, layout.SentenceIndexAt(text.IndexOf("Second", StringComparison.Ordinal)));
        Assert.Equal(2, layout.SentenceIndexAt(text.IndexOf("Third", StringComparison.Ordinal)));
        Assert.Equal(0, layout.ParagraphIndexAt(text.IndexOf("Second", StringComparison.Ordinal)));
        Assert.Equal(0, layout.ParagraphIndexAt(text.IndexOf('\n', StringComparison.Ordinal)));
        Assert.Equal(1, layout.ParagraphIndexAt(text.IndexOf("Third", StringComparison.Ordinal)));
    }

    [Fact]
    public void Of_EmptyText_HasNoParagraphsAndNoSentences()
    {
        var layout = TextLayout.Of("");

        Assert.Empty(layout.Paragraphs);
        Assert.Empty(layout.Sentences);
        Assert.Equal(-1, layout.SentenceIndexAt(0));
    }

    [Fact]
    public void Sentences_LowerCaseNoEndingASentence_IsAWordNotTheAbbreviationNo()
    {
        // "voted no." ends its sentence; only "No. 4" (a capital and a number after it) is the abbreviation.
        var layout = TextLayout.Of("The council voted no. The bill died in committee.");

        Assert.Equal(["The council voted no.", "The bill died in committee."], Sentences(layout));
    }
}
