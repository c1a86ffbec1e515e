using QuoteIndex.Core.Extraction.Quoting;
using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Tests.Extraction.Quoting;

public class QuoteMarkScannerTests
{
    private static List<Quotation> Scan(string text) => QuoteMarkScanner.Scan(text, TextLayout.Of(text).Paragraphs);

    private static string[] Quoted(string text) => [.. Scan(text).SelectMany(q => q.Parts).Select(p => p.Of(text))];

    [Theory]
    // The same sentence in each quoting style an outlet may use.
    [InlineData("The mayor said \"the harbour will be rebuilt\" on Tuesday.")] // straight double quotes (wire copy)
    [InlineData("The mayor said \u201Cthe harbour will be rebuilt\u201D on Tuesday.")] // curly double quotes
    [InlineData("The mayor said \u00ABthe harbour will be rebuilt\u00BB on Tuesday.")] // guillemets
    [InlineData("The mayor said \u201Ethe harbour will be rebuilt\u201C on Tuesday.")] // low-9 opening, as in German copy
    [InlineData("The mayor said ''the harbour will be rebuilt'' on Tuesday.")] // two apostrophes for a double mark
    public void Scan_EachQuotingStyle_FindsTheWordsBetweenTheMarks(string text)
    {
        var quotation = Assert.Single(Scan(text));

        Assert.Equal([Extracted.SpanOf(text, "the harbour will be rebuilt")], quotation.Parts);
        Assert.True(quotation.Closed);
    }

    [Fact]
    public void Scan_Quotation_OuterSpanIncludesTheMarks()
    {
        const string text = "The mayor said \u201Cthe harbour will be rebuilt\u201D on Tuesday.";

        var quotation = Assert.Single(Scan(text));

        Assert.Equal(Extracted.SpanOf(text, "\u201Cthe harbour will be rebuilt\u201D"), quotation.Outer);
    }

    [Fact]
    public void Scan_GuillemetsInAnArticleOfDoubleMarks_FindsBothQuotations()
    {
        // A story that quotes a translated source in guillemets and a local one in double marks.
        const string text = "\u00ABThe ferry will run again in May,\u00BB said Ana Petrov.\n\n\"We will believe it when we see it,\" said Hal Brannigan.";

        Assert.Equal(["The ferry will run again in May,", "We will believe it when we see it,"], Quoted(text));
    }

    [Fact]
    public void Scan_GuillemetsInsideDoubleMarks_AreNestedNotSeparate()
    {
        const string text = "\"The mayor called it \u00ABa gift\u00BB to the town,\" said Hal Brannigan.";

        Assert.Equal(["The mayor called it \u00ABa gift\u00BB to the town,"], Quoted(text));
    }

    [Fact]
    public void Scan_BritishSingleQuotesWithApostrophesNearby_FindsOnlyTheQuotations()
    {
        // A British-style article: single quotes are the primary marks, and apostrophes ("council's", "didn't",
        // "won't") stand beside and inside them.
        const string text =
            "The council's leader said she didn't expect a vote: 'We won't give up on the harbour plan.'\n\n" +
            "Her deputy was blunter. 'The mayor's office has never read it,' he said.";

        Assert.Equal(["We won't give up on the harbour plan.", "The mayor's office has never read it,"], Quoted(text));
    }

    [Fact]
    public void Scan_BritishCurlySingleQuotes_AreToldApartFromCurlyApostrophes()
    {
        const string text =
            "The council\u2019s leader said: \u2018We won\u2019t give up on the harbour plan.\u2019\n\n" +
            "\u2018The mayor\u2019s office hasn\u2019t read it,\u2019 her deputy said.";

        Assert.Equal(["We won\u2019t give up on the harbour plan.", "The mayor\u2019s office hasn\u2019t read it,"], Quoted(text));
    }

    [Fact]
    public void Scan_BritishPluralPossessiveInsideAQuotation_DoesNotCloseIt()
    {
        // "the workers' union": an s-final word and an apostrophe before a lower-case word.
        const string text = "'The workers' union will strike on Monday,' said one steward. 'Nobody wants it.'";

        Assert.Equal(["The workers' union will strike on Monday,", "Nobody wants it."], Quoted(text));
    }

    [Theory]
    // A quoted remark inside a quotation, in straight and curly marks.
    [InlineData("\"He told me 'never again' and walked out,\" she said.", "He told me 'never again' and walked out,")]
    [InlineData("\u201CHe told me \u2018never again\u2019 and walked out,\u201D she said.", "He told me \u2018never again\u2019 and walked out,")]
    public void Scan_SingleQuotesNestedInDoubleQuotes_StayPartOfTheOuterQuotation(string text, string words)
    {
        var quotation = Assert.Single(Scan(text));

        Assert.Equal([Extracted.SpanOf(text, words)], quotation.Parts);
    }

    [Fact]
    public void Scan_QuotationOverTwoParagraphs_IsOneQuotationWithAPartPerParagraph()
    {
        // The news convention: no closing mark at the end of the first paragraph, a fresh opening mark on the next.
        const string text =
            "\"The fund was emptied without a vote of the members.\n\n" +
            "\"Nobody on the board was told until the auditors arrived,\" Tobias Renwick said.";

        var quotation = Assert.Single(Scan(text));

        Assert.Equal(
            [Extracted.SpanOf(text, "The fund was emptied without a vote of the members."), Extracted.SpanOf(text, "Nobody on the board was told until the auditors arrived,")],
            quotation.Parts);
        Assert.True(quotation.Closed);
    }

    [Fact]
    public void Scan_UnclosedQuotation_EndsAtItsParagraph()
    {
        // A typo in the source: the closing mark is missing and the next paragraph does not continue the quotation.
        const string text = "\"This quote never closes, she said\n\nThe next paragraph is plain narrative.";

        var quotation = Assert.Single(Scan(text));

        Assert.Equal([Extracted.SpanOf(text, "This quote never closes, she said")], quotation.Parts);
        Assert.False(quotation.Closed);
    }

    [Fact]
    public void Scan_UnclosedQuotation_DoesNotSwallowTheNextParagraphsQuotation()
    {
        const string text = "\"This quote never closes\n\nA new paragraph \"with a closed quote of many words,\" he said.";

        Assert.Equal(["This quote never closes", "with a closed quote of many words,"], Quoted(text));
    }

    [Fact]
    public void Scan_ApostrophesOnly_FindNoQuotation()
    {
        Assert.Empty(Scan("The council's plan doesn't work, and the harbour's owners won't pay for it."));
    }

    [Fact]
    public void Scan_SeveralQuotations_AreReturnedInTextOrder()
    {
        const string text = "\"First,\" she said, \"second.\" Then \"third\" came.";

        Assert.Equal(["First,", "second.", "third"], Quoted(text));
    }

    [Fact]
    public void Scan_InchMarkAfterADigit_DoesNotOpenAQuotation()
    {
        // "a 12\" pipe": a straight double mark after a digit is a unit, not a quote mark.
        Assert.Empty(Scan("Crews laid a 12\" pipe under the quay."));
    }

    [Fact]
    public void Scan_BritishArticleWithASingleQuotation_FindsIt()
    {
        // A short British-style story that quotes only once: one pair of single quotes among apostrophes.
        const string text = "The council's leader said she didn't expect a vote: 'We won't give up on the harbour plan.'";

        Assert.Equal(["We won't give up on the harbour plan."], Quoted(text));
    }
}
