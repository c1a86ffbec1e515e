using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Attribution;

/// <summary>Statements that run over more than one sentence or paragraph.</summary>
public class StatementFinderTests
{
    [Fact]
    public void Extract_QuoteSplitByItsAttributionIntoTwoSentences_IsOneStatementWithTwoSpans()
    {
        // "\"A,\" she said. \"B.\"": the second sentence is the same statement going on.
        const string text =
            "Claire Dunmoor waited two hours at the terminal.\n\n" +
            "\"The ferry is late again,\" she said. \"Nobody in Calder can plan a day around it.\"";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(
            [Extracted.SpanOf(text, "The ferry is late again,"), Extracted.SpanOf(text, "Nobody in Calder can plan a day around it.")],
            quote.Spans);
        Assert.Equal("The ferry is late again, Nobody in Calder can plan a day around it.", quote.Text);
        Assert.Equal("Claire Dunmoor", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_SplitQuoteWhoseSecondPartHasTwoSentences_KeepsBothInTheSecondSpan()
    {
        const string text = "\"The ferry is late again,\" said Claire Dunmoor. \"Nobody can plan a day around it. The timetable is fiction.\"";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(
            [Extracted.SpanOf(text, "The ferry is late again,"), Extracted.SpanOf(text, "Nobody can plan a day around it. The timetable is fiction.")],
            quote.Spans);
    }

    [Fact]
    public void Extract_ColonCueEndingAParagraph_TakesTheQuotationParagraphAfterIt()
    {
        // "Name said:" closes one paragraph; the quotation is the next.
        const string text = "Tobias Renwick said:\n\n\"The fund was emptied without a vote of the members.\"";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "The fund was emptied without a vote of the members.")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_PronounColonCueAfterANamedSentence_TakesTheQuotationAndThePerson()
    {
        // "Name, apposition, did not hold back. He said:" and the quotation paragraph.
        const string text =
            "Tobias Renwick, the union's treasurer, did not hold back. He said:\n\n" +
            "\"The fund was emptied without a vote of the members.\"";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal([Extracted.SpanOf(text, "The fund was emptied without a vote of the members.")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal("He", quote.Mention.Of(text));
    }

    [Fact]
    public void Extract_QuoteParagraphWithoutACue_InheritsThePreviousSpeaker()
    {
        // A quote paragraph with a cue, then a quote paragraph with none: the same person is still talking.
        const string text =
            "\"The ferry timetable is fiction,\" said Claire Dunmoor, who runs a bakery on the quay.\n\n" +
            "\"I lose a morning's trade every time the boat is cancelled.\"";

        var quotes = Extracted.From(text);

        var quote = Assert.Single(quotes, q => q.Spans.Contains(Extracted.SpanOf(text, "I lose a morning's trade every time the boat is cancelled.")));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Claire Dunmoor", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_QuoteParagraphRightAfterAShortAttribution_ContinuesTheSameStatement()
    {
        // "\"A,\" said Name.\n\n\"B.\"": the second paragraph goes on with the first quote.
        const string text =
            "\"The ferry is late again,\" said Claire Dunmoor.\n\n" +
            "\"Nobody in Calder can plan a day around it.\"";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(
            [Extracted.SpanOf(text, "The ferry is late again,"), Extracted.SpanOf(text, "Nobody in Calder can plan a day around it.")],
            quote.Spans);
        Assert.Equal("Claire Dunmoor", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_SameStatementRepeated_IsReturnedOnce()
    {
        // A pull quote repeating a line of the body.
        const string text = "\"We will win this vote,\" said Ottilie Marsh.\n\n\"We will win this vote,\" said Ottilie Marsh.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("We will win this vote,", quote.Text);
    }

    [Fact]
    public void Extract_ColonCueAfterAnOpeningPhrase_TakesTheQuotationParagraphAndNothingElse()
    {
        // "At the hearing, Name said:" closing a paragraph: the opening phrase is where, not what, was said.
        const string text = "At the hearing, Tobias Renwick said:\n\n\"The fund was emptied without a vote of the members.\"";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "The fund was emptied without a vote of the members.")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_QuotationOverTwoParagraphs_IsOneStatementWithASpanPerParagraph()
    {
        // The news convention: the first paragraph has no closing mark, the second opens again and carries the cue.
        const string text =
            "\"The fund was emptied without a vote of the members.\n\n" +
            "\"Nobody on the board was told until the auditors arrived,\" Tobias Renwick said.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(
            [Extracted.SpanOf(text, "The fund was emptied without a vote of the members."), Extracted.SpanOf(text, "Nobody on the board was told until the auditors arrived,")],
            quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_TwoQuoteParagraphsWithoutACue_BothKeepThePreviousSpeaker()
    {
        // A quote with its attribution, then two more paragraphs of the same person's words.
        const string text =
            "\"The ferry is late again,\" said Claire Dunmoor.\n\n" +
            "\"Nobody in Calder can plan a day around it.\"\n\n" +
            "\"The timetable is fiction.\"";

        var quotes = Extracted.From(text);

        var last = Assert.Single(quotes, q => q.Spans.Contains(Extracted.SpanOf(text, "The timetable is fiction.")));
        Assert.Equal("Claire Dunmoor", last.Speaker?.Name);
    }
}
