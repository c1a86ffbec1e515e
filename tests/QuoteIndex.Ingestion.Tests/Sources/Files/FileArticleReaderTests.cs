using System.Text;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Ingestion.Sources;
using QuoteIndex.Ingestion.Sources.Files;

namespace QuoteIndex.Ingestion.Tests.Sources.Files;

public sealed class FileArticleReaderTests : IDisposable
{
    private const long Cap = 20 * 1024 * 1024;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("quoteindex-sources-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task ReadPathAsync_Folder_ReadsHtmlAndCoreFormatsRecursivelyInOrder()
    {
        Write("b/page.html", TestPages.Article());
        Write("a.txt", "Title: A\n\nA body of text.");
        Write("b/c.htm", TestPages.Article(head: "<link rel=\"canonical\" href=\"https://courier.example/c\">"));
        Write("notes.md", "not an article");

        var inputs = await ReadAsync(_folder.FullName, new SourceSelection());

        Assert.Equal(["a.txt", "b/c.htm", "b/page.html"], inputs.Select(RelativeSource));
        Assert.All(inputs, input => Assert.Null(input.Problem));
        Assert.Equal("https://courier.example/c", inputs[1].Article!.Id);
    }

    [Fact]
    public async Task ReadPathAsync_IncludeAndExcludeGlobs_FilterTheFolder()
    {
        Write("news/one.html", TestPages.Article());
        Write("news/drafts/two.html", TestPages.Article());
        Write("news/three.txt", "Three.");
        Write("archive/four.html", TestPages.Article());

        var inputs = await ReadAsync(_folder.FullName, new SourceSelection { Include = ["news/**/*.html"], Exclude = ["**/drafts/**"] });

        Assert.Equal(["news/one.html"], inputs.Select(RelativeSource));
    }

    [Fact]
    public async Task ReadPathAsync_NamedFile_IsReadWhateverTheGlobs()
    {
        var path = Write("drafts/one.html", TestPages.Article());

        var inputs = await ReadAsync(path, new SourceSelection { Exclude = ["**/*"] });

        Assert.NotNull(Assert.Single(inputs).Article);
    }

    [Fact]
    public async Task ReadFileAsync_HtmlWithDeclaredCharset_IsDecodedWithIt()
    {
        var page = TestPages.Article(head: "<meta charset=\"windows-1252\">").Replace("Mirela Dovrak", "Mirela D\u00F6vrak", StringComparison.Ordinal);
        var path = Path.Combine(_folder.FullName, "latin.html");
        await File.WriteAllBytesAsync(path, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(page));

        var input = Assert.Single(await ReadAsync(path, new SourceSelection()));

        Assert.Contains("Mirela D\u00F6vrak", input.Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFileAsync_Problems_AreRejectedNamingTheFile()
    {
        var binary = Path.Combine(_folder.FullName, "image.html");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        var empty = Write("empty.html", TestPages.NoArticle);
        var missing = Path.Combine(_folder.FullName, "missing.htm");
        var big = Write("big.html", TestPages.Article());

        Assert.Equal("binary content, not text", await ProblemAsync(binary));
        Assert.Equal("no article text found", await ProblemAsync(empty));
        Assert.Equal("no such file", await ProblemAsync(missing));
        Assert.StartsWith("file is ", await ProblemAsync(big, maxBytes: 100), StringComparison.Ordinal);
        Assert.Equal("unsupported file type '.pdf' (expected .html, .htm, .txt, .json or .jsonl)", await ProblemAsync(Write("story.pdf", "%PDF")));
    }

    [Fact]
    public async Task ReadStandardInputAsync_JsonLines_NamesEachLineAfterStdin()
    {
        var stdin = Stream("{\"id\":\"one\",\"text\":\"First.\"}\n{broken\n");

        var inputs = await FileArticleReader.ReadStandardInputAsync(stdin, "jsonl", Cap);

        Assert.Equal(["stdin:1", "stdin:2"], inputs.Select(i => i.Source));
        Assert.Equal("one", inputs[0].Article!.Id);
        Assert.Contains("malformed JSON", inputs[1].Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html")]
    [InlineData(null)]
    public async Task ReadStandardInputAsync_Html_IsReadAsAPage(string? format)
    {
        var inputs = await FileArticleReader.ReadStandardInputAsync(Stream(TestPages.Article()), format, Cap);

        Assert.StartsWith(TestPages.FirstParagraph, Assert.Single(inputs).Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadStandardInputAsync_Text_KeepsItsHeaders()
    {
        var input = Assert.Single(await FileArticleReader.ReadStandardInputAsync(Stream("Title: Piped\n\nSome piped text."), "txt", Cap));

        Assert.Equal(("stdin", "Piped", "Some piped text."), (input.Source, input.Article!.Title, input.Article.Text));
    }

    [Fact]
    public async Task ReadStandardInputAsync_TooLargeOrUnknownFormat_IsRejected()
    {
        var tooLarge = await FileArticleReader.ReadStandardInputAsync(Stream(new string('x', 5000)), "txt", maxBytes: 4096);
        var unknown = await FileArticleReader.ReadStandardInputAsync(Stream("x"), "pdf", Cap);

        Assert.Equal("larger than 4,096 bytes", Assert.Single(tooLarge).Problem);
        Assert.Equal("unknown format 'pdf' (expected txt, jsonl, json, html)", Assert.Single(unknown).Problem);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<List<ArticleInput>> ReadAsync(string path, SourceSelection selection, long maxBytes = Cap)
    {
        var inputs = new List<ArticleInput>();
        await foreach (var input in FileArticleReader.ReadPathAsync(path, selection, maxBytes))
            inputs.Add(input);
        return inputs;
    }

    private static async Task<string?> ProblemAsync(string path, long maxBytes = Cap) =>
        Assert.Single(await ReadAsync(path, new SourceSelection(), maxBytes)).Problem;

    private string RelativeSource(ArticleInput input) => Path.GetRelativePath(_folder.FullName, input.Source).Replace('\\', '/');

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(_folder.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
