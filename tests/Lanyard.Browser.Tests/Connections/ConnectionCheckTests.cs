using Lanyard.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.Connections;

/// <summary>The connection check in a real browser: find the person, ask, read the verdict and its clause.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ConnectionCheckTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Teacher_AsksAboutAFormerPupilUnder18_SeesTheBlockWithItsClause()
    {
        await using var session = await fixture.OpenSignedInAsync("teacher@testbourne.demo");
        var page = session.Page;
        await page.GotoAsync("/connections");

        await page.GetByLabel("Find the other person in the register").FillAsync("Jacob");
        await page.Keyboard.PressAsync("Enter");
        var jacob = page.GetByRole(AriaRole.Radio, new() { Name = "Jacob Evans" });
        await Expect(jacob).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "accept a friend or follow request from them?" }).CheckAsync();
        await page.GetByLabel("On which platform?").FillAsync("Instagram");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();

        var answer = page.GetByRole(AriaRole.Region, new() { Name = "block No, the policy does not allow this." });
        await Expect(answer).ToContainTextAsync("accept a request from Jacob Evans, a former pupil, on Instagram");
        var clause = answer.GetByRole(AriaRole.Link, new() { Name = "testbourne.5d.05" }).First;
        await Expect(clause).ToHaveAttributeAsync("href", "/packs/testbourne#testbourne.5d.05");
        await Expect(answer).ToContainTextAsync("Judged under testbourne version 1.1.0");
        session.ConsoleErrors.ShouldBeEmpty();

        await clause.ClickAsync();
        await page.ExpectAddressAsync("/packs/testbourne#testbourne.5d.05");
        await Expect(page.Locator("li[id='testbourne.5d.05']")).ToContainTextAsync("Do not accept friend requests from any pupil or ex-pupil under 18");
    }

    [Fact]
    public async Task Keyboard_DescribeSomeoneNotInTheRegister_AndAsk()
    {
        await using var session = await fixture.OpenSignedInAsync("comms@heathcoat.demo");
        var page = session.Page;
        await page.GotoAsync("/connections");

        await page.TabToAsync(page.GetByRole(AriaRole.Radio, new() { Name = "Someone who is not in the register" }));
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Their name (if not in the register)")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Alex Carter");
        await page.TabToAsync(page.GetByRole(AriaRole.Radio, new() { Name = "follow them?" }));
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync(page.GetByLabel("On which platform?"));
        await page.Keyboard.TypeAsync("Facebook");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".connection-answer")).ToContainTextAsync("May this member of staff follow Alex Carter");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }
}
