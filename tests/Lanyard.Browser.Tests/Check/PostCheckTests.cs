using Lanyard.Browser.Tests.Infrastructure;
using Lanyard.Core.Policies.Loading;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.Check;

/// <summary>The post check at /check, used as a teacher would: type a post, say what the photos show, read the verdict.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PostCheckTests(BrowserFixture fixture)
{
    private const string Teacher = "teacher@heathcoat.demo";

    [Fact]
    public async Task PupilWithoutConsent_WithPhotosShowingPupils_IsBlockedCitingTheClauseAndItsText()
    {
        var clause = BuiltInPacks.Get("heathcoat").FindClause("heathcoat.staff.09")!;
        await using var session = await fixture.OpenSignedInAsync(Teacher);
        var page = session.Page;
        await page.GotoAsync("/check");

        await page.GetByLabel("Text of the post").FillAsync("Well done Ollie for your brilliant painting in the art show!");
        await page.GetByLabel("The photos show pupils").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check post" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Do not post", Level = 2 })).ToBeVisibleAsync();
        var finding = page.Locator("#finding-1");
        await Expect(finding).ToContainTextAsync("heathcoat.staff.09");
        await Expect(finding.Locator("blockquote.clause-text")).ToHaveTextAsync(clause.Summary);
        await Expect(finding).ToContainTextAsync("a name objection is recorded");
        await Expect(page.Locator(".draft-text mark")).ToHaveTextAsync("Ollie");
        await Expect(page.GetByLabel("Text of the post")).ToHaveValueAsync("Well done Ollie for your brilliant painting in the art show!");
        session.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Keyboard_FollowTheMarkInTheText_ToItsFinding_AndBackToTheClause()
    {
        await using var session = await fixture.OpenSignedInAsync(Teacher);
        var page = session.Page;
        await page.GotoAsync("/check");
        await page.TabToAsync(page.GetByLabel("Text of the post"));
        await page.Keyboard.TypeAsync("Ollie Bennett won the race! Call 07700 900123 for photos.");
        await page.TabToAsync(page.GetByLabel("The photos show pupils"));
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Check post" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Do not post", Level = 2 })).ToBeVisibleAsync();

        var reference = page.GetByRole(AriaRole.Link, new() { Name = "Finding 2: Phone number, block" });
        await page.TabToAsync(reference, maxPresses: 80);
        await page.Keyboard.PressAsync("Enter");

        await page.ExpectAddressAsync("/check#finding-2");
        await Expect(page.Locator("#finding-2")).ToBeInViewportAsync();
        await Expect(page.Locator("#finding-2 q").First).ToHaveTextAsync("07700 900123");
        await Expect(page.Locator("#finding-2 a.clause-link")).ToHaveAttributeAsync("href", "/packs/heathcoat#heathcoat.staff.11");
    }

    [Fact]
    public async Task PostCheck_AtDesktopAndPhoneWidths_IsSavedAsScreenshots()
    {
        foreach (var width in new[] { BrowserFixture.DesktopWidth, BrowserFixture.PhoneWidth })
        {
            await using var session = await fixture.OpenSignedInAsync(Teacher, width: width);
            var page = session.Page;
            await page.GotoAsync("/check");
            var form = await session.ScreenshotAsync($"check-form-{width}");

            await page.GetByLabel("Text of the post").FillAsync(
                "Congratulations to Ollie Bennett and the whole of Year 6 on a brilliant sports day!\n\n"
                + "Photos from the day are on the school website. Any questions, ring Mrs Davies on 07700 900123.");
            await page.Locator("#photos").SetInputFilesAsync(new FilePayload { Name = "sports-day.jpg", MimeType = "image/jpeg", Buffer = Photo("gps.jpg") });
            await page.GetByLabel("The photos show pupils").CheckAsync();
            await page.GetByLabel("People tagged").FillAsync("Ollie Bennett");
            await page.GetByRole(AriaRole.Button, new() { Name = "Check post" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Do not post", Level = 2 })).ToBeVisibleAsync();
            var result = await session.ScreenshotAsync($"check-result-{width}");

            new FileInfo(form).Length.ShouldBeGreaterThan(10_000);
            new FileInfo(result).Length.ShouldBeGreaterThan(10_000);
            session.ConsoleErrors.ShouldBeEmpty();
            session.RequestedUrls.ShouldAllBe(url => url.StartsWith(fixture.BaseAddress.ToString(), StringComparison.Ordinal));
        }
    }

    // The core's photo fixtures (tests/Lanyard.Core.Tests/Checking/Photos/Fixtures), read from the repository.
    private static byte[] Photo(string name)
    {
        var folder = Path.GetFullPath(Path.Combine(Screenshots.Folder, "..", "..", "tests", "Lanyard.Core.Tests", "Checking", "Photos", "Fixtures"));
        return File.ReadAllBytes(Path.Combine(folder, name));
    }
}
