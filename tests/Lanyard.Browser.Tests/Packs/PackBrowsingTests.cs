using Lanyard.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.Packs;

[Collection(SharedBrowser.Name)]
public sealed class PackBrowsingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Keyboard_FromHomeThroughPacksToAPack_ShowsItsClauseIds()
    {
        await using var session = await fixture.OpenSignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/");

        var packsLink = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Packs", Exact = true });
        await page.TabToAsync(packsLink);
        await page.Keyboard.PressAsync("Enter");

        await page.ExpectAddressAsync("/packs");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Policy packs", Level = 1 })).ToBeVisibleAsync();

        await page.TabToAsync(page.GetByRole(AriaRole.Link, new() { Name = "st-marys-sefton", Exact = true }));
        await page.Keyboard.PressAsync("Enter");

        await page.ExpectAddressAsync("/packs/st-marys-sefton");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("St Mary");
        await Expect(page.Locator("[id='st-marys-sefton.4-1f.01'] > code")).ToHaveTextAsync("st-marys-sefton.4-1f.01");
    }

    [Fact]
    public async Task ClauseReference_FollowedByKeyboard_LandsOnTheClause()
    {
        await using var session = await fixture.OpenSignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/packs/chapmanslade");
        var reference = page.Locator("main a.clause-ref").First;
        var clauseId = await reference.InnerTextAsync();

        await page.TabToAsync(reference, maxPresses: 200);
        await page.Keyboard.PressAsync("Enter");

        await page.ExpectAddressAsync($"/packs/chapmanslade#{clauseId}");
        await Expect(page.Locator($"[id='{clauseId}']")).ToBeInViewportAsync();
    }
}
