using Microsoft.Playwright;

namespace QuoteIndex.Web.Tests;

/// <summary>Every page: form fields named for screen readers, usable by keyboard, and laid out for a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSession session)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/check.html")]
    public async Task EveryField_HasALabel(string path)
    {
        var page = await session.OpenAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var unlabelled = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll("input, select, textarea")]
              .filter(f => f.type !== "hidden" && f.labels.length === 0 && !f.getAttribute("aria-label"))
              .map(f => f.id || f.name || f.outerHTML)
            """);
        Assert.Empty(unlabelled);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Search_ByKeyboardAlone_FindsQuotes()
    {
        var page = await session.OpenAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to results", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        // Past the site links to the search box: a handful of presses, not a hunt.
        for (var presses = 0; presses < 6 && await page.EvaluateAsync<string>("document.activeElement.id") != "q"; presses++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.TypeAsync("ferry");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".result").First.WaitForAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task Phone_ShowsResultsWithoutSidewaysScrolling()
    {
        var page = await session.OpenAsync("/?q=harbour");
        await page.SetViewportSizeAsync(390, 844);
        await page.Locator(".result").First.WaitForAsync();

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the page is wider than a phone's screen");
        await BrowserSession.ScreenshotAsync(page, "search-phone");
        await page.CloseAsync();
    }
}
