using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Tests.Conformance;

public abstract partial class QuoteStoreConformanceTests
{
    private async Task<IReadOnlyList<string>> FindTextsAsync(string query)
    {
        var result = await Store.SearchAsync(new QuoteQuery { Text = query, Limit = 100 }, Ct);
        Assert.Equal(result.Total, result.Hits.Count);
        return [.. result.Hits.Select(h => h.Quote.Text).Order(StringComparer.Ordinal)];
    }

    [ConformanceFact]
    public async Task SearchAsync_ExactPhrase_ExcludesStemmedLookAlikes()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The harbour fees rose again"), SomeQuotes.Quote("A harbour fee rises every year")], Ct);

        Assert.Equal(["The harbour fees rose again"], await FindTextsAsync("\"harbour fees\""));
        Assert.Equal(["A harbour fee rises every year", "The harbour fees rose again"], await FindTextsAsync("harbour fees"));
    }

    [ConformanceTheory]
    [InlineData("“harbour fees”")]
    [InlineData("„harbour fees“")]
    [InlineData("\"harbour fees\"")]
    public async Task SearchAsync_CurlyOrStraightQuoteMarks_MakeTheSamePhrase(string query)
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The harbour fees rose again"), SomeQuotes.Quote("A harbour fee rises every year")], Ct);

        Assert.Equal(["The harbour fees rose again"], await FindTextsAsync(query));
    }

    [ConformanceTheory]
    [InlineData("We don’t close the pier", "\"don't close\"")]
    [InlineData("We don't close the pier", "\"don’t close\"")]
    [InlineData("We don’t close the pier", "don't")]
    [InlineData("We don't close the pier", "don’t")]
    public async Task SearchAsync_CurlyAndStraightApostrophes_MatchEachOther(string text, string query)
    {
        await Store.UpsertAsync([SomeQuotes.Quote(text), SomeQuotes.Quote("We do close the pier")], Ct);

        Assert.Equal([text], await FindTextsAsync(query));
    }

    [ConformanceFact]
    public async Task SearchAsync_ExcludedWordAndPhrase_DropQuotesContainingThem()
    {
        await Store.UpsertAsync([
            SomeQuotes.Quote("The harbour ferry is late"),
            SomeQuotes.Quote("The harbour bridge is shut"),
            SomeQuotes.Quote("The harbour wall is high")], Ct);

        Assert.Equal(["The harbour bridge is shut", "The harbour wall is high"], await FindTextsAsync("harbour -ferry"));
        Assert.Equal(["The harbour ferry is late", "The harbour wall is high"], await FindTextsAsync("harbour -\"bridge is\""));
    }

    [ConformanceFact]
    public async Task SearchAsync_OnlyExclusions_KeepsEveryOtherQuote()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The harbour ferry is late"), SomeQuotes.Quote("The bridge is shut")], Ct);

        Assert.Equal(["The bridge is shut"], await FindTextsAsync("-ferry"));
    }

    [ConformanceFact]
    public async Task SearchAsync_Or_FindsEitherSideAndKeepsTheOtherWordsRequired()
    {
        await Store.UpsertAsync([
            SomeQuotes.Quote("The ferry toll doubles"),
            SomeQuotes.Quote("The bridge toll doubles"),
            SomeQuotes.Quote("The bridge stays free"),
            SomeQuotes.Quote("The tunnel toll doubles")], Ct);

        Assert.Equal(["The bridge toll doubles", "The ferry toll doubles"], await FindTextsAsync("ferry OR bridge toll"));
        Assert.Equal(["The bridge stays free", "The bridge toll doubles", "The ferry toll doubles"], await FindTextsAsync("ferry OR bridge"));
    }

    [ConformanceFact]
    public async Task SearchAsync_Prefix_FindsEveryWordStartingWithIt()
    {
        await Store.UpsertAsync([
            SomeQuotes.Quote("The harbour is calm"),
            SomeQuotes.Quote("A harbinger of storms"),
            SomeQuotes.Quote("The hangar is empty")], Ct);

        Assert.Equal(["A harbinger of storms", "The harbour is calm"], await FindTextsAsync("harb*"));
        Assert.Equal(["A harbinger of storms", "The harbour is calm"], await FindTextsAsync("HARB*"));
    }

    [ConformanceFact]
    public async Task SearchAsync_Fuzzy_FindsMisspelledWordsWithinTheEdits()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The lighthouse is dark"), SomeQuotes.Quote("The lightship is dark")], Ct);

        Assert.Equal(["The lighthouse is dark"], await FindTextsAsync("ligthouse~"));
        Assert.Equal(["The lighthouse is dark"], await FindTextsAsync("lighthose~1"));
        Assert.Empty(await FindTextsAsync("ligthhose~1"));
    }

    [ConformanceTheory]
    [InlineData("\"harbour wall", 1)] // an unclosed quote runs to the end
    [InlineData("harbour wall\"", 1)] // a stray closing quote is ignored
    [InlineData("(harbour wall", 1)] // brackets are ignored
    [InlineData("harbour OR", 2)] // a dangling operator is ignored
    [InlineData("OR harbour", 2)]
    [InlineData("harbour AND wall", 1)]
    [InlineData("harbour - wall", 1)] // a lone dash is not an exclusion
    [InlineData("harbour wall?", 1)] // punctuation is not syntax
    [InlineData("harbour:wall", 1)]
    [InlineData("NOT wall harbour", 1)]
    public async Task SearchAsync_StrayMarksAndOperators_AreReadSensibly(string query, int expected)
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The harbour wall is high"), SomeQuotes.Quote("The harbour is calm")], Ct);

        var result = await Store.SearchAsync(new QuoteQuery { Text = query }, Ct);

        Assert.Equal(expected, result.Total);
    }

    [ConformanceTheory]
    [InlineData("*bour")] // leading wildcard
    [InlineData("h*")] // prefix too short
    [InlineData("har*bour")] // wildcard inside a word
    [InlineData("ha~")] // fuzzy word too short
    [InlineData("harbour~5")] // too many edits
    [InlineData("AND")] // no words at all
    [InlineData("\"\"")]
    [InlineData("harbour OR -wall")] // an exclusion cannot be an option
    public async Task SearchAsync_UnreadableQuery_ThrowsInvalidQueryExceptionNamingTheQuery(string query)
    {
        await Store.UpsertAsync([SomeQuotes.Quote()], Ct);

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => Store.SearchAsync(new QuoteQuery { Text = query }, Ct));

        Assert.Contains(query, error.Message, StringComparison.Ordinal);
    }

    [ConformanceFact]
    public async Task SearchAsync_OnlyStopWords_FindsNothing()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The harbour is calm")], Ct);

        Assert.Empty(await FindTextsAsync("the"));
    }
}
