using QuoteIndex.Core.Extraction.Cues;

namespace QuoteIndex.Core.Tests.Extraction.Cues;

public class CueLexiconTests
{
    [Theory]
    // Every inflection of "say" as news copy uses it: "she said", "he says", "saying that", "officials say".
    // (CueForm is internal, so the cases name it as text.)
    [InlineData("said", "Past")]
    [InlineData("says", "Present")]
    [InlineData("saying", "Participle")]
    [InlineData("say", "Base")]
    public void Find_FormsOfSay_AllLeadToTheLemmaWithTheirForm(string word, string form)
    {
        var verb = CueLexicon.Find(word);

        Assert.NotNull(verb);
        Assert.Equal("say", verb.Lemma);
        Assert.Equal(Enum.Parse<CueForm>(form), verb.Form);
        Assert.Equal(CueFrame.Clause, verb.Frame);
    }

    [Fact]
    public void Find_Said_IsTheStrongestCue()
    {
        Assert.Equal(1.0, CueLexicon.Find("said")!.Strength);
    }

    [Fact]
    public void Find_BareSay_IsWeakerThanSaid()
    {
        // "to say", "will say": the bare form is often not a report of words already spoken.
        Assert.True(CueLexicon.Find("say")!.Strength < CueLexicon.Find("said")!.Strength);
    }

    [Fact]
    public void Find_IsCaseInsensitive()
    {
        // "Said the mayor: ..." opens a sentence with a capital.
        Assert.Equal("say", CueLexicon.Find("Said")?.Lemma);
    }

    [Theory]
    // Irregular and spelling-changed inflections: "denies", "admitted", "quipped", "testified", "told", "wrote".
    [InlineData("denies", "deny")]
    [InlineData("denied", "deny")]
    [InlineData("admitted", "admit")]
    [InlineData("quipped", "quip")]
    [InlineData("testified", "testify")]
    [InlineData("argues", "argue")]
    [InlineData("arguing", "argue")]
    [InlineData("told", "tell")]
    [InlineData("wrote", "write")]
    [InlineData("swore", "swear")]
    public void Find_Inflection_LeadsToItsLemma(string word, string lemma)
    {
        Assert.Equal(lemma, CueLexicon.Find(word)?.Lemma);
    }

    [Theory]
    // "told reporters that ...", "warned voters ...", "reminded them ...": an addressee stands between cue and words.
    [InlineData("told")]
    [InlineData("warned")]
    [InlineData("reminded")]
    [InlineData("assured")]
    public void Find_VerbsWithAnAddressee_HaveTheAddresseeFrame(string word)
    {
        Assert.Equal(CueFrame.Addressee, CueLexicon.Find(word)?.Frame);
    }

    [Theory]
    // "insisted that ...", "emphasized that ..." (and the British spelling): the clause follows the verb.
    [InlineData("insisted")]
    [InlineData("emphasized")]
    [InlineData("emphasised")]
    [InlineData("argued")]
    public void Find_VerbsOfClaiming_TakeTheClauseDirectly(string word)
    {
        var verb = CueLexicon.Find(word);

        Assert.Equal(CueFrame.Clause, verb?.Frame);
        Assert.Equal(CueForm.Past, verb?.Form);
    }

    [Theory]
    [InlineData("wrote")]
    [InlineData("tweeted")]
    public void Find_WrittenStatements_HaveTheWrittenFrame(string word)
    {
        Assert.Equal(CueFrame.Written, CueLexicon.Find(word)?.Frame);
    }

    [Fact]
    public void Find_VerbThatNeedsQuotationMarks_IsWeakerThanAPlainReport()
    {
        // "called the plan \"a gamble\"" reports words; "called a meeting" does not.
        Assert.True(CueLexicon.Find("called")!.Strength < CueLexicon.Find("stated")!.Strength);
    }

    [Theory]
    [InlineData("harbour")]
    [InlineData("table")]
    [InlineData("sadly")]
    [InlineData("")]
    public void Find_WordThatReportsNoSpeech_IsNull(string word)
    {
        Assert.Null(CueLexicon.Find(word));
    }
}
