using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Speakers;

/// <summary>Speaker resolution through <c>QuoteExtractor.Extract</c>: what name each quote ends up with.</summary>
public class SpeakerResolverTests
{
    [Fact]
    public void Extract_SurnameAfterTheFullName_ResolvesToTheFullName()
    {
        // The full name on first reference, the surname alone afterwards.
        const string text =
            "Marisol Quenby-Vance, the port director, opened the meeting.\n\n" +
            "\"We cannot dredge the channel this year,\" Quenby-Vance said.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("Marisol Quenby-Vance", quote.Speaker?.Name);
        Assert.Equal("Quenby-Vance", quote.Mention.Of(text));
        Assert.Equal(Extracted.SpanOf(text, "Quenby-Vance", after: "year,\""), quote.Speaker?.Mention);
    }

    [Fact]
    public void Extract_PronounAfterTwoSpeakers_ResolvesToTheLatestSpeakerOfThatGender()
    {
        // A man speaks, then a woman; "he" goes back past her to him, "she" to her.
        const string text =
            "\"The channel is silting up,\" said Peter Ashgrove, a pilot.\n\n" +
            "\"The channel must be dredged,\" said Claire Dunmoor, who chairs the board.\n\n" +
            "\"Nobody has asked the pilots,\" he said.\n\n" +
            "\"We will ask them,\" she said.";

        var quotes = Extracted.From(text);

        Assert.Equal("Peter Ashgrove", quotes.Containing("Nobody has asked").Speaker?.Name);
        Assert.Equal("he", quotes.Containing("Nobody has asked").Mention.Of(text));
        Assert.Equal("Claire Dunmoor", quotes.Containing("We will ask them").Speaker?.Name);
    }

    [Fact]
    public void Extract_PronounAfterANameInTheNarrative_ResolvesToThatPerson()
    {
        // The person is introduced as the subject of a plain sentence, then quoted with "she said".
        const string text = "Claire Dunmoor chairs the harbour board.\n\n\"The channel must be dredged,\" she said.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("Claire Dunmoor", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_RoleWordsAfterATitledName_ResolveToThatPerson()
    {
        // "Harbour Minister Elena Vasquez-Moreau" on first reference, "the minister" afterwards.
        const string text =
            "Harbour Minister Elena Vasquez-Moreau opened the new pier on Tuesday.\n\n" +
            "\"The pier will carry twice the old traffic,\" the minister said.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("Elena Vasquez-Moreau", quote.Speaker?.Name);
        Assert.Equal("Harbour Minister", quote.Speaker?.Role);
        Assert.Equal("the minister", quote.Mention.Of(text));
    }

    [Fact]
    public void Extract_RoleGivenInAnApposition_ResolvesALaterDefiniteDescription()
    {
        // "Marisol Quenby-Vance, the port director, ..." and later "the director said".
        const string text =
            "Marisol Quenby-Vance, the port director, opened the meeting.\n\n" +
            "\"We cannot dredge the channel this year,\" the director said.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("Marisol Quenby-Vance", quote.Speaker?.Name);
        Assert.Equal("the port director", quote.Speaker?.Role);
    }

    [Fact]
    public void Extract_TitleBeforeTheName_IsTheRoleNotPartOfTheName()
    {
        // "\"...,\" Mayor Ottilie Marsh said."
        const string text = "\"The vote was rushed,\" Mayor Ottilie Marsh said.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("Ottilie Marsh", quote.Speaker?.Name);
        Assert.Equal("Mayor", quote.Speaker?.Role);
        Assert.Equal("Mayor Ottilie Marsh", quote.Mention.Of(text));
    }

    [Fact]
    public void Extract_AppositionBeforeTheCue_IsTheSpeakersRole()
    {
        // "Hugo Thornbury, a doctor, said ...".
        const string text = "Hugo Thornbury, a doctor, said the ward was full.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("Hugo Thornbury", quote.Speaker?.Name);
        Assert.Equal("a doctor", quote.Speaker?.Role);
    }

    [Fact]
    public void Extract_AppositionAfterAnInvertedCue_IsTheSpeakersRole()
    {
        // "\"...,\" said Hugo Thornbury, a doctor at the clinic."
        const string text = "\"The ward needs twelve more nurses,\" said Hugo Thornbury, a doctor at the clinic.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("Hugo Thornbury", quote.Speaker?.Name);
        Assert.Equal("a doctor at the clinic", quote.Speaker?.Role);
    }

    [Theory]
    // Particles (van der, de la, bin), hyphens and initials are all part of the name.
    [InlineData("Anouk van der Maas")]
    [InlineData("Rafael de la Fuente-Olmedo")]
    [InlineData("Idris bin Haddad")]
    [InlineData("Tamsin R. Okafor-Lind")]
    [InlineData("J. Halvorsen")]
    public void Extract_NameWithParticlesHyphensOrInitials_IsTheWholeName(string name)
    {
        var text = "\"The old quay must stay,\" said " + name + ".";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(name, quote.Speaker?.Name);
        Assert.Equal(name, quote.Mention.Of(text));
    }

    [Theory]
    // An initial or a middle initial on first reference, the hyphenated surname afterwards.
    [InlineData("J. Halvorsen", "Halvorsen")]
    [InlineData("Tamsin R. Okafor-Lind", "Okafor-Lind")]
    public void Extract_SurnameAfterANameWithInitials_ResolvesToTheNameWithInitials(string name, string surname)
    {
        var text = "\"The tide tables are wrong,\" said " + name + ".\n\n\"They were printed last year,\" " + surname + " said.";

        var quote = Extracted.From(text).Containing("printed last year");

        Assert.Equal(name, quote.Speaker?.Name);
        Assert.Equal(surname, quote.Mention.Of(text));
    }

    [Fact]
    public void Extract_TheMinistrySpeaking_IsAttributedToTheMinistry()
    {
        // "..., the ministry said.": a body speaking as one.
        const string text = "The ferry will resume on Friday, the ministry said.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("the ministry", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_CapitalSpeakingForAGovernment_IsAttributedToTheCapital()
    {
        // "Korvath said ...": a capital city standing for its government, as in diplomatic copy.
        const string text = "Korvath said the talks would resume next month.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("Korvath", quote.Speaker?.Name);
    }

    [Fact]
    public void Extract_PronounItAfterANamedBody_ResolvesToThatBody()
    {
        // A ministry named in full, then "it said".
        const string text = "The Harbour Ministry said the ferry would resume on Friday.\n\n\"Repairs to the ramp are finished,\" it said.";

        var quote = Extracted.From(text).Containing("Repairs to the ramp");

        Assert.Equal(Extracted.From(text).Containing("ferry would resume").Speaker?.Name, quote.Speaker?.Name);
        Assert.Equal("it", quote.Mention.Of(text));
    }

    [Theory]
    // Unnamed sources keep the words the article uses for them.
    [InlineData("\"The strike will go ahead on Monday,\" officials said.", "officials")]
    [InlineData("\"The strike will go ahead on Monday,\" union officials said.", "union officials")]
    [InlineData("\"The strike will go ahead on Monday,\" a spokesperson for the union said.", "a spokesperson for the union")]
    [InlineData("\"The strike will go ahead on Monday,\" said a spokesperson for the union.", "a spokesperson for the union")]
    [InlineData("\"The strike will go ahead on Monday,\" a source close to the talks said.", "a source close to the talks")]
    public void Extract_UnnamedSource_IsTheSourceAsWritten(string text, string source)
    {
        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(source, quote.Speaker?.Name);
        Assert.Equal(source, quote.Mention.Of(text));
    }

    [Fact]
    public void Extract_PronounWithNoOneIntroduced_HasAMentionButNoSpeaker()
    {
        // The article opens on a quote and "she said": the mention is kept, no name is invented.
        const string text = "\"The ferry is late again,\" she said.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Null(quote.Speaker);
        Assert.Equal("she", quote.Mention.Of(text));
    }

    [Fact]
    public void Extract_HeadlineSpeakerIntroducedInFullLater_IsNamedInFull()
    {
        // "Surname: claim" as the headline; the body gives the full name two paragraphs down.
        const string text =
            "Vasquez-Moreau: New Pier Will Double Harbour Trade\n\n" +
            "The new pier opened on Tuesday.\n\n" +
            "Harbour Minister Elena Vasquez-Moreau said the pier would double trade within a year.";

        var quote = Assert.Single(Extracted.From(text), q => q.Kind == QuoteKind.Headline);

        Assert.Equal("Elena Vasquez-Moreau", quote.Speaker?.Name);
        Assert.Equal("Vasquez-Moreau", quote.Mention.Of(text));
    }

    [Theory]
    // A surname with a particle on later reference, capitalised at a sentence start or not.
    [InlineData("Anouk van der Maas chairs the harbour board.\n\n\"The old quay must stay,\" Van der Maas said.", "Anouk van der Maas", "Van der Maas")]
    [InlineData("Rafael de la Fuente chairs the harbour board.\n\n\"The old quay must stay,\" de la Fuente said.", "Rafael de la Fuente", "de la Fuente")]
    public void Extract_SurnameWithAParticle_ResolvesToTheFullName(string text, string name, string mention)
    {
        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("The old quay must stay,", quote.Text);
        Assert.Equal(name, quote.Speaker?.Name);
        Assert.Equal(mention, quote.Mention.Of(text));
    }

    [Fact]
    public void Extract_SameBodyWithAndWithoutASentenceInitialThe_HasOneName()
    {
        // "The Calder Port Authority said ..." opening a sentence, "..., the Calder Port Authority said." later:
        // one body, one name (and so one key for faceting).
        const string text =
            "The Calder Port Authority said the dredging would finish in May.\n\n" +
            "The channel will reopen in June, the Calder Port Authority said.";

        var quotes = Extracted.From(text);

        Assert.Equal("Calder Port Authority", quotes.Containing("dredging").Speaker?.Name);
        Assert.Equal("Calder Port Authority", quotes.Containing("reopen in June").Speaker?.Name);
    }

    [Fact]
    public void Extract_PronounItAfterTheMinistry_ResolvesToTheMinistry()
    {
        // "..., the ministry said." and then "\"...,\" it said.": the body goes on speaking.
        const string text =
            "The ferry will resume on Friday, the ministry said.\n\n" +
            "\"Repairs to the ramp are finished,\" it said.";

        var quote = Extracted.From(text).Containing("Repairs to the ramp");

        Assert.Equal("the ministry", quote.Speaker?.Name);
        Assert.Equal("it", quote.Mention.Of(text));
    }

    [Fact]
    public void Extract_AgeBetweenCommas_IsNotTheSpeakersRole()
    {
        // "Hugo Thornbury, 54, said ...": the age is an aside, not a role.
        const string text = "Hugo Thornbury, 54, said the ward had been full since January.";

        var quote = Assert.Single(Extracted.From(text));

        Assert.Equal("Hugo Thornbury", quote.Speaker?.Name);
        Assert.Null(quote.Speaker?.Role);
    }
}
