using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Attribution;

/// <summary>Reported speech: indirect statements, and partial quotes inside them.</summary>
public class ReportedSpeechTests
{
    [Fact]
    public void Extract_NameSaidClause_IsIndirectWithTheClauseUpToTheFullStop()
    {
        // "Name said (that) ...": the content runs from after the cue to before the final period.
        const string text = "Ottilie Marsh said the council would vote against the plan.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "the council would vote against the plan")], quote.Spans);
        Assert.Equal("the council would vote against the plan", quote.Text);
        Assert.Equal("Ottilie Marsh", quote.Speaker?.Name);
        Assert.Equal("Ottilie Marsh", quote.Mention.Of(text));
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_ClauseThenNameSaid_IsIndirectWithoutTheAttribution()
    {
        // "..., Name said.": the attribution trails the report.
        const string text = "The council will vote against the plan, Ottilie Marsh said.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "The council will vote against the plan")], quote.Spans);
        Assert.Equal("Ottilie Marsh", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_AccordingToNameThenClause_IsIndirectWithTheClause()
    {
        // "According to Name, ...".
        const string text = "According to Tobias Renwick, the fund was emptied in March.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "the fund was emptied in March")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal("According to", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_ClauseThenAccordingToName_IsIndirectWithTheClause()
    {
        // "..., according to Name."
        const string text = "The fund was emptied in March, according to Tobias Renwick.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "The fund was emptied in March")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal("according to", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_DirectQuoteRelayedAccordingToASource_IsOneStatementOfTheSpeaker()
    {
        // The council relays the mayor's words: no second statement that holds the first and its attribution.
        const string text = "\u201CWe will not raise taxes this year,\u201D the mayor said, according to the council.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("the mayor", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_ReportRelayedAccordingToASource_IsTheSourcesStatement()
    {
        // Reported speech relayed so is the source's (the PolNeAR convention): "according to" names who said it.
        const string text = "Police have said they have no plans to release the recordings, according to attorneys for the family.";

        var quote = Assert.Single(Extracted.From(text), q => q.Cue?.Text == "according to");

        Assert.Equal("attorneys for the family", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_NameToldReportersClause_TakesTheContentAfterTheAddressee()
    {
        // "Name told reporters ...": "reporters" is who heard it, not what was said.
        const string text = "Tobias Renwick told reporters the audit would be published on Friday.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "the audit would be published on Friday")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal("told", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_ParticipleSaying_GivesTheStatementToTheSentencesSubject()
    {
        // "Name did something, saying ...": the subject of the sentence is the speaker.
        const string text = "Tobias Renwick resigned from the board on Monday, saying the fund had been mismanaged for years.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "the fund had been mismanaged for years")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal("saying", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_QuotedFragmentInsideReportedSpeech_IsPartial()
    {
        // "Mayor Name called the plan \"a reckless gamble\" and said ...": quoted words inside a report.
        const string text = "Mayor Ottilie Marsh called the plan \"a reckless gamble\" and said the council would vote against it.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal(text.IndexOf("the plan", StringComparison.Ordinal), quote.Start);
        var fragment = Extracted.SpanOf(text, "a reckless gamble");
        Assert.Contains(quote.Spans, s => s.Start <= fragment.Start && fragment.End <= s.End);
        Assert.Equal("Ottilie Marsh", quote.Speaker?.Name);
        Assert.Equal("Mayor", quote.Speaker?.Role);
        Assert.Equal("called", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_SaidClauseWithAQuotedPhrase_IsPartialWithTheWholeClause()
    {
        // "Name said the plan was \"a reckless gamble\" that ...".
        const string text = "Ottilie Marsh said the plan was \"a reckless gamble\" that the town could not afford.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "the plan was \"a reckless gamble\" that the town could not afford")], quote.Spans);
        Assert.Equal("Ottilie Marsh", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_NameSaidThatClause_KeepsTheWholeClauseFromThat()
    {
        // "Name said that ...": the reported clause starts at "that", as PolNeAR and the shared gold mark it.
        const string text = "Ottilie Marsh said that the council would vote against the plan.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "that the council would vote against the plan")], quote.Spans);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Theory]
    // "Name warned/insisted/emphasized that ...".
    [InlineData("warned")]
    [InlineData("insisted")]
    [InlineData("emphasized")]
    public void Extract_NameVerbThatClause_IsIndirectWithTheThatClause(string verb)
    {
        var text = "Ottilie Marsh " + verb + " that the dam could not hold another winter.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "that the dam could not hold another winter")], quote.Spans);
        Assert.Equal("Ottilie Marsh", quote.Speaker?.Name);
        Assert.Equal(verb, quote.Cue?.Text);
    }

    [Fact]
    public void Extract_NameToldReportersThatClause_TakesTheClauseAfterTheAddressee()
    {
        // "Name told reporters on Tuesday that ...".
        const string text = "Tobias Renwick told reporters on Tuesday that the audit would be published on Friday.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal([Extracted.SpanOf(text, "that the audit would be published on Friday")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal("told", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_ClauseThenSaidName_IsIndirectWithTheNameAfterTheCue()
    {
        // "..., said Name.": the inverted attribution after reported speech.
        const string text = "The audit will be published on Friday, said Tobias Renwick.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "The audit will be published on Friday")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Equal("Tobias Renwick", quote.Mention.Of(text));
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void Extract_AccordingToNameThenClause_TakesNoRoleFromTheClause()
    {
        // "According to Name, the fund ...": the clause after the comma is not an apposition of the name.
        const string text = "According to Tobias Renwick, the fund was emptied in March.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
        Assert.Null(quote.Speaker?.Role);
    }

    [Fact]
    public void Extract_AttributionInsideTheReportedClause_IsLeftOutOfTheContent()
    {
        // "The fund, Name said, was emptied in March.": the report on both sides of the attribution.
        const string text = "The fund, Tobias Renwick said, was emptied in March.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal([Extracted.SpanOf(text, "The fund"), Extracted.SpanOf(text, "was emptied in March")], quote.Spans);
        Assert.Equal("Tobias Renwick", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_ClauseWithAVerbLikeACueThenOutletReported_IsTheOutletsReport()
    {
        // "<clause with 'added' meaning 'put in'>, <outlet> reported." (a wire report of another paper's story)
        const string text = "In Lowmere, organizers added 160 security officers along the parade route, up from 90 last year, the Calder Courier reported.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("In Lowmere, organizers added 160 security officers along the parade route, up from 90 last year", quote.Text);
        Assert.Equal("reported", quote.Cue?.Text);
        Assert.Equal("the Calder Courier", quote.Mention.Of(text));
    }

    [Fact]
    public void Extract_AddedThat_StaysTheSubjectsStatement()
    {
        // "<subject> added that ..." (the cue verb in its speech sense; no closing attribution)
        const string text = "In Lowmere, organizers added that 160 security officers would walk the parade route.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("organizers", quote.Mention.Of(text));
        Assert.Equal("added", quote.Cue?.Text);
    }
}
