using Lanyard.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lanyard.Browser.Tests;

/// <summary>
/// Nothing loads from outside the app: every request the browser makes goes to the app's own
/// address, and no page breaks the content security policy (the browser reports a blocked inline
/// style or script on the console).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SameOriginTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/packs")]
    [InlineData("/packs/heathcoat")]
    [InlineData("/packs/compare")]
    [InlineData("/organisations")]
    public async Task Page_RequestsOnlyFromTheApp_AndBreaksNoSecurityPolicy(string path)
    {
        await using var session = await fixture.OpenSignedInAsync();

        await session.Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        var app = fixture.BaseAddress.ToString();
        session.RequestedUrls.ShouldContain(url => url.Contains("/css/site", StringComparison.Ordinal), "the stylesheet request was not seen, so the recording is not working");
        session.RequestedUrls.ShouldAllBe(url => url.StartsWith(app, StringComparison.Ordinal), $"requests outside {app}: {string.Join(", ", session.RequestedUrls.Where(u => !u.StartsWith(app, StringComparison.Ordinal)))}");
        session.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task KeyboardJourneyAndFormPost_RequestOnlyFromTheApp()
    {
        await using var session = await fixture.OpenSignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await page.TabToAsync(page.GetByRole(AriaRole.Link, new() { Name = "Organisations", Exact = true }).First);
        await page.Keyboard.PressAsync("Enter");
        await page.ExpectAddressAsync("/organisations");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).WaitForAsync();

        var app = fixture.BaseAddress.ToString();
        session.RequestedUrls.Count.ShouldBeGreaterThanOrEqualTo(4);
        session.RequestedUrls.ShouldAllBe(url => url.StartsWith(app, StringComparison.Ordinal));
        session.ConsoleErrors.ShouldBeEmpty();
    }
}
