using QuoteIndex.Core.Storage;

namespace QuoteIndex.Core.Tests.Search;

public sealed class SearchCursorTests
{
    private static readonly QuoteQuery Query = new() { Text = "harbour", Filter = new QuoteFilter { Outlets = ["Elling Gazette"] } };

    [Fact]
    public void Decode_OfEncode_GivesTheCursorBack()
    {
        var cursor = new SearchCursor(1.25, -42, "q_abc");

        Assert.Equal(cursor, SearchCursor.Decode(cursor.Encode(Query), Query));
    }

    [Fact]
    public void Decode_SameSearchWithAnotherPageSize_IsAccepted()
    {
        var text = new SearchCursor(0, 7, "q_abc").Encode(Query);

        Assert.Equal("q_abc", SearchCursor.Decode(text, Query with { Limit = 50, FacetSize = 5 }).Id);
    }

    [Theory]
    [InlineData("harbour fees", null)]
    [InlineData("harbour", "The Calder Courier")]
    public void Decode_CursorOfAnotherSearch_IsRefused(string text, string? outlet)
    {
        var cursor = new SearchCursor(0, 7, "q_abc").Encode(Query);
        var other = Query with { Text = text, Filter = outlet is null ? Query.Filter : new QuoteFilter { Outlets = [outlet] } };

        var error = Assert.Throws<InvalidQueryException>(() => SearchCursor.Decode(cursor, other));

        Assert.Equal("cursor", error.Input);
        Assert.Contains("another search", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_CursorOfAnotherSort_IsRefused()
    {
        var cursor = new SearchCursor(0, 7, "q_abc").Encode(Query);

        Assert.Throws<InvalidQueryException>(() => SearchCursor.Decode(cursor, Query with { Sort = QuoteSort.Oldest }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("AQ")]
    public void Decode_Garbage_IsRefused(string text)
    {
        var error = Assert.Throws<InvalidQueryException>(() => SearchCursor.Decode(text, Query));

        Assert.Equal("cursor", error.Input);
    }

    [Fact]
    public void Decode_AnyChangedCharacter_IsRefused()
    {
        var text = new SearchCursor(3.5, 7, "q_abc").Encode(Query);

        for (var i = 0; i < text.Length; i++)
        {
            var changed = text[..i] + (text[i] == 'A' ? 'B' : 'A') + text[(i + 1)..];
            Assert.Throws<InvalidQueryException>(() => SearchCursor.Decode(changed, Query));
        }
    }

    private static readonly QuoteQuery Collapsed = Query with { CollapseClusters = true };

    [Fact]
    public void Decode_OfEncodedPosition_GivesThePositionBack()
    {
        var cursor = SearchCursor.AtPosition(40);

        var decoded = SearchCursor.Decode(cursor.Encode(Collapsed), Collapsed);

        Assert.Equal(cursor, decoded);
        Assert.Equal(40, decoded.Position);
    }

    [Fact]
    public void Decode_CursorOfTheSameSearchWithAndWithoutCollapse_IsRefused()
    {
        var plain = new SearchCursor(0, 7, "q_abc").Encode(Query);
        var position = SearchCursor.AtPosition(20).Encode(Collapsed);

        Assert.Equal("cursor", Assert.Throws<InvalidQueryException>(() => SearchCursor.Decode(plain, Collapsed)).Input);
        Assert.Equal("cursor", Assert.Throws<InvalidQueryException>(() => SearchCursor.Decode(position, Query)).Input);
    }

    [Fact]
    public void Decode_AnyChangedCharacterOfAPosition_IsRefused()
    {
        var text = SearchCursor.AtPosition(20).Encode(Collapsed);

        for (var i = 0; i < text.Length; i++)
        {
            var changed = text[..i] + (text[i] == 'A' ? 'B' : 'A') + text[(i + 1)..];
            Assert.Throws<InvalidQueryException>(() => SearchCursor.Decode(changed, Collapsed));
        }
    }

    [Fact]
    public void Decode_PositionPastTheFurthestPage_IsRefused()
    {
        var text = SearchCursor.AtPosition(SearchCursor.MaxPosition + 1).Encode(Collapsed);

        Assert.Equal("cursor", Assert.Throws<InvalidQueryException>(() => SearchCursor.Decode(text, Collapsed)).Input);
        Assert.Equal(SearchCursor.MaxPosition, SearchCursor.Decode(SearchCursor.AtPosition(SearchCursor.MaxPosition).Encode(Collapsed), Collapsed).Position);
    }

    [Fact]
    public void WithCursorAsOffset_PositionOfACollapsedSearch_BecomesTheOffset()
    {
        var paged = (Collapsed with { After = SearchCursor.AtPosition(60) }).WithCursorAsOffset();

        Assert.Null(paged.After);
        Assert.Equal(60, paged.Offset);
    }

    [Fact]
    public void WithCursorAsOffset_CursorAfterAHit_StaysACursorWithoutCollapseAndIsRefusedWithIt()
    {
        var after = new SearchCursor(0, 7, "q_abc");

        Assert.Same(after, (Query with { After = after }).WithCursorAsOffset().After);
        Assert.Equal("cursor", Assert.Throws<InvalidQueryException>(() => (Collapsed with { After = after }).WithCursorAsOffset()).Input);
        Assert.Equal("cursor", Assert.Throws<InvalidQueryException>(() => (Query with { After = SearchCursor.AtPosition(20) }).WithCursorAsOffset()).Input);
    }
}
