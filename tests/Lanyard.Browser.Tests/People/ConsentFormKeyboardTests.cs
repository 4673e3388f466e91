using Lanyard.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.People;

/// <summary>A pupil's consent form, filled in with the keyboard alone: radio groups by arrow keys, then back to the register.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ConsentFormKeyboardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Keyboard_RecordConsentForSocialMedia_TheRegisterShowsIt()
    {
        await using var session = await fixture.OpenSignedInAsync("head@cambrian.demo");
        var page = session.Page;
        await page.GotoAsync("/consent");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sophie Martin", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Sophie Martin");

        // Nothing is recorded for Sophie, so "No answer" is checked in each group and Tab enters a group there.
        await page.TabToAsync(page.Locator("#social-photo-none"));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(page.Locator("#social-photo-given")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#social-name-none")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(page.Locator("#social-name-refused")).ToBeCheckedAsync();
        await page.TabToAsync(page.GetByLabel("Given by"));
        await page.Keyboard.TypeAsync("Rachel Martin (mother)");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the answers" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Consent for Sophie Martin was recorded.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Sophie Martin", Exact = true }) });
        await Expect(row.GetByRole(AriaRole.Cell).Nth(0)).ToContainTextAsync("given");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(1)).ToContainTextAsync("refused");
    }
}
