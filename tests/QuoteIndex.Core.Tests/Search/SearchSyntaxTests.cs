using QuoteIndex.Core.Search;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Core.Tests.Search;

public sealed class SearchSyntaxTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    public void Parse_BlankText_IsNull(string? text) => Assert.Null(SearchSyntax.Parse(text));

    [Fact]
    public void Parse_EveryKindOfTerm_BecomesItsNode()
    {
        var expression = SearchSyntax.Parse("harbour \"sea wall\" -ferry keep* lighthuose~1 bridge OR tunnel");

        Assert.Equal(
            [
                new SearchClause(new Word("harbour"), false),
                new SearchClause(new Phrase("sea wall"), false),
                new SearchClause(new Word("ferry"), true),
                new SearchClause(new Prefix("keep"), false),
                new SearchClause(new Fuzzy("lighthuose", 1), false),
            ],
            expression!.Clauses.Take(5));
        var any = Assert.IsType<AnyOf>(expression.Clauses[5].Node);
        Assert.Equal([new Word("bridge"), new Word("tunnel")], any.Options);
        Assert.Equal(6, expression.Clauses.Count);
    }

    [Fact]
    public void Parse_CurlyQuoteMarks_MakeAPhraseWithStraightApostrophes()
    {
        var expression = SearchSyntax.Parse("“we don’t close”");

        Assert.Equal(new Phrase("we don't close"), Assert.Single(expression!.Clauses).Node);
    }

    [Fact]
    public void Parse_OnlyExclusions_StartsFromEveryQuote()
    {
        var expression = SearchSyntax.Parse("-ferry");

        Assert.Equal([new SearchClause(new EveryQuote(), false), new SearchClause(new Word("ferry"), true)], expression!.Clauses);
    }

    [Fact]
    public void Parse_FuzzyWithoutEdits_AllowsTwo()
    {
        Assert.Equal(new Fuzzy("harbour", 2), Assert.Single(SearchSyntax.Parse("harbour~")!.Clauses).Node);
    }

    [Fact]
    public void Parse_TooLongText_IsRefusedWithItsLength()
    {
        var error = Assert.Throws<InvalidQueryException>(() => SearchSyntax.Parse(new string('a', SearchSyntax.MaxLength + 1)));

        Assert.Contains((SearchSyntax.MaxLength + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*bour", "may only end a word")]
    [InlineData("h*", "too short")]
    [InlineData("a~", "too short")]
    [InlineData("harbour~x", "edits")]
    [InlineData("OR AND", "no words")]
    public void Parse_UnreadableText_SaysWhatIsWrong(string text, string reason)
    {
        var error = Assert.Throws<InvalidQueryException>(() => SearchSyntax.Parse(text));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("q", error.Input);
    }
}
