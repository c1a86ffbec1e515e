using QuoteIndex.Core.Articles;
using QuoteIndex.Ingestion.Pipeline;

namespace QuoteIndex.Ingestion.Tests.Pipeline;

public sealed class ArticleFingerprintTests
{
    private static readonly Article Original = new("https://ledger.example/pier", "\"The pier reopens in May,\" said Mara Ellison.")
    {
        Url = new Uri("https://ledger.example/pier"),
        Title = "Pier to reopen",
        Outlet = "The Harbour Ledger",
        Author = "Dagny Solberg",
        Published = new DateTimeOffset(2025, 4, 2, 8, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Of_EqualArticles_IsTheSame() =>
        Assert.Equal(ArticleFingerprint.Of(Original), ArticleFingerprint.Of(Original with { }));

    public static TheoryData<Article> Changed() =>
    [
        new Article(Original.Id, Original.Text + " She added nothing.") { Title = Original.Title, Outlet = Original.Outlet, Author = Original.Author, Url = Original.Url, Published = Original.Published },
        Original with { Title = "Pier to reopen soon" },
        Original with { Outlet = "Elling Gazette" },
        Original with { Author = "Felix Marrow" },
        Original with { Published = Original.Published!.Value.AddDays(1) },
        Original with { Published = null },
        Original with { Language = "de" },
    ];

    [Theory]
    [MemberData(nameof(Changed))]
    public void Of_AnyFieldThatShapesTheQuotesChanged_Differs(Article changed) =>
        Assert.NotEqual(ArticleFingerprint.Of(Original), ArticleFingerprint.Of(changed));
}
