using Lanyard.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.Organisations;

/// <summary>The register form at /organisations, used with the keyboard alone.</summary>
[Collection(SharedBrowser.Name)]
public sealed class OrganisationFormTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Keyboard_SubmitWithoutAName_ShowsTheErrorByTheField()
    {
        await using var session = await fixture.OpenSignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/organisations");
        var name = page.GetByLabel("Name", new() { Exact = true });

        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Register" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The organisation was not registered");
        await Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(name).ToHaveAccessibleDescriptionAsync("Enter the organisation's name.");
        await Expect(page.Locator(".field-error")).ToHaveTextAsync("Enter the organisation's name.");
    }

    [Fact]
    public async Task Keyboard_FillAndSubmit_RegistersTheSchoolUnderItsTrust()
    {
        await using var session = await fixture.OpenSignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/organisations");

        await page.TabToAsync(page.GetByLabel("Name", new() { Exact = true }));
        await page.Keyboard.TypeAsync("Keyboard Lane Academy");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Level")).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Level")).ToHaveValueAsync("School");
        await page.Keyboard.PressAsync("Tab");
        var parent = page.GetByLabel("Belongs to");
        await Expect(parent).ToBeFocusedAsync();
        // Typing on a closed drop-down picks the first option that starts with what was typed.
        await page.Keyboard.TypeAsync("Cambrian");
        await Expect(parent.Locator("option:checked")).ToHaveTextAsync("Cambrian Learning Trust");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Register" }));
        await page.Keyboard.PressAsync("Enter");

        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Keyboard Lane Academy" }) });
        await Expect(row).ToContainTextAsync("inherited from Cambrian Learning Trust");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }
}
