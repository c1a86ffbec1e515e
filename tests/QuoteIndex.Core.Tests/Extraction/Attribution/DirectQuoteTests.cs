using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Attribution;

/// <summary>Quotations attributed by a cue in their own sentence.</summary>
public class DirectQuoteTests
{
    [Fact]
    public void Extract_QuoteThenNameSaid_IsDirectWithTheQuotedWordsTheNameAndTheCue()
    {
        // The wire-copy default: "\"...,\" Name said."
        const string text = "\"The harbour wall will be rebuilt before winter,\" Elena Vasquez-Moreau said.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("The harbour wall will be rebuilt before winter,", quote.Text);
        Assert.Equal([Extracted.SpanOf(text, "The harbour wall will be rebuilt before winter,")], quote.Spans);
        Assert.Equal("Elena Vasquez-Moreau", quote.Speaker?.Name);
        Assert.Equal("Elena Vasquez-Moreau", quote.Mention.Of(text));
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal(Extracted.SpanOf(text, "said"), quote.Cue?.Span);
    }

    [Fact]
    public void Extract_QuoteThenSaidName_TakesTheNameAfterTheCue()
    {
        // The inverted order: "\"...,\" said Name, apposition."
        const string text = "\u201CThe harbour wall will be rebuilt before winter,\u201D said Tobias Renwick, the union\u2019s treasurer.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("The harbour wall will be rebuilt before winter,", quote.Text);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal("the union\u2019s treasurer", quote.Speaker?.Role);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_NameSaidColonThenQuote_TakesTheQuoteAfterTheColon()
    {
        // "Name said: \"...\"" in one sentence.
        const string text = "Tobias Renwick said: \"The fund was emptied without a vote of the members.\"";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "The fund was emptied without a vote of the members.")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_QuoteOfTwoSentences_IsOneQuote()
    {
        // "\"A. B,\" Name said.": the full stop inside the quotation does not cut it off from its cue.
        const string text = "\"We are not moving. The pier is ours,\" Tobias Renwick said.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("We are not moving. The pier is ours,", quote.Text);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_QuestionThenAsked_IsDirectWithTheQuestion()
    {
        // "\"...?\" asked Name."
        const string text = "\"Will the ferry run on Sunday?\" asked Claire Dunmoor.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("Will the ferry run on Sunday?", quote.Text);
        Assert.Equal("Claire Dunmoor", quote.Speaker?.Name);
        Assert.Equal("asked", quote.Cue?.Text);
    }

    [Theory]
    // A time or an addressee after the cue is neither speaker nor content.
    [InlineData("\"We are not moving,\" Tobias Renwick said on Tuesday.", "said")]
    [InlineData("\"We are not moving,\" Tobias Renwick told the Calder Courier.", "told")]
    public void Extract_QuoteThenNameCueAndCircumstance_KeepsOnlyTheQuotedWords(string text, string cue)
    {
        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal([Extracted.SpanOf(text, "We are not moving,")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal(cue, quote.Cue?.Text);
    }

    [Fact]
    public void Extract_QuoteSplitByItsAttributionMidSentence_IsOneStatementWithTwoSpans()
    {
        // "\"A,\" she said, \"b.\"": one sentence, the attribution in the middle.
        const string text =
            "Claire Dunmoor runs a bakery on the quay.\n\n" +
            "\"The ferry is late again,\" she said, \"and nobody in Calder can plan a day around it.\"";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(
            [Extracted.SpanOf(text, "The ferry is late again,"), Extracted.SpanOf(text, "and nobody in Calder can plan a day around it.")],
            quote.Spans);
        Assert.Equal("The ferry is late again, and nobody in Calder can plan a day around it.", quote.Text);
        Assert.Equal("Claire Dunmoor", quote.Speaker?.Name);
        Assert.Equal("she", quote.Mention.Of(text));
    }

    [Fact]
    public void Extract_Quote_HasItsSentenceAsContext()
    {
        const string text = "The pier opened on Tuesday. \"We are not moving,\" Tobias Renwick said. Crowds cheered.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("\"We are not moving,\" Tobias Renwick said.", quote.Context);
    }

    [Fact]
    public void Extract_SameArticleTwice_GivesTheSameQuotes()
    {
        // Extraction is a pure function of the article: re-ingesting changes nothing.
        const string text = "\"We are not moving,\" Tobias Renwick said.";

        Assert.Equal(Extracted.From(text).Select(q => q.Id), Extracted.From(text).Select(q => q.Id));
    }

    [Fact]
    public void Extract_NamedSpeakerWithSaid_IsMoreCertainThanAnUnnamedGroupWithAWeakVerb()
    {
        // "\"...,\" said Name." is the surest attribution; "Critics called X \"...\"" much less so.
        var named = Assert.Single(Extracted.From("\"The fund was emptied without a vote,\" said Tobias Renwick."));
        var weak = Assert.Single(Extracted.From("Critics called the plan \"a reckless gamble\"."));

        Assert.True(named.Confidence > weak.Confidence, $"said Name: {named.Confidence}; critics called: {weak.Confidence}");
        Assert.InRange(named.Confidence, 0.9, 1.0);
    }
}
