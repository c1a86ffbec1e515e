namespace QuoteIndex.Store.Tests.Conformance;

/// <summary>Candidates for statement verification.</summary>
public abstract partial class QuoteStoreConformanceTests
{
    [ConformanceFact]
    public async Task FindSimilarAsync_SameWordsOtherwisePunctuated_ComesFirst()
    {
        var exact = SomeQuotes.Quote("The river barges will carry grain again next spring");
        var near = SomeQuotes.Quote("The river barges will carry coal again next spring, grain too");
        var other = SomeQuotes.Quote("Grain prices fell");
        await Store.UpsertAsync([near, other, exact], Ct);

        var found = await Store.FindSimilarAsync("\u201Cthe river barges will carry GRAIN again next spring!\u201D", 10, Ct);

        Assert.Equal(exact.Id, found[0].Id);
        Assert.Contains(found, q => q.Id == near.Id);
    }

    [ConformanceFact]
    public async Task FindSimilarAsync_RewordedStatement_FindsTheQuoteButNotOneSharingAWord()
    {
        var quote = SomeQuotes.Quote("Our harbour pilots have refused to work overtime since March");
        var unrelated = SomeQuotes.Quote("The pilots of the air ambulance landed safely");
        await Store.UpsertAsync([quote, unrelated], Ct);

        var found = await Store.FindSimilarAsync("Since March the harbour pilot refuses overtime work", 10, Ct);

        Assert.Equal([quote.Id], found.Select(q => q.Id));
    }

    [ConformanceFact]
    public async Task FindSimilarAsync_NoWordInTheIndex_FindsNothing()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The ferry timetable will not change")], Ct);

        Assert.Empty(await Store.FindSimilarAsync("Zebras yodel quietly", 10, Ct));
        Assert.Empty(await Store.FindSimilarAsync("?!", 10, Ct));
    }

    [ConformanceFact]
    public async Task FindSimilarAsync_Limit_IsRespected()
    {
        await Store.UpsertAsync([SomeQuotes.Quote("The tram line opens soon"), SomeQuotes.Quote("The tram line opens late"), SomeQuotes.Quote("The tram line opens today")], Ct);

        Assert.Equal(2, (await Store.FindSimilarAsync("The tram line opens", 2, Ct)).Count);
    }
}
