using Lanyard.Browser.Tests.Infrastructure;
using Lanyard.Data.Users;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.Users;

/// <summary>Signing in and out in a real browser, with the keyboard.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SignInJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Keyboard_SignInFromAPageThatNeedsIt_ReturnsToThatPage()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/packs/compare");
        await page.ExpectAddressAsync("/account/sign-in?ReturnUrl=%2Fpacks%2Fcompare");

        await page.TabToAsync(page.GetByLabel("Email address"));
        await page.Keyboard.TypeAsync("dsl@heathcoat.demo");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(DemoUsers.Password);
        await page.Keyboard.PressAsync("Enter");

        await page.ExpectAddressAsync("/packs/compare");
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Signed in as");
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync("(DSL)");
    }

    [Fact]
    public async Task WrongPassword_SaysSoInAnAlert_AndKeepsTheEmailButNotThePassword()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync("volunteer@testbourne.demo");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not the password");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or password is not right.");
        await Expect(page.GetByLabel("Email address")).ToHaveValueAsync("volunteer@testbourne.demo");
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToHaveValueAsync(string.Empty);
    }

    [Fact]
    public async Task SignOutButton_InTheHeader_EndsTheSession()
    {
        await using var session = await fixture.OpenSignedInAsync("teacher@stmarys.demo");
        var page = session.Page;
        await page.GotoAsync("/packs");

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await page.ExpectAddressAsync("/account/sign-in?signedOut=true");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("You have signed out.");
        await page.GotoAsync("/packs");
        await page.ExpectAddressAsync("/account/sign-in?ReturnUrl=%2Fpacks");
    }

    [Fact]
    public async Task PageNeedingARoleTheUserLacks_SaysSo()
    {
        await using var session = await fixture.OpenSignedInAsync("teacher@chapmanslade.demo");
        var page = session.Page;

        var response = await page.GotoAsync("/organisations");

        response!.Status.ShouldBe(403);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You do not have access to that page");
    }

    [Theory]
    [InlineData(BrowserFixture.PhoneWidth)]
    [InlineData(BrowserFixture.DesktopWidth)]
    public async Task SignInAndAccessDeniedPages_FitTheWindow_AndAreSavedAsScreenshots(int width)
    {
        await using (var anonymous = await fixture.OpenAsync(width))
        {
            await anonymous.Page.GotoAsync("/account/sign-in");
            (await anonymous.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).ShouldBe(0);
            new FileInfo(await anonymous.ScreenshotAsync($"sign-in-{width}")).Length.ShouldBeGreaterThan(5_000);
        }

        await using var teacher = await fixture.OpenSignedInAsync("teacher@chapmanslade.demo", width);
        await teacher.Page.GotoAsync("/organisations");
        (await teacher.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).ShouldBe(0);
        new FileInfo(await teacher.ScreenshotAsync($"access-denied-{width}")).Length.ShouldBeGreaterThan(5_000);
    }
}
