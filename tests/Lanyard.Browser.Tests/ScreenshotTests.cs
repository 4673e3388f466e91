using Lanyard.Browser.Tests.Infrastructure;

namespace Lanyard.Browser.Tests;

/// <summary>
/// Full-page screenshots in <c>TestResults/screenshots</c>, for a person to look at: the look is
/// judged by eye, these only check that each picture was taken.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/", "home")]
    [InlineData("/packs", "packs")]
    [InlineData("/packs/st-marys-sefton", "pack-st-marys-sefton")]
    [InlineData("/packs/compare", "packs-compare")]
    [InlineData("/organisations", "organisations")]
    public async Task Page_AtDesktopAndPhoneWidths_IsSavedAsAScreenshot(string path, string name)
    {
        foreach (var width in new[] { BrowserFixture.DesktopWidth, BrowserFixture.PhoneWidth })
        {
            await using var session = await fixture.OpenSignedInAsync(width: width);
            await session.Page.GotoAsync(path);

            var file = await session.ScreenshotAsync($"{name}-{width}");

            new FileInfo(file).Length.ShouldBeGreaterThan(10_000, $"{file} is suspiciously small for a whole page");
        }
    }
}
