using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Ingestion.Sources;
using QuoteIndex.Ingestion.Tests.Sources.Web;

namespace QuoteIndex.Ingestion.Tests.Sources;

public sealed class ArticleSourcesTests(LoopbackServer server) : IClassFixture<LoopbackServer>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("quoteindex-entry-");
    private readonly CollectingLoggerProvider _logs = new();

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task ReadAsync_FilesStdinUrlsAndBadArguments_AreReadInArgumentOrder()
    {
        var page = Path.Combine(_folder.FullName, "page.html");
        await File.WriteAllTextAsync(page, TestPages.Article());
        var missing = Path.Combine(_folder.FullName, "missing.txt");
        var url = server.Url("/page/entry").AbsoluteUri;
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes("Title: Piped\n\nPiped text."));

        var inputs = await ReadAsync([page, "-", url, "ftp://files.example/a.txt", missing], new SourceSelection { StandardInput = stdin, StandardInputFormat = "txt" });

        Assert.Equal([page, "stdin", url, "ftp://files.example/a.txt", missing], inputs.Select(i => i.Source));
        Assert.Equal([true, true, true, false, false], inputs.Select(i => i.Article is not null));
        Assert.Equal("unsupported URL scheme 'ftp' (expected http or https)", inputs[3].Problem);
        Assert.Equal("no such file", inputs[4].Problem);
    }

    [Fact]
    public async Task ReadAsync_StandardInputNamedTwice_IsReadOnce()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes("Once."));

        var inputs = await ReadAsync(["-", "-"], new SourceSelection { StandardInput = stdin });

        Assert.Equal("Once.", inputs[0].Article!.Text);
        Assert.Equal("standard input is named more than once", inputs[1].Problem);
    }

    [Fact]
    public async Task ReadAsync_EveryRejection_IsLoggedWithItsSourceAndReason()
    {
        var url = server.Url("/gone/logged").AbsoluteUri;

        await ReadAsync([url, "not-a-file.json"]);

        Assert.Equal([$"Rejected {url}: HTTP 404 Not Found", "Rejected not-a-file.json: no such file"], _logs.Warnings);
    }

    [Fact]
    public void AddArticleSources_BindsTheIngestionSourcesSection()
    {
        var configuration = Configuration(new() { ["Ingestion:Sources:MaxBytes"] = "1000", ["Ingestion:Sources:AttemptTimeout"] = "00:00:02", ["Ingestion:Sources:UserAgent"] = "QuoteIndex-test" });
        using var provider = new ServiceCollection().AddArticleSources(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ArticleSourceOptions>>().Value;

        Assert.Equal((1000L, TimeSpan.FromSeconds(2), "QuoteIndex-test"), (options.MaxBytes, options.AttemptTimeout, options.UserAgent));
        Assert.Equal(new ArticleSourceOptions().TotalTimeout, options.TotalTimeout);
    }

    [Fact]
    public void AddArticleSources_ImpossibleSettings_FailWhenFirstUsedNamingTheSetting()
    {
        var configuration = Configuration(new() { ["Ingestion:Sources:AttemptTimeout"] = "00:05:00", ["Ingestion:Sources:TotalTimeout"] = "00:01:00" });
        using var provider = new ServiceCollection().AddArticleSources(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ArticleSources>());

        Assert.Equal("Ingestion:Sources: AttemptTimeout must be positive and at most TotalTimeout", error.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private async Task<List<ArticleInput>> ReadAsync(IReadOnlyList<string> arguments, SourceSelection? selection = null)
    {
        var services = new ServiceCollection()
            .AddArticleSources(Configuration(new() { ["Ingestion:Sources:MaxRetries"] = "0" }))
            .AddLogging(logging => logging.AddProvider(_logs));
        await using var provider = services.BuildServiceProvider();
        var inputs = new List<ArticleInput>();
        await foreach (var input in provider.GetRequiredService<ArticleSources>().ReadAsync(arguments, selection))
            inputs.Add(input);
        return inputs;
    }
}
