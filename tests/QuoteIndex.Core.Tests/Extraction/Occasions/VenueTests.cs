using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>
/// Venues from the statement's own sentence, one pattern per test. All sentences are invented (fictional people, towns
/// and outlets); each comment names the kind of news sentence it models.
/// </summary>
public class VenueTests
{
    [Fact]
    public void Resolve_SaidAtARallyInATown_TakesTheRallyWithItsPlace()
    {
        // "X said at a rally in Town, State, that ..." (campaign-trail report)
        var occasion = new Story("Mayor Ada Quill said at a rally in Port Elbury, Ohio, that the ferry would run again.")
            .Says("the ferry would run again", "said", "Mayor Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("rally in Port Elbury, Ohio", VenueType.Event), occasion.Venue);
    }

    [Fact]
    public void Resolve_AfterTheSpeakersDescription_IsWhereAndWhenItWasSaid()
    {
        // "\"...,\" said X, the mayor of Town, at a press conference on Tuesday." (the commonest attribution there is)
        var occasion = new Story("\"The harbour wall will be rebuilt,\" said Elena Varga, the mayor of Port Elling, at a press conference on Tuesday.")
            .Says("The harbour wall will be rebuilt,", "said", "Elena Varga", "Elena Varga")
            .Single();

        Assert.Equal(VenueType.PressConference, occasion.Venue?.Type);
        Assert.Equal(DateSource.Stated, occasion.Date?.Source);
    }

    [Fact]
    public void Resolve_RelativeClauseAfterTheSpeakersDescription_StillDescribesThePerson()
    {
        // "\"...,\" said X, a commentator in Town, who attended a rally there on Friday." (the rally is not where X spoke)
        var occasion = new Story("\"He seemed tired,\" said Jon Ralt, a commentator in Port Elling, who attended a rally by the senator on Friday.")
            .Says("He seemed tired,", "said", "Jon Ralt", "Jon Ralt")
            .Single();

        Assert.Null(occasion.Venue);
        Assert.Equal(DateSource.Published, occasion.Date?.Source);
    }

    [Fact]
    public void Resolve_DuringHisSpeechAtAMeeting_KeepsTheMeetingName()
    {
        // "X made the point in his speech at the <council> meeting" (diplomatic speech report)
        var occasion = new Story("Minister Tomas Vell made the point in his speech at the Northern Fisheries Council meeting. \"We will not retreat,\" he said.")
            .Says("We will not retreat,", "said", "he", "Tomas Vell")
            .Single();

        Assert.Equal(VenueType.Event, occasion.Venue?.Type);
        Assert.Contains("Northern Fisheries Council meeting", occasion.Venue?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_DuringAPhraseInsideReportedSpeechObject_IsWhereItWasSaid()
    {
        // "X criticized Y as "..." during a campaign stop in Town" (the content span swallows the occasion)
        var occasion = new Story("Former Governor Ada Quill criticized the port levy as a \u201Cbroken promise\u201D during a campaign stop in Lowmere, Ohio, for her nephew.")
            .Says("the port levy as a \u201Cbroken promise\u201D during a campaign stop in Lowmere, Ohio, for her nephew", "criticized", "Former Governor Ada Quill", "Ada Quill", QuoteKind.Partial)
            .Single();

        Assert.Equal(VenueType.Event, occasion.Venue?.Type);
        Assert.Contains("campaign stop in Lowmere", occasion.Venue?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_OnAShowInsideReportedSpeechObject_IsTheBroadcast()
    {
        // "X described Y as a "..." Wednesday on <radio show>" (talk-show remark reported as an object)
        var occasion = new Story("Governor Bram Osei described the levy as a \u201Cdisgrace\u201D Wednesday on The Pia Marsh Show after the vote.")
            .Says("the levy as a \u201Cdisgrace\u201D Wednesday on The Pia Marsh Show after the vote", "described", "Governor Bram Osei", "Bram Osei", QuoteKind.Partial)
            .Single();

        Assert.Equal("The Pia Marsh Show", occasion.Venue?.Name);
    }

    [Fact]
    public void Resolve_DuringAPhraseInsideAThatClause_IsPartOfWhatWasSaid()
    {
        // "X said that <event> would happen during a meeting" (the meeting is what was talked about)
        var occasion = new Story("Bram Osei said that members would vote during a special meeting of the Harbour Board.")
            .Says("that members would vote during a special meeting of the Harbour Board", "said", "Bram Osei", "Bram Osei", QuoteKind.Indirect)
            .Single();

        Assert.Null(occasion.Venue);
    }

    [Fact]
    public void Resolve_QuotedTitleInsideReportedSpeech_NamesTheEvent()
    {
        // "X stressed Y during a "Title Forum" sponsored by <outlet>" (quoted event title, not speech)
        var occasion = new Story("Lena Farrow stressed her record on flood defences during a \"Coastal Futures Forum\" sponsored by Valley Radio.")
            .Says("her record on flood defences during a \"Coastal Futures Forum\" sponsored by Valley Radio", "stressed", "Lena Farrow", "Lena Farrow", QuoteKind.Indirect)
            .Single();

        Assert.Equal(VenueType.Event, occasion.Venue?.Type);
        Assert.Contains("Coastal Futures Forum", occasion.Venue?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_InAnInterviewWithAnOutlet_IsAnInterview()
    {
        // "X said in an interview with <outlet>" (interview quote)
        var occasion = new Story("\"The budget is a fiction,\" Ada Quill said in an interview with the Marrowby Courier.")
            .Says("The budget is a fiction,", "said", "Ada Quill", "Ada Quill")
            .Single();

        Assert.Equal(new Venue("interview with the Marrowby Courier", VenueType.Interview), occasion.Venue);
    }

    [Fact]
    public void Resolve_ToldANamedOutlet_TakesTheOutletAsInterview()
    {
        // "X told <outlet>" (interview with an outlet, the outlet as venue)
        var occasion = new Story("Senator Bram Osei told The Harbour Gazette that the vote would fail.")
            .Says("the vote would fail", "told", "Senator Bram Osei", "Bram Osei", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("The Harbour Gazette", VenueType.Interview), occasion.Venue);
    }

    [Fact]
    public void Resolve_ToldAJournalistOfAnOutlet_KeepsJournalistAndOutlet()
    {
        // "X told <journalist> of <outlet>" (talk-show interview)
        var occasion = new Story("\"It is a rigged count,\" Lena Farrow told Pia Marsh of Valley Radio this week.")
            .Says("It is a rigged count,", "told", "Lena Farrow", "Lena Farrow")
            .Single();

        Assert.Equal("Pia Marsh of Valley Radio", occasion.Venue?.Name);
    }

    [Fact]
    public void Resolve_SaidOnANetwork_IsABroadcast()
    {
        // "X said on <network>" (television appearance without interview wording)
        var occasion = new Story("\"We have the votes,\" Bram Osei said on Fox News.")
            .Says("We have the votes,", "said", "Bram Osei", "Bram Osei")
            .Single();

        Assert.Equal(new Venue("Fox News", VenueType.Broadcast), occasion.Venue);
    }

    [Fact]
    public void Resolve_InAStatement_IsAStatement()
    {
        // "X said in a statement" (press statement)
        var occasion = new Story("The harbour authority said in a statement that the pier was safe.")
            .Says("the pier was safe", "said", "The harbour authority", null, QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("statement", VenueType.Statement), occasion.Venue);
    }

    [Fact]
    public void Resolve_InAPressRelease_IsAStatement()
    {
        // "X said in a press release" (company announcement)
        var occasion = new Story("Quill Shipping said in a press release that it would hire 200 workers.")
            .Says("it would hire 200 workers", "said", "Quill Shipping", "Quill Shipping", QuoteKind.Indirect)
            .Single();

        Assert.Equal(VenueType.Statement, occasion.Venue?.Type);
        Assert.Equal("press release", occasion.Venue?.Name);
    }

    [Fact]
    public void Resolve_WroteOnTwitter_IsSocialMedia()
    {
        // "X wrote on Twitter" (social media post)
        var occasion = new Story("\"Shameful,\" Lena Farrow wrote on Twitter.")
            .Says("Shameful,", "wrote", "Lena Farrow", "Lena Farrow")
            .Single();

        Assert.Equal(new Venue("Twitter", VenueType.SocialMedia), occasion.Venue);
    }

    [Fact]
    public void Resolve_Tweeted_IsTwitter()
    {
        // "X tweeted, ..." (a tweet as the statement)
        var occasion = new Story("Bram Osei tweeted, \"See you in Marrowby!\"")
            .Says("See you in Marrowby!", "tweeted", "Bram Osei", "Bram Osei")
            .Single();

        Assert.Equal(new Venue("Twitter", VenueType.SocialMedia), occasion.Venue);
    }

    [Fact]
    public void Resolve_InAFacebookPost_IsSocialMedia()
    {
        // "In a Facebook post, X said" (social media post)
        var occasion = new Story("In a Facebook post, Ada Quill said the ferry deal was dead.")
            .Says("the ferry deal was dead", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("Facebook post", VenueType.SocialMedia), occasion.Venue);
    }

    [Fact]
    public void Resolve_AtATownHall_IsAnEvent()
    {
        // "At a town hall in Town, X said" (campaign event)
        var occasion = new Story("At a town hall in Marrowby, Ada Quill said taxes would fall.")
            .Says("taxes would fall", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("town hall in Marrowby", VenueType.Event), occasion.Venue);
    }

    [Fact]
    public void Resolve_AtAFundraiser_IsAnEvent()
    {
        // "X told donors at a fundraiser in Town" (fundraising event)
        var occasion = new Story("\"We will win the coast,\" Bram Osei said at a fundraiser in Lowmere.")
            .Says("We will win the coast,", "said", "Bram Osei", "Bram Osei")
            .Single();

        Assert.Equal(new Venue("fundraiser in Lowmere", VenueType.Event), occasion.Venue);
    }

    [Fact]
    public void Resolve_DuringACampaignStop_IsAnEvent()
    {
        // "X said during a campaign stop in Town" (campaign trail)
        var occasion = new Story("Lena Farrow said during a campaign stop in Lowmere that the mill would reopen.")
            .Says("the mill would reopen", "said", "Lena Farrow", "Lena Farrow", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("campaign stop in Lowmere", VenueType.Event), occasion.Venue);
    }

    [Fact]
    public void Resolve_GivingASpeech_NamesTheSpeech()
    {
        // "X, giving a speech in Town, says ..." (participle phrase beside the speaker)
        var occasion = new Story("Ada Quill, giving a speech in Lowmere, says the bridge will be rebuilt.")
            .Says("the bridge will be rebuilt", "says", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("speech in Lowmere", VenueType.Event), occasion.Venue);
    }

    [Fact]
    public void Resolve_ToldACrowdInATown_NamesTheAudience()
    {
        // "X told a crowd in Town that ..." (rally remarks)
        var occasion = new Story("Bram Osei told a crowd in Lowmere that the ferry fares were too high.")
            .Says("the ferry fares were too high", "told", "Bram Osei", "Bram Osei", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("crowd in Lowmere", VenueType.Event), occasion.Venue);
    }

    [Fact]
    public void Resolve_TestifiedBeforeACommittee_IsAHearing()
    {
        // "X testified before the Senate ... Committee" (congressional hearing)
        var occasion = new Story("Harbour chief Ines Roldan testified before the Senate Fisheries Committee that the nets were legal.")
            .Says("the nets were legal", "testified", "Harbour chief Ines Roldan", "Ines Roldan", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("Senate Fisheries Committee hearing", VenueType.Hearing), occasion.Venue);
    }

    [Fact]
    public void Resolve_CommitteeHearingWithoutName_TakesTheCommitteeNamedBefore()
    {
        // "The House ... Committee voted ... said after the committee hearing" (hearing named by its committee earlier)
        var occasion = new Story("The House Harbour and Fisheries Committee met on Tuesday.\n\n\"The nets stay,\" Rep. Ines Roldan said at the committee hearing.")
            .Says("The nets stay,", "said", "Rep. Ines Roldan", "Ines Roldan")
            .Single();

        Assert.Equal(new Venue("House Harbour and Fisheries Committee hearing", VenueType.Hearing), occasion.Venue);
    }

    [Fact]
    public void Resolve_AtAPressConference_IsAPressConference()
    {
        // "The mayor, speaking at a press conference in Town, said" (press conference report)
        var occasion = new Story("The mayor, speaking at a press conference in Lowmere, said the fire was set on purpose.")
            .Says("the fire was set on purpose", "said", "The mayor", "Ada Quill", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("press conference in Lowmere", VenueType.PressConference), occasion.Venue);
    }

    [Fact]
    public void Resolve_AtABriefing_IsAPressConference()
    {
        // "X said at a briefing" (government briefing)
        var occasion = new Story("\"The talks are over,\" spokesman Oren Pike said at a briefing.")
            .Says("The talks are over,", "said", "spokesman Oren Pike", "Oren Pike")
            .Single();

        Assert.Equal(new Venue("briefing", VenueType.PressConference), occasion.Venue);
    }

    [Fact]
    public void Resolve_ToldReportersOnAFlight_IsAPressConference()
    {
        // "X told reporters on the flight from City" (press gaggle aboard a plane)
        var occasion = new Story("Minister Tomas Vell told reporters on the flight from Lisbon that the treaty was close.")
            .Says("the treaty was close", "told", "Minister Tomas Vell", "Tomas Vell", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("flight from Lisbon", VenueType.PressConference), occasion.Venue);
    }

    [Fact]
    public void Resolve_DuringADebate_IsADebate()
    {
        // "During the debate, X said" (candidates' debate)
        var occasion = new Story("During a televised debate in Marrowby, Lena Farrow said the port needs dredging.")
            .Says("the port needs dredging", "said", "Lena Farrow", "Lena Farrow", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("televised debate in Marrowby", VenueType.Debate), occasion.Venue);
    }

    [Fact]
    public void Resolve_AReportAsTheSource_IsTheReport()
    {
        // "A report by the X Institute says ..." (a document speaking)
        var occasion = new Story("A report by the Lowmere Institute says the river is rising faster than forecast.")
            .Says("the river is rising faster than forecast", "says", "A report by the Lowmere Institute", "Lowmere Institute", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("report by the Lowmere Institute", VenueType.Other), occasion.Venue);
    }

    [Fact]
    public void Resolve_AccordingToAPoll_IsThePoll()
    {
        // "..., according to a <outlet> poll published <when>" (poll as source)
        var occasion = new Story("Quill leads by nine points, according to a Marrowby Courier poll published on Monday.")
            .Says("Quill leads by nine points", "according to", "a Marrowby Courier poll published on Monday", null, QuoteKind.Indirect)
            .Single();

        Assert.Equal(VenueType.Other, occasion.Venue?.Type);
        Assert.StartsWith("Marrowby Courier poll", occasion.Venue?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_InACourtFiling_IsTheFiling()
    {
        // "X said in a court filing" (litigation report)
        var occasion = new Story("Quill Shipping said in a court filing that the contract was void.")
            .Says("the contract was void", "said", "Quill Shipping", "Quill Shipping", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("court filing", VenueType.Other), occasion.Venue);
    }

    [Fact]
    public void Resolve_NarratorOfATvAd_IsABroadcast()
    {
        // "the narrator of the TV ad asks" (campaign advertising)
        var occasion = new Story("\"Who pays for the bridge?\" the narrator of the Farrow TV ad asks.")
            .Says("Who pays for the bridge?", "asks", "the narrator of the Farrow TV ad", "Farrow campaign")
            .Single();

        Assert.Equal(new Venue("Farrow TV ad", VenueType.Broadcast), occasion.Venue);
    }

    [Fact]
    public void Resolve_AnOutletReported_IsItsReport()
    {
        // "<outlet> reported that ..." (another outlet's reporting)
        var occasion = new Story("The Harbour Gazette reported that the mayor had sold the land.")
            .Says("the mayor had sold the land", "reported", "The Harbour Gazette", "The Harbour Gazette", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("The Harbour Gazette report", VenueType.Other), occasion.Venue);
    }

    [Fact]
    public void Resolve_BareSaid_HasNoVenue()
    {
        // "\"...,\" X said." (the common bare attribution)
        var occasion = new Story("\"The figures do not add up,\" Hal Brannigan said.")
            .Says("The figures do not add up,", "said", "Hal Brannigan", "Hal Brannigan")
            .Single();

        Assert.Null(occasion.Venue);
    }

    [Fact]
    public void Resolve_ToldReportersAlone_HasNoVenue()
    {
        // "X told reporters" with no occasion named
        var occasion = new Story("Hal Brannigan told reporters that the count was fair.")
            .Says("the count was fair", "told", "Hal Brannigan", "Hal Brannigan", QuoteKind.Indirect)
            .Single();

        Assert.Null(occasion.Venue);
    }

    [Fact]
    public void Resolve_ToldAPersonNotAnOutlet_HasNoVenue()
    {
        // "Senator X told the witness ..." (words addressed to a person, not an interview)
        var occasion = new Story("\"You misled this town,\" Ines Roldan told Hal Brannigan.")
            .Says("You misled this town,", "told", "Ines Roldan", "Ines Roldan")
            .Single();

        Assert.Null(occasion.Venue);
    }

    [Fact]
    public void Resolve_VenueInsideTheQuote_IsNotTheVenue()
    {
        // "\"I said it at the rally,\" X said." (an occasion the speaker mentions)
        var occasion = new Story("\"I said it at the rally in Lowmere and I say it again,\" Hal Brannigan said.")
            .Says("I said it at the rally in Lowmere and I say it again,", "said", "Hal Brannigan", "Hal Brannigan")
            .Single();

        Assert.Null(occasion.Venue);
    }

    [Fact]
    public void Resolve_PhraseDescribingTheSpeaker_IsNotTheVenue()
    {
        // "X, author of a study of <events>, said" (appositive about the speaker)
        var occasion = new Story("Pia Marsh, author of a study of town hall debates since 1990, said the format favours incumbents.")
            .Says("the format favours incumbents", "said", "Pia Marsh, author of a study of town hall debates since 1990,", "Pia Marsh", QuoteKind.Indirect)
            .Single();

        Assert.Null(occasion.Venue);
    }

    [Fact]
    public void Resolve_UpcomingDebate_IsATopicNotAnOccasion()
    {
        // "X said she would press Y in the upcoming debates" (a future event as topic)
        var occasion = new Story("Lena Farrow said she would press Bram Osei on fares in the upcoming debates.")
            .Says("she would press Bram Osei on fares", "said", "Lena Farrow", "Lena Farrow", QuoteKind.Indirect)
            .Single();

        Assert.Null(occasion.Venue);
    }

    [Fact]
    public void Resolve_ProgrammeOfAnOutlet_KeepsTheTitle()
    {
        // "X told <network>'s "<programme>"" (named television programme)
        var occasion = new Story("Bram Osei told Valley TV's \"Harbour Hour\" that he would run.")
            .Says("he would run", "told", "Bram Osei", "Bram Osei", QuoteKind.Indirect)
            .Single();

        Assert.Equal("Valley TV's \"Harbour Hour\"", occasion.Venue?.Name);
    }

    [Fact]
    public void Resolve_ToldAForeignBroadcasterByKind_TakesTheOutlet()
    {
        // "X told <nationality> broadcaster <name>" (outlet introduced by what it is)
        var occasion = new Story("Minister Tomas Vell told Nordic broadcaster KVR that the treaty was dead.")
            .Says("the treaty was dead", "told", "Minister Tomas Vell", "Tomas Vell", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("KVR", VenueType.Interview), occasion.Venue);
    }

    [Fact]
    public void Resolve_ToldAnAssembly_IsAnEvent()
    {
        // "X told the <assembly>" (a speech to a parliament or an international assembly)
        var occasion = new Story("Minister Tomas Vell told the Northern Assembly that the treaty was dead.")
            .Says("the treaty was dead", "told", "Minister Tomas Vell", "Tomas Vell", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("Northern Assembly", VenueType.Event), occasion.Venue);
    }

    [Fact]
    public void Resolve_RadioProgrammeNamedToday_IsAProgrammeNotADay()
    {
        // "X told <station>'s Today programme" (a programme called "Today")
        var occasion = new Story("Minister Tomas Vell told Coast Radio 2's Today programme that the treaty was dead.")
            .Says("the treaty was dead", "told", "Minister Tomas Vell", "Tomas Vell", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("Coast Radio 2's Today programme", VenueType.Broadcast), occasion.Venue);
        Assert.Equal(DateSource.Published, occasion.Date?.Source);
    }

    [Fact]
    public void Resolve_PostOnX_IsSocialMedia()
    {
        // "In a post on X, formerly Twitter, X said" (platform named after the post)
        var occasion = new Story("In a post on X, Minister Tomas Vell said the treaty was dead.")
            .Says("the treaty was dead", "said", "Minister Tomas Vell", "Tomas Vell", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new Venue("post on X", VenueType.SocialMedia), occasion.Venue);
    }
}
