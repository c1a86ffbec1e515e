using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace QuoteIndex.Web.Tests;

/// <summary>The quote, speaker and statement-check pages in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DetailPageTests(BrowserSession session)
{
    [Fact]
    public async Task Quote_OpenedFromResults_ShowsEvidenceAndEveryAppearanceFirstMarked()
    {
        var page = await session.OpenAsync($"/?q={Uri.EscapeDataString("\"winter storms\"")}");
        await page.Locator(".result .quote-link").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/quote\.html\?id="));
        await page.Locator(".timeline li").First.WaitForAsync();

        var appearances = await page.Locator(".timeline li").AllInnerTextsAsync();
        Assert.Equal(3, appearances.Count);
        Assert.StartsWith("First appearance", appearances[0], StringComparison.Ordinal);
        Assert.Contains("The Calder Courier", appearances[0], StringComparison.Ordinal);
        var evidence = await page.InnerTextAsync("dl.facts");
        Assert.Contains("Cue", evidence, StringComparison.Ordinal);
        Assert.Contains("Confidence", evidence, StringComparison.Ordinal);
        Assert.True(await page.Locator(".context mark").CountAsync() > 0);
        await BrowserSession.ScreenshotAsync(page, "quote");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Speaker_OpenedFromAQuote_ShowsTheProfile()
    {
        var page = await session.OpenAsync("/?speaker=elena-vasquez-moreau");
        await page.Locator(".result .speaker").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/speaker\.html\?key=elena-vasquez-moreau"));
        await page.Locator("dl.facts").WaitForAsync();

        Assert.Equal("Elena Vasquez-Moreau", await page.InnerTextAsync("h1"));
        var outlets = await page.Locator("section:has(h2:text('Top outlets')) li").AllInnerTextsAsync();
        Assert.Contains(outlets, o => o.Contains("The Calder Courier", StringComparison.Ordinal));
        Assert.True(await page.Locator(".results .result").CountAsync() > 0);
        await BrowserSession.ScreenshotAsync(page, "speaker");
        await page.CloseAsync();
    }

    [Fact]
    public async Task CheckStatement_Reworded_ShowsTheVerdictAndTheFirstSource()
    {
        var page = await session.OpenAsync("/check.html");
        await page.FillAsync("#statement", "The harbour wall will be rebuilt before winter storms arrive");
        await page.FillAsync("#speaker", "Elena Vasquez-Moreau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await page.Locator(".verdict").WaitForAsync();

        Assert.StartsWith("Attested", await page.InnerTextAsync(".verdict"), StringComparison.Ordinal);
        var first = await page.Locator(".result").First.InnerTextAsync();
        Assert.Contains("first appeared", first, StringComparison.Ordinal);
        Assert.Contains("The Calder Courier", first, StringComparison.Ordinal);
        await BrowserSession.ScreenshotAsync(page, "check");
        await page.CloseAsync();
    }

    [Fact]
    public async Task CheckStatement_Unknown_SaysNotFound()
    {
        var page = await session.OpenAsync("/check.html");
        await page.FillAsync("#statement", "Purple giraffes will run the lighthouse from next spring");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await page.Locator(".verdict").WaitForAsync();

        Assert.Contains("not found", await page.InnerTextAsync(".verdict"), StringComparison.OrdinalIgnoreCase);
        await page.CloseAsync();
    }
}
