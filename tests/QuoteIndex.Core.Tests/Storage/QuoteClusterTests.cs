using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Core.Tests.Storage;

public class QuoteClusterTests
{
    [Fact]
    public void Constructor_NoAppearances_Throws() =>
        Assert.Throws<ArgumentException>(() => new QuoteCluster("c_empty", 0, []));

    [Fact]
    public void FirstAppearance_IsTheFirstListed()
    {
        var article = new ArticleReference("https://ledger.example/a", "Title", "The Harbour Ledger", null, null);
        var first = new ClusterAppearance("q_1", article, null, "The pier reopens in May");
        var second = first with { QuoteId = "q_2" };

        Assert.Equal("q_1", new QuoteCluster("c_pier", 2, [first, second]).FirstAppearance.QuoteId);
    }
}
