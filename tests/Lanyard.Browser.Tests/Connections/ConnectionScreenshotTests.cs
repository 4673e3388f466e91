using Lanyard.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.Connections;

/// <summary>Screenshots of the connection pages in use, at desktop and phone widths, for a person to look at.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ConnectionScreenshotTests(BrowserFixture fixture)
{
    private const string SidewaysOverflow = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    [Theory]
    [InlineData(BrowserFixture.DesktopWidth)]
    [InlineData(BrowserFixture.PhoneWidth)]
    public async Task Result_IsSavedAsAScreenshot(int width)
    {
        await using var session = await fixture.OpenSignedInAsync("teacher@testbourne.demo", width);
        var page = session.Page;
        await page.GotoAsync("/connections?q=Amelia");
        await page.GetByRole(AriaRole.Radio, new() { Name = "send them a direct or private message?" }).CheckAsync();
        await page.GetByLabel("On which platform?").FillAsync("WhatsApp");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Expect(page.Locator(".connection-answer")).ToBeVisibleAsync();

        var file = await session.ScreenshotAsync($"connections-result-{width}");

        new FileInfo(file).Length.ShouldBeGreaterThan(10_000);
        (await session.Page.EvaluateAsync<int>(SidewaysOverflow)).ShouldBe(0, "the page never scrolls sideways");
    }

    [Theory]
    [InlineData(BrowserFixture.DesktopWidth)]
    [InlineData(BrowserFixture.PhoneWidth)]
    public async Task Requests_WithAHold_IsSavedAsAScreenshot(int width)
    {
        await using (var teacher = await fixture.OpenSignedInAsync("teacher@stmarys.demo", width))
        {
            await teacher.Page.GotoAsync("/connections?q=Rachel+Adeyemi");
            await teacher.Page.GetByRole(AriaRole.Radio, new() { Name = "accept a friend or follow request from them?" }).CheckAsync();
            await teacher.Page.GetByLabel("On which platform?").FillAsync("Facebook");
            await teacher.Page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
            await Expect(teacher.Page.Locator(".hold-notice")).ToBeVisibleAsync();
            await teacher.ScreenshotAsync($"connections-hold-{width}");
        }

        await using var head = await fixture.OpenSignedInAsync("head@stmarys.demo", width);
        await head.Page.GotoAsync("/connections/requests");
        await Expect(head.Page.Locator("article.request").First).ToBeVisibleAsync();

        var file = await head.ScreenshotAsync($"connections-requests-{width}");

        new FileInfo(file).Length.ShouldBeGreaterThan(10_000);
        (await head.Page.EvaluateAsync<int>(SidewaysOverflow)).ShouldBe(0, "the page never scrolls sideways");
    }
}
