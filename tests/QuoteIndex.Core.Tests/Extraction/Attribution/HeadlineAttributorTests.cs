using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Attribution;

/// <summary>"Name: claim" headlines at the top of an article.</summary>
public class HeadlineAttributorTests
{
    [Fact]
    public void Extract_SurnameColonClaimHeadline_IsAHeadlineQuote()
    {
        // The headline form "Surname: Title-Case Claim".
        const string text =
            "Vasquez-Moreau: New Pier Will Double Harbour Trade\n\n" +
            "The new pier opened on Tuesday.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Headline, quote.Kind);
        Assert.Equal("New Pier Will Double Harbour Trade", quote.Text);
        Assert.Equal([Extracted.SpanOf(text, "New Pier Will Double Harbour Trade")], quote.Spans);
        Assert.Equal(":", quote.Cue?.Text);
        Assert.Equal(new TextSpan(text.IndexOf(':', StringComparison.Ordinal), text.IndexOf(':', StringComparison.Ordinal) + 1), quote.Cue?.Span);
        Assert.Equal("Vasquez-Moreau", quote.Mention.Of(text));
    }

    [Fact]
    public void Extract_FullNameColonSentenceCaseClaim_IsAHeadlineQuote()
    {
        const string text =
            "Tobias Renwick: the fund was emptied without a vote\n\n" +
            "The union's treasurer spoke at the hearing.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Headline, quote.Kind);
        Assert.Equal("the fund was emptied without a vote", quote.Text);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_BodyColonClaimHeadline_IsAttributedToTheBody()
    {
        // "Harbour Ministry: ..." a body as the headline speaker.
        const string text = "Harbour Ministry: Ferry Services Will Resume On Friday\n\nThe ramp has been repaired.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Headline, quote.Kind);
        Assert.Equal("Ferry Services Will Resume On Friday", quote.Text);
        Assert.Equal("Harbour Ministry", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_HeadlineWithAFinalFullStop_LeavesTheFullStopOut()
    {
        const string text = "Vasquez-Moreau: New Pier Will Double Harbour Trade.\n\nThe new pier opened on Tuesday.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("New Pier Will Double Harbour Trade", quote.Text);
    }

    [Theory]
    // Section labels that take a colon in a headline without being anyone's name.
    [InlineData("Analysis: Why the ferry is always late")]
    [InlineData("Opinion: The harbour plan deserves a second look")]
    [InlineData("Update: Ferry services will resume on Friday")]
    [InlineData("Watch: The new pier opens in Calder")]
    public void Extract_SectionLabelColonHeadline_IsNotAStatement(string headline)
    {
        Assert.Empty(Extracted.From(headline + "\n\nThe new pier opened on Tuesday."));
    }

    [Fact]
    public void Extract_ColonClaimTooShortToBeAStatement_IsNotAHeadlineQuote()
    {
        // "Name: Yes" says too little to index as a statement.
        Assert.Empty(Extracted.From("Vasquez-Moreau: Yes\n\nThe new pier opened on Tuesday."));
    }
}
