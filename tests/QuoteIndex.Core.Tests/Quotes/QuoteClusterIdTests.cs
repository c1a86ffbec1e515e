using System.Text.Json.Nodes;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Quotes;

/// <summary>A quote's cluster id before and after clustering. Every statement here is invented.</summary>
public class QuoteClusterIdTests
{
    private static readonly ArticleReference Ledger = new("https://ledger.example/a", "Title", "The Harbour Ledger", null, null);
    private static readonly ArticleReference Gazette = new("https://gazette.example/b", "Title", "Elling Gazette", null, null);

    [Fact]
    public void ClusterId_ByDefault_IsTheExactKeySharedBySameWordsInAnyArticle()
    {
        var straight = new Quote(Ledger, "\"The pier reopens in May.\"", [new TextSpan(0, 26)], QuoteKind.Direct);
        var curly = new Quote(Gazette, "“the pier reopens in may”", [new TextSpan(3, 28)], QuoteKind.Direct);

        Assert.Equal(QuoteText.ExactKey("The pier reopens in May"), straight.ClusterId);
        Assert.Equal(straight.ClusterId, curly.ClusterId);
        Assert.NotEqual(straight.Id, curly.Id);
    }

    [Fact]
    public void ClusterId_WordsThatNormaliseToNothing_IsTheQuotesOwnId()
    {
        var dash = new Quote(Ledger, "—", [new TextSpan(0, 1)], QuoteKind.Direct);
        var dots = new Quote(Gazette, "…", [new TextSpan(0, 1)], QuoteKind.Direct);

        Assert.Equal(dash.Id, dash.ClusterId);
        Assert.NotEqual(dash.ClusterId, dots.ClusterId);
    }

    [Fact]
    public void ClusterId_Set_RoundTripsThroughJson()
    {
        var quote = new Quote(Ledger, "The pier reopens in May", [new TextSpan(0, 23)], QuoteKind.Direct) { ClusterId = "c_elsewhere" };

        Assert.Equal("c_elsewhere", QuoteJson.Deserialize(QuoteJson.Serialize(quote)).ClusterId);
    }

    [Fact]
    public void ClusterId_MissingFromStoredJson_IsTheExactKey()
    {
        var quote = new Quote(Ledger, "The pier reopens in May", [new TextSpan(0, 23)], QuoteKind.Direct) { ClusterId = "c_elsewhere" };
        var json = JsonNode.Parse(QuoteJson.Serialize(quote))!.AsObject();
        json.Remove("clusterId");

        Assert.Equal(QuoteText.ExactKey(quote.Text), QuoteJson.Deserialize(json.ToJsonString()).ClusterId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ClusterId_Blank_Throws(string clusterId) =>
        Assert.ThrowsAny<ArgumentException>(() => new Quote(Ledger, "words", [new TextSpan(0, 5)], QuoteKind.Direct) { ClusterId = clusterId });
}
