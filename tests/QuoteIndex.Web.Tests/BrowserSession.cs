using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using QuoteIndex.Api;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Web.Tests;

/// <summary>
/// The real API on a loopback port with the invented news ingested, and Debian's Chromium driven by Playwright, shared
/// by the browser tests. Chromium runs headless with a fresh profile folder; `.ci/run` installs it with apt-get.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("quoteindex-web-");
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;

    /// <summary>Where the API listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Screenshots of each page tested, kept as test artefacts.</summary>
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("QUOTEINDEX_SCREENSHOTS") ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (`apt-get install chromium`), as .ci/run does.");

        _app = QuoteIndexApp.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["Store:Lucene:IndexPath"] = Path.Combine(_data.FullName, "index");
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);

        var store = _app.Services.GetRequiredService<IQuoteStore>();
        var inputs = InventedNews.Articles().Select(a => ArticleInput.Read(a.Id, a)).ToAsyncEnumerable();
        await new ArticleIngestor(store).IngestAsync(inputs, onRejected: null, CancellationToken.None);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(_data.FullName, "chromium-profile"), new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        _browser.SetDefaultTimeout(15_000);
        // The address changes by history.pushState as often as by navigation: assertions poll it instead of waiting for a page load.
        Assertions.SetDefaultExpectTimeout(15_000);
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A new tab at <paramref name="path"/>; the caller closes it.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
