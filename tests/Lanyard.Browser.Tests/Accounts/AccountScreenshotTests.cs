using Lanyard.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.Accounts;

/// <summary>The account register and its form, used in a browser; screenshots at desktop and phone widths.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccountScreenshotTests(BrowserFixture fixture)
{
    private const string SidewaysOverflow = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    [Theory]
    [InlineData(BrowserFixture.DesktopWidth)]
    [InlineData(BrowserFixture.PhoneWidth)]
    public async Task Register_IsSavedAsAScreenshot(int width)
    {
        await using var session = await fixture.OpenSignedInAsync("it@testbourne.demo", width);
        await session.Page.GotoAsync("/accounts");
        await Expect(session.Page.GetByRole(AriaRole.Table)).ToContainTextAsync("@TestbourneMusic");

        var file = await session.ScreenshotAsync($"accounts-{width}");

        new FileInfo(file).Length.ShouldBeGreaterThan(10_000);
        (await session.Page.EvaluateAsync<int>(SidewaysOverflow)).ShouldBe(0, "the page never scrolls sideways");
    }

    [Fact]
    public async Task Register_WithTheFirstAccountsPolicyReview_IsSavedAsAScreenshot()
    {
        await using var session = await fixture.OpenSignedInAsync(BrowserFixture.HeadTeacher);
        await session.Page.GotoAsync("/accounts");
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Policy review due" })).ToBeVisibleAsync();

        await session.ScreenshotAsync("accounts-chapmanslade-1280");
    }

    [Theory]
    [InlineData(BrowserFixture.DesktopWidth)]
    [InlineData(BrowserFixture.PhoneWidth)]
    public async Task New_WithAPersonalEmailAtHeathcoat_ShowsTheClauseBesideTheField(int width)
    {
        await using var session = await fixture.OpenSignedInAsync("head@heathcoat.demo", width);
        var page = session.Page;
        await page.GotoAsync("/accounts/new");
        await page.GetByLabel("Platform", new() { Exact = true }).FillAsync("Instagram");
        await page.GetByLabel("Handle", new() { Exact = true }).FillAsync("@HeathcoatClass6");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Curriculum" }).CheckAsync();
        await page.GetByLabel("Email address the account is registered to").FillAsync("class6teacher@gmail.com");
        await page.GetByLabel("Or name").First.FillAsync("Beth Baker");
        await page.GetByLabel("Approved by (member of staff)").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Approved as").SelectOptionAsync("headteacher");
        await page.GetByLabel("Approved on").FillAsync("2026-09-07");
        await page.GetByLabel("Leadership told of the account's address and identity on").FillAsync("2026-09-08");
        await page.GetByLabel("Link to the school's policy shown on the account's page").FillAsync("https://www.heathcoat.demo/policies/social-media");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register account" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The account was not saved");
        var email = page.GetByLabel("Email address the account is registered to");
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#f-linkedemail-error")).ToContainTextAsync("heathcoat.sanctioned.07");
        await Expect(email).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("heathcoat\\.sanctioned\\.07"));

        var file = await session.ScreenshotAsync($"accounts-new-errors-{width}");

        new FileInfo(file).Length.ShouldBeGreaterThan(10_000);
        (await session.Page.EvaluateAsync<int>(SidewaysOverflow)).ShouldBe(0, "the page never scrolls sideways");
    }
}
