using Lanyard.Browser.Tests.Infrastructure;

namespace Lanyard.Browser.Tests.People;

/// <summary>
/// The people register, a person's page and the consent register and form at both widths, for a
/// person to look at (TestResults/screenshots). Chapmanslade's demo data, which these pages only read.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class RegisterScreenshotTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/people", "people")]
    [InlineData("/people/import", "people-import")]
    [InlineData("/people/staff/add", "people-add-staff")]
    [InlineData("/consent", "consent")]
    public async Task Page_AtDesktopAndPhoneWidths_IsSavedAsAScreenshot(string path, string name)
    {
        foreach (var width in new[] { BrowserFixture.DesktopWidth, BrowserFixture.PhoneWidth })
        {
            await using var session = await fixture.OpenSignedInAsync(width: width);
            await session.Page.GotoAsync(path);

            var file = await session.ScreenshotAsync($"{name}-{width}");

            new FileInfo(file).Length.ShouldBeGreaterThan(10_000, $"{file} is suspiciously small for a whole page");
            session.ConsoleErrors.ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("Ollie Bennett", "people-person-pupil", "/people")]
    [InlineData("Ollie Bennett", "consent-pupil", "/consent")]
    [InlineData("Helen Ashworth", "people-person-staff", "/people")]
    [InlineData("Rachel Bennett", "people-person-parent", "/people")]
    public async Task PupilPages_AtDesktopAndPhoneWidths_AreSavedAsScreenshots(string pupil, string name, string from)
    {
        foreach (var width in new[] { BrowserFixture.DesktopWidth, BrowserFixture.PhoneWidth })
        {
            await using var session = await fixture.OpenSignedInAsync(width: width);
            await session.Page.GotoAsync(from);
            await session.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = pupil, Exact = true }).First.ClickAsync();

            var file = await session.ScreenshotAsync($"{name}-{width}");

            new FileInfo(file).Length.ShouldBeGreaterThan(10_000);
            session.ConsoleErrors.ShouldBeEmpty();
        }
    }
}
