using Lanyard.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests;

/// <summary>The shell every page shares: landmarks, the skip link, the main navigation, focus.</summary>
[Collection(SharedBrowser.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    [Fact]
    public async Task EveryPage_HasOneOfEachLandmark()
    {
        await using var session = await fixture.OpenSignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/packs");

        await Expect(page.GetByRole(AriaRole.Banner)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Contentinfo)).ToHaveCountAsync(1);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en-GB");
    }

    [Fact]
    public async Task MainNavigation_ListsEverySectionInOrder()
    {
        await using var session = await fixture.OpenSignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/");

        var links = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link);

        await Expect(links).ToHaveTextAsync(["Dashboard", "Post check", "Connection check", "Cases", "People", "Consent", "Accounts", "Packs", "Organisations"]);
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
        hrefs.ShouldBe(["/", "/check", "/connections", "/cases", "/people", "/consent", "/accounts", "/packs", "/organisations"]);
    }

    [Theory]
    [InlineData("/", "Dashboard")]
    [InlineData("/packs", "Packs")]
    [InlineData("/packs/chapmanslade", "Packs")]
    [InlineData("/packs/compare", "Packs")]
    [InlineData("/organisations", "Organisations")]
    public async Task MainNavigation_MarksTheCurrentSection(string path, string section)
    {
        await using var session = await fixture.OpenSignedInAsync();
        var page = session.Page;
        await page.GotoAsync(path);

        var current = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).Locator("[aria-current]");

        await Expect(current).ToHaveCountAsync(1);
        await Expect(current).ToHaveTextAsync(section);
        await Expect(current).ToHaveAttributeAsync("aria-current", "page");
    }

    [Fact]
    public async Task SkipLink_IsTheFirstTabStop_AndTakesFocusPastTheNavigation()
    {
        await using var session = await fixture.OpenSignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/packs");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"))
            .ShouldBeTrue($"after the skip link, Tab went to {await page.FocusedElementAsync()}");
    }

    [Fact]
    public async Task SkipLink_IsOutOfSightUntilFocused()
    {
        await using var session = await fixture.OpenSignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).Not.ToBeInViewportAsync();
    }

    [Theory]
    [InlineData("nav")]
    [InlineData("main")]
    public async Task FocusedLink_HasAVisibleOutline(string region)
    {
        await using var session = await fixture.OpenSignedInAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        var link = page.Locator(region).GetByRole(AriaRole.Link).First;

        await page.TabToAsync(link);

        var outline = await link.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth]; }");
        outline[0].ShouldNotBe("none", $"the focused {region} link has no outline");
        double.Parse(outline[1].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThanOrEqualTo(2, "a focus outline thinner than 2px is easy to miss");
    }

    [Theory]
    [InlineData("/", BrowserFixture.PhoneWidth)]
    [InlineData("/packs", BrowserFixture.PhoneWidth)]
    [InlineData("/packs/st-marys-sefton", BrowserFixture.PhoneWidth)]
    [InlineData("/packs/compare", BrowserFixture.PhoneWidth)]
    [InlineData("/organisations", BrowserFixture.PhoneWidth)]
    [InlineData("/packs/compare", BrowserFixture.DesktopWidth)]
    [InlineData("/organisations", BrowserFixture.DesktopWidth)]
    public async Task Page_FitsTheWindowWidth_WithoutScrollingSideways(string path, int width)
    {
        await using var session = await fixture.OpenSignedInAsync(width: width);
        var page = session.Page;
        await page.GotoAsync(path);

        // Wide tables scroll inside their own box; the page itself never does.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        overflow.ShouldBe(0, $"{path} is {overflow}px wider than a {width}px window");
    }
}
