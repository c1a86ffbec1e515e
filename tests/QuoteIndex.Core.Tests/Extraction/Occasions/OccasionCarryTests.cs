using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>
/// When a statement without an occasion of its own takes one from the text around it, and when it does not. Invented
/// stories; each comment names the kind of article passage it models.
/// </summary>
public class OccasionCarryTests
{
    [Fact]
    public void Resolve_HeAddedInTheNextParagraph_StaysAtTheRally()
    {
        // "At a rally, X said ... \n\n "...," he added." (the same occasion, next paragraph)
        var occasions = new Story("At a rally in Lowmere on Tuesday, Ada Quill said the mill would reopen.\n\n\"We will hire 300 people,\" she added.")
            .Says("the mill would reopen", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Says("We will hire 300 people,", "added", "she", "Ada Quill")
            .Resolve();

        Assert.Equal("rally in Lowmere", occasions[1].Venue?.Name);
        Assert.Equal("2024-03-12", occasions[1].Date?.ToString());
    }

    [Fact]
    public void Resolve_AnotherSpeakerAfterTheRally_HasNoVenue()
    {
        // "At a rally, X said ... \n\n Y said ..." (the rally is X's; a new speaker ends the carry-over)
        var occasions = new Story("At a rally in Lowmere, Ada Quill said the mill would reopen.\n\nBram Osei said the plan was fantasy.")
            .Says("the mill would reopen", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Says("the plan was fantasy", "said", "Bram Osei", "Bram Osei", QuoteKind.Indirect)
            .Resolve();

        Assert.Null(occasions[1].Venue);
    }

    [Fact]
    public void Resolve_SameSpeakerAfterALongGap_HasNoVenue()
    {
        // A rally quote, several background paragraphs, then the speaker again: the text has left the rally
        var occasions = new Story(
                "At a rally in Lowmere, Ada Quill said the mill would reopen.\n\n" +
                "The mill closed in 2009.\n\nIt once employed 2,000 people.\n\nThe town has shrunk since.\n\nFew shops remain on the main street.\n\n" +
                "Quill said she grew up near the mill.")
            .Says("the mill would reopen", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Says("she grew up near the mill", "said", "Quill", "Ada Quill", QuoteKind.Indirect)
            .Resolve();

        Assert.Null(occasions[1].Venue);
    }

    [Fact]
    public void Resolve_InterviewedSpeakerLaterInTheStory_StaysInTheInterview()
    {
        // "X said in an interview ... \n\n Y said ... \n\n X also said ..." (an interview runs through the article)
        var occasions = new Story(
                "Ada Quill said in an interview on Monday that the port would be sold.\n\n" +
                "Bram Osei, her rival, said the sale was illegal.\n\n" +
                "Quill also said the buyer was local.")
            .Says("the port would be sold", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Says("the sale was illegal", "said", "Bram Osei, her rival,", "Bram Osei", QuoteKind.Indirect)
            .Says("the buyer was local", "said", "Quill", "Ada Quill", QuoteKind.Indirect)
            .Resolve();

        Assert.Equal(new Venue("interview", VenueType.Interview), occasions[2].Venue);
        Assert.Null(occasions[1].Venue);
    }

    [Fact]
    public void Resolve_OtherSpeakersAtAHearing_AreAtTheHearing()
    {
        // A committee hearing: the senators who speak after the witness speak at the same hearing
        var occasions = new Story(
                "Harbour chief Ines Roldan testified before the Senate Fisheries Committee on Tuesday that the nets were legal.\n\n" +
                "\"You misled this committee,\" Sen. Bram Osei told her.")
            .Says("the nets were legal", "testified", "Harbour chief Ines Roldan", "Ines Roldan", QuoteKind.Indirect)
            .Says("You misled this committee,", "told", "Sen. Bram Osei", "Bram Osei")
            .Resolve();

        Assert.Equal(new Venue("Senate Fisheries Committee hearing", VenueType.Hearing), occasions[1].Venue);
        Assert.Equal("2024-03-12", occasions[1].Date?.ToString());
    }

    [Fact]
    public void Resolve_Headline_TakesTheOccasionTheBodyNames()
    {
        // Headline "X: claim" summarising a statement the body places at a rally
        var occasions = new Story(
                "Quill says the mill will reopen\n\n" +
                "Mayor Ada Quill promised the town's millworkers on Tuesday that their jobs would come back, repeating a pledge from her campaign.\n\n" +
                "\"The mill will reopen,\" Quill said at a rally in Lowmere.")
            .Says("the mill will reopen", "says", "Quill", "Ada Quill", QuoteKind.Headline)
            .Says("The mill will reopen,", "said", "Quill", "Ada Quill")
            .Resolve();

        Assert.Equal("rally in Lowmere", occasions[0].Venue?.Name);
    }

    [Fact]
    public void Resolve_TheForumLater_NamesTheForumIntroducedBefore()
    {
        // "... met at a forum sponsored by X ... At the forum, Y said" (a definite reference back)
        var occasions = new Story(
                "Ada Quill and Bram Osei met at a forum sponsored by the Lowmere Chamber of Commerce on Tuesday.\n\n" +
                "At the forum, Osei said the port needs a new crane.")
            .Says("the port needs a new crane", "said", "Osei", "Bram Osei", QuoteKind.Indirect)
            .Single();

        Assert.Equal("forum sponsored by the Lowmere Chamber of Commerce", occasions.Venue?.Name);
        Assert.Equal("2024-03-12", occasions.Date?.ToString());
    }

    [Fact]
    public void Resolve_ToldTheHostOfAShowNamedBefore_IsThatShow()
    {
        // "Y appeared on The X Show ... "...," she told X." (a host's name pointing back at the programme)
        var occasions = new Story(
                "Ada Quill appeared on The Pia Marsh Show on Tuesday to attack the harbour plan.\n\n" +
                "\"It is a giveaway,\" she told Marsh.")
            .Says("It is a giveaway,", "told", "she", "Ada Quill")
            .Single();

        Assert.Equal("The Pia Marsh Show", occasions.Venue?.Name);
        Assert.Equal("2024-03-12", occasions.Date?.ToString());
    }

    [Fact]
    public void Resolve_StatementPlacedBeforeThePressConference_IsNotAtIt()
    {
        // "Members of X held a press conference, shortly after Y said ..." (Y spoke elsewhere)
        var occasions = new Story(
                "Port workers from the Lowmere Port Caucus held a press conference on Friday, shortly after Bram Osei said the port would be sold.\n\n" +
                "\"This is a betrayal,\" said Rep. Ines Roldan, head of the caucus.")
            .Says("the port would be sold", "said", "Bram Osei", "Bram Osei", QuoteKind.Indirect)
            .Says("This is a betrayal,", "said", "Rep. Ines Roldan, head of the caucus", "Ines Roldan")
            .Resolve();

        Assert.Null(occasions[0].Venue);
        Assert.Equal("Lowmere Port Caucus press conference", occasions[1].Venue?.Name);
    }

    [Fact]
    public void Resolve_HabitualStatement_HasNoOccasion()
    {
        // "X has long said ..." (not one occasion, and no day)
        var occasions = new Story("At a rally in Lowmere on Tuesday, Ada Quill said the mill would reopen. Quill has long said the port should be sold.")
            .Says("the mill would reopen", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Says("the port should be sold", "has long said", "Quill", "Ada Quill", QuoteKind.Indirect)
            .Resolve();

        Assert.Null(occasions[1].Venue);
        Assert.Equal(DateSource.Published, occasions[1].Date?.Source);
    }

    [Fact]
    public void Resolve_SaidInAnotherMonth_LeavesTheOccasion()
    {
        // "... at a rally ... X said in July ..." (the text moves to another time)
        var occasions = new Story("At a rally in Lowmere on Tuesday, Ada Quill said the mill would reopen. Quill said in July that the port should be sold.")
            .Says("the mill would reopen", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Says("the port should be sold", "said", "Quill", "Ada Quill", QuoteKind.Indirect)
            .Resolve();

        Assert.Null(occasions[1].Venue);
    }

    [Fact]
    public void Resolve_AnotherDayNamed_LeavesTheOccasion()
    {
        // "At a rally on Monday X said ... On Wednesday, X said ..." (a new day is a new occasion)
        var occasions = new Story("At a rally in Lowmere on Monday, Ada Quill said the mill would reopen. On Wednesday, Quill said the port should be sold.")
            .Says("the mill would reopen", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Says("the port should be sold", "said", "Quill", "Ada Quill", QuoteKind.Indirect)
            .Resolve();

        Assert.Null(occasions[1].Venue);
        Assert.Equal("2024-03-13", occasions[1].Date?.ToString());
    }

    [Fact]
    public void Resolve_SaidThen_StaysInThePastOccasion()
    {
        // "At a lunch the next day, X said ... \n\n "...," X said then." (a past occasion continued)
        var occasions = new Story(
                "At a lunch with the Lowmere delegation the next day, Ada Quill said she would not back Osei.\n\n" +
                "\"My answer is no,\" Quill said then.")
            .Says("she would not back Osei", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Says("My answer is no,", "said then", "Quill", "Ada Quill")
            .Resolve();

        Assert.Equal("lunch with the Lowmere delegation", occasions[1].Venue?.Name);
    }

    [Fact]
    public void Resolve_LiveBlogUpdates_DoNotShareOccasions()
    {
        // Live blog: each time heading starts a new update; an occasion stays in its own update
        var occasions = new Story(
                "2 p.m.\n\nAda Quill says at a rally in Lowmere that the mill will reopen.\n\n" +
                "1:40 p.m.\n\nAda Quill says the port will be sold.")
            .Says("the mill will reopen", "says", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Says("the port will be sold", "says", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Resolve();

        Assert.Equal("rally in Lowmere", occasions[0].Venue?.Name);
        Assert.Null(occasions[1].Venue);
        Assert.Equal("1:40 p.m.", occasions[1].Date?.Basis);
    }

    [Fact]
    public void Resolve_ItAddedAfterAnOutletArticle_StaysWithTheOutlet()
    {
        // "a <outlet> article praised X as ... \n\n "...," it added." (an outlet's own writing)
        var occasions = new Story(
                "In 2004, a Gazette article praised Quill as \"the mayor who saved the docks.\"\n\n" +
                "\"Her budgets balance,\" it added.")
            .Says("the mayor who saved the docks.", "praised", "a Gazette article", "The Harbour Gazette")
            .Says("Her budgets balance,", "added", "it", "The Harbour Gazette")
            .Resolve();

        Assert.Equal("The Harbour Gazette article", occasions[0].Venue?.Name);
        Assert.Equal(VenueType.Other, occasions[1].Venue?.Type);
    }

    [Fact]
    public void Resolve_WordsOfTheCampaignAboutItsAd_AreNotInTheAd()
    {
        // "the narrator of the ad asks ... The campaign says the spot will run ..." (a document's words stay with it)
        var occasions = new Story(
                "\"Who pays?\" the narrator of the Farrow TV ad asks.\n\n" +
                "The Farrow campaign says the spot will run on local stations.")
            .Says("Who pays?", "asks", "the narrator of the Farrow TV ad", "Farrow campaign")
            .Says("the spot will run on local stations", "says", "The Farrow campaign", "Farrow campaign", QuoteKind.Indirect)
            .Resolve();

        Assert.Equal("Farrow TV ad", occasions[0].Venue?.Name);
        Assert.Null(occasions[1].Venue);
    }
}
