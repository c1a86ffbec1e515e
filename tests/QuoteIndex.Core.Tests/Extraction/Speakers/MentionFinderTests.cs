using QuoteIndex.Core.Extraction.Speakers;
using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Tests.Extraction.Speakers;

public class MentionFinderTests
{
    /// <summary>The speaker phrase before the cue word <paramref name="cue"/> in <paramref name="text"/>.</summary>
    private static Mention? Before(string text, string cue)
    {
        var tokens = Tokens(text);
        return MentionFinder.Before(text, tokens, CueIndex(text, tokens, cue), 0);
    }

    /// <summary>The speaker phrase after the cue word <paramref name="cue"/> in <paramref name="text"/>.</summary>
    private static Mention? After(string text, string cue)
    {
        var tokens = Tokens(text);
        return MentionFinder.After(text, tokens, CueIndex(text, tokens, cue) + 1, tokens.Count);
    }

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    private static int CueIndex(string text, List<Token> tokens, string cue) => tokens.FindIndex(t => t.In(text).SequenceEqual(cue));

    [Fact]
    public void Before_TitleAndFullName_HeadIsTheNameAndTheTitleIsTheRole()
    {
        // "Harbour Minister Elena Vasquez-Moreau said ...": the title opens the phrase.
        const string text = "Harbour Minister Elena Vasquez-Moreau said";

        var mention = Before(text, "said");

        Assert.NotNull(mention);
        Assert.Equal(MentionKind.Name, mention.Kind);
        Assert.Equal("Harbour Minister Elena Vasquez-Moreau", mention.Span.Of(text));
        Assert.Equal("Elena Vasquez-Moreau", mention.Head.Of(text));
        Assert.Equal("Harbour Minister", mention.Role);
    }

    [Fact]
    public void Before_NameWithAnAppositionBetweenCommas_FindsTheNameAndKeepsTheAppositionAsTheRole()
    {
        // "Hugo Thornbury, a doctor, said ...".
        const string text = "Hugo Thornbury, a doctor, said";

        var mention = Before(text, "said");

        Assert.NotNull(mention);
        Assert.Equal(MentionKind.Name, mention.Kind);
        Assert.Equal("Hugo Thornbury", mention.Head.Of(text));
        Assert.Equal("a doctor", mention.Role);
    }

    [Fact]
    public void Before_NameWithARelativeClause_FindsTheNameBeforeTheClause()
    {
        // "Ottilie Marsh, who chairs the board, said ...".
        const string text = "Ottilie Marsh, who chairs the harbour board, said";

        var mention = Before(text, "said");

        Assert.Equal(MentionKind.Name, mention?.Kind);
        Assert.Equal("Ottilie Marsh", mention?.Head.Of(text));
    }

    [Fact]
    public void Before_Pronoun_IsAPronounMention()
    {
        const string text = "the ferry is late, she said";

        var mention = Before(text, "said");

        Assert.Equal(MentionKind.Pronoun, mention?.Kind);
        Assert.Equal("she", mention?.Span.Of(text));
    }

    [Fact]
    public void Before_PluralOfficials_IsAnUnnamedSource()
    {
        // "..., officials said.": the most common unnamed attribution.
        const string text = "the bridge will reopen, officials said";

        var mention = Before(text, "said");

        Assert.Equal(MentionKind.Unnamed, mention?.Kind);
        Assert.Equal("officials", mention?.Span.Of(text));
    }

    [Fact]
    public void Before_SpokespersonForABody_IsAnUnnamedSourceHeadedBySpokesperson()
    {
        // "a spokesperson for the union said".
        const string text = "a spokesperson for the union said";

        var mention = Before(text, "said");

        Assert.Equal(MentionKind.Unnamed, mention?.Kind);
        Assert.Equal("a spokesperson for the union", mention?.Span.Of(text));
        Assert.Equal("spokesperson", mention?.Head.Of(text));
    }

    [Fact]
    public void Before_NamedMinistry_IsAnOrganisation()
    {
        // "the Harbour Ministry said": a body speaking as one.
        const string text = "the ferry will resume, the Harbour Ministry said";

        var mention = Before(text, "said");

        Assert.Equal(MentionKind.Organisation, mention?.Kind);
        Assert.Equal("Harbour Ministry", mention?.Head.Of(text));
    }

    [Fact]
    public void Before_DefiniteTitleWithoutAName_IsARole()
    {
        // "the minister said": to be resolved against the person introduced with that title.
        const string text = "the pier will carry twice the traffic, the minister said";

        var mention = Before(text, "said");

        Assert.Equal(MentionKind.Role, mention?.Kind);
        Assert.Equal("the minister", mention?.Span.Of(text));
    }

    [Theory]
    // Names with particles, hyphens and initials after an inverted cue: "..., said Anouk van der Maas."
    [InlineData("Anouk van der Maas")]
    [InlineData("Rafael de la Fuente-Olmedo")]
    [InlineData("Idris bin Haddad")]
    [InlineData("Tamsin R. Okafor-Lind")]
    [InlineData("J. Halvorsen")]
    public void After_NameWithParticlesHyphensOrInitials_IsTheWholeName(string name)
    {
        var text = "the quay must stay, said " + name;

        var mention = After(text, "said");

        Assert.Equal(MentionKind.Name, mention?.Kind);
        Assert.Equal(name, mention?.Head.Of(text));
    }

    [Fact]
    public void After_NameThenApposition_KeepsTheAppositionAsTheRole()
    {
        // "..., said Tobias Renwick, the union's treasurer."
        const string text = "the fund is empty, said Tobias Renwick, the union's treasurer";

        var mention = After(text, "said");

        Assert.Equal("Tobias Renwick", mention?.Head.Of(text));
        Assert.Equal("the union's treasurer", mention?.Role);
    }

    [Fact]
    public void After_ClauseAfterTheCue_IsNoSpeaker()
    {
        // "Renwick said the ferry would run": what follows "said" is the report, not its speaker.
        Assert.Null(After("Renwick said the ferry would run", "said"));
    }

    [Fact]
    public void After_CircumstanceAfterTheCue_IsNoSpeaker()
    {
        // "..., she said in a statement.": the phrase after the cue says how, not who.
        Assert.Null(After("the ferry is late, she said in a statement", "said"));
    }

    [Fact]
    public void Before_TheMinistryInLowerCase_IsAnOrganisation()
    {
        // "..., the ministry said.": a body speaking as one, as much as "the Harbour Ministry" is; not unnamed people.
        const string text = "the ferry will resume on Friday, the ministry said";

        var mention = Before(text, "said");

        Assert.Equal(MentionKind.Organisation, mention?.Kind);
        Assert.Equal("the ministry", mention?.Span.Of(text));
    }
}
