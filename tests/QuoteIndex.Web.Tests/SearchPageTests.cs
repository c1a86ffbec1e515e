using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace QuoteIndex.Web.Tests;

/// <summary>The search page in Chromium: search, facets, the date chart, and the address bar as the search's link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserSession session)
{
    [Fact]
    public async Task Search_Words_ShowsMarkedMatchesAndPutsTheSearchInTheAddress()
    {
        var page = await session.OpenAsync("/");
        await page.FillAsync("#q", "harbour wall");
        await page.PressAsync("#q", "Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=harbour\+wall$"));
        await page.Locator(".result mark").First.WaitForAsync();

        var marked = await page.Locator(".result mark").AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Equals("harbour", StringComparison.OrdinalIgnoreCase));
        Assert.Matches(@"^\d+ quotes?;", await page.InnerTextAsync("#summary"));
        await BrowserSession.ScreenshotAsync(page, "search");
        await page.CloseAsync();
    }

    [Fact]
    public async Task OneCardPerStatement_Ticked_ShowsTheRepeatedStatementOnceWithItsOtherReports()
    {
        var page = await session.OpenAsync("/?q=" + Uri.EscapeDataString("\"winter storms\"") + "&sort=oldest");
        await Expect(page.Locator(".result")).ToHaveCountAsync(3);

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "One card per statement" }).CheckAsync();
        await Expect(page).ToHaveURLAsync(new Regex("collapse=cluster"));
        await Expect(page.Locator(".result")).ToHaveCountAsync(1);

        var card = page.Locator(".result");
        Assert.Contains("The Calder Courier", await card.Locator(".meta").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("also in 2 other reports", await card.Locator(".also").InnerTextAsync());
        Assert.StartsWith("3 quotes;", await page.InnerTextAsync("#summary"), StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "search-collapsed");
        await page.CloseAsync();
    }

    [Fact]
    public async Task SharedLink_OpensTheSameSearch()
    {
        var page = await session.OpenAsync("/?q=ferry&speaker=hal-brannigan");
        await page.Locator(".result").First.WaitForAsync();

        Assert.Equal("ferry", await page.InputValueAsync("#q"));
        var speakers = await page.Locator(".result .speaker").AllInnerTextsAsync();
        Assert.NotEmpty(speakers);
        Assert.All(speakers, s => Assert.Equal("Hal Brannigan", s));
        await page.CloseAsync();
    }

    [Fact]
    public async Task SpeakerFacet_Ticked_KeepsOnlyThatSpeakerAndShowsTheFilter()
    {
        var page = await session.OpenAsync("/");
        await page.Locator(".result").First.WaitForAsync();
        var before = await page.InnerTextAsync("#summary");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Hal Brannigan" }).CheckAsync();
        await Expect(page).ToHaveURLAsync(new Regex("speaker=hal-brannigan"));
        await page.Locator(".chip").First.WaitForAsync();

        var speakers = await page.Locator(".result .speaker").AllInnerTextsAsync();
        Assert.NotEmpty(speakers);
        Assert.All(speakers, s => Assert.Equal("Hal Brannigan", s));
        Assert.NotEqual(before, await page.InnerTextAsync("#summary"));
        // Multi-select: the other speaker stays offered with its count.
        Assert.True(await page.GetByRole(AriaRole.Checkbox, new() { Name = "Elena Vasquez-Moreau" }).IsVisibleAsync());
        await BrowserSession.ScreenshotAsync(page, "search-facet");
        await page.CloseAsync();
    }

    [Fact]
    public async Task DateChart_BarChosen_NarrowsToItsDays()
    {
        var page = await session.OpenAsync("/");
        var september = page.Locator(".histogram .bar[aria-label^='Sep']");
        await september.WaitForAsync();

        await september.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("publishedFrom=2025-09-01&publishedTo=2025-09-30"));
        await page.Locator(".chip").First.WaitForAsync();

        var sources = await page.Locator(".result .meta").AllInnerTextsAsync();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Contains("2025", s, StringComparison.Ordinal));
        Assert.DoesNotContain(sources, s => s.Contains("Aug", StringComparison.Ordinal));
        await BrowserSession.ScreenshotAsync(page, "search-dates");
        await page.CloseAsync();
    }

    [Fact]
    public async Task DateChart_DraggedAcrossBars_NarrowsToTheirDays()
    {
        var page = await session.OpenAsync("/?interval=day");
        var bars = page.Locator(".histogram .bar");
        await bars.First.WaitForAsync();
        var first = (await bars.First.BoundingBoxAsync())!;
        var last = (await bars.Nth(2).BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(first.X + (first.Width / 2), first.Y + (first.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(last.X + (last.Width / 2), last.Y + (last.Height / 2), new() { Steps = 5 });
        await page.Mouse.UpAsync();

        await Expect(page).ToHaveURLAsync(new Regex("publishedFrom=2025-08-21&publishedTo=2025-08-23"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Typing_DoesNotSendARequestPerKeystroke()
    {
        var page = await session.OpenAsync("/check.html");
        var suggestions = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/v1/speakers", StringComparison.Ordinal))
                Interlocked.Increment(ref suggestions);
        };

        await page.Locator("#speaker").PressSequentiallyAsync("Vasquez", new() { Delay = 30 });
        await page.Locator("#speaker-suggestions li").First.WaitForAsync();

        Assert.Equal(1, suggestions);
        await page.CloseAsync();
    }
}
