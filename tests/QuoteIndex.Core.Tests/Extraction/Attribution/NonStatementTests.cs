namespace QuoteIndex.Core.Tests.Extraction.Attribution;

/// <summary>Quote marks and colons that attribute nothing to anyone.</summary>
public class NonStatementTests
{
    [Theory]
    // Scare quotes: one or two words the writer holds at arm's length, with no cue in the sentence.
    [InlineData("The so-called \"fast ferry\" took four hours to cross the bay.")]
    [InlineData("Residents of the \"new town\" still have no bus.")]
    [InlineData("The \u201Cpilot\u201D scheme has now run for six years.")]
    public void Extract_ScareQuotesWithoutACue_AreNotAStatement(string text)
    {
        Assert.Empty(Extracted.From(text));
    }

    [Fact]
    public void Extract_ScareQuotesAfterAQuotedSpeaker_DoNotInheritTheSpeaker()
    {
        // The paragraph after a real quote: its scare quotes are still the writer's, not the last speaker's.
        const string text =
            "\"The ferry is late again,\" said Claire Dunmoor.\n\n" +
            "The so-called \"fast ferry\" took four hours to cross the bay.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("The ferry is late again,", quote.Text);
    }

    [Theory]
    // Titles of reports and films in quote marks, with no speech verb around them.
    [InlineData("The council published its report \"Counting the Boats\" on Tuesday.")]
    [InlineData("Her documentary \"A Harbour in Winter\" opens in Calder on Friday.")]
    public void Extract_QuotedTitle_IsNotAStatement(string text)
    {
        Assert.Empty(Extracted.From(text));
    }

    [Fact]
    public void Extract_PageFurnitureLabels_AreNotNameColonHeadlines()
    {
        // Lines a scraped page carries around the story: "Read more:", "Photo:", "Update:", sharing links.
        const string text =
            "Read more: Council votes on harbour plan\n" +
            "Photo: Calder Courier archive\n" +
            "Update: This story has been corrected to fix a date.\n" +
            "Share this article\n" +
            "Read more";

        Assert.Empty(Extracted.From(text));
    }

    [Fact]
    public void Extract_RecentPostsListOfHeadlines_YieldsNoStatement()
    {
        // A "Recent Posts" box: headlines of other stories, none of them attributing words.
        const string text =
            "Recent Posts\n" +
            "Ferry fares to rise in spring\n" +
            "Harbour trade doubles in a year\n" +
            "Mayor opens new quay";

        Assert.Empty(Extracted.From(text));
    }

    [Fact]
    public void Extract_DatelineWithAColon_IsNotAHeadlineSpeaker()
    {
        // "Place, date: ..." opens some wire stories.
        Assert.Empty(Extracted.From("Calder, March 14: The harbour board met on Tuesday to vote on the dredging plan."));
    }

    [Fact]
    public void Extract_QuotedFilmTitleAfterAnEvaluativeVerb_IsNotAStatement()
    {
        // "Critics praised the film \"Title\"": the quote marks hold a title, not anyone's words.
        Assert.Empty(Extracted.From("Critics praised the film \"The Long Quay\" at the festival."));
    }

    [Fact]
    public void Extract_ReadMoreLinkWhoseHeadlineReportsSpeech_YieldsNoStatement()
    {
        // A "Read more:" link to another story; its headline's "says" belongs to that story.
        Assert.Empty(Extracted.From("Read more: Mayor Marsh says the ferry will run on Sunday"));
    }

    [Fact]
    public void Extract_RecentPostsListAfterTheStory_AddsNoStatementToTheStorys()
    {
        // A story with one quote, then the page's "Recent Posts" box, whose headlines use "says".
        const string text =
            "The new pier opened on Tuesday.\n\n" +
            "\"It is the biggest day for Calder in fifty years,\" said Harbour Minister Elena Vasquez-Moreau.\n\n" +
            "Recent Posts\n" +
            "Mayor Marsh says ferry will run on Sunday\n" +
            "Harbour trade doubles in a year\n" +
            "Read more: Council votes on harbour plan\n" +
            "Share this article";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("It is the biggest day for Calder in fifty years,", quote.Text);
    }
}
