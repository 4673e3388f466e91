using System.Globalization;
using System.Text;
using Lanyard.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.People;

/// <summary>
/// A head teacher imports a roster: a file with one bad row is refused with its line and nothing is
/// imported; the corrected file is imported and the page says how many pupils were added. Testbourne's
/// head teacher, so the pupils added do not change the Chapmanslade register other tests look at.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class RosterImportJourneyTests(BrowserFixture fixture)
{
    private const string HeadTeacher = "head@testbourne.demo";

    [Fact]
    public async Task Import_BadRowThenGoodFile_ShowsTheLineAndImportsNothingThenAddsEveryPupil()
    {
        var prefix = "BJ" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using var session = await fixture.OpenSignedInAsync(HeadTeacher);
        var page = session.Page;
        await page.GotoAsync("/people/import");

        await Upload(page, Roster(prefix, badDateOnLine: 3), wholeRoll: false);

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Nothing was imported");
        await Expect(alert).ToContainTextAsync("Line 3, column");
        await Expect(alert).ToContainTextAsync("is not a date");
        await Expect(alert.Locator("mark")).ToHaveTextAsync("31/02/2016");
        await page.GotoAsync($"/people?q={prefix}");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Showing 0 of");

        await page.GotoAsync("/people/import");
        await Upload(page, Roster(prefix, badDateOnLine: null), wholeRoll: false);

        var outcome = page.GetByRole(AriaRole.Status);
        await Expect(outcome).ToContainTextAsync("Roster imported");
        await Expect(outcome).ToContainTextAsync("3 added");
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await session.ScreenshotAsync("people-import-added-1280");
        await page.GotoAsync($"/people?q={prefix}");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Showing 3 of");
    }

    [Fact]
    public async Task ImportError_AtDesktopAndPhoneWidths_IsSavedAsAScreenshot()
    {
        foreach (var width in new[] { BrowserFixture.DesktopWidth, BrowserFixture.PhoneWidth })
        {
            await using var session = await fixture.OpenSignedInAsync(HeadTeacher, width: width);
            await session.Page.GotoAsync("/people/import");
            await Upload(session.Page, Roster("SHOT", badDateOnLine: 3), wholeRoll: true);
            await Expect(session.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Line 3");

            var file = await session.ScreenshotAsync($"people-import-error-{width}");

            new FileInfo(file).Length.ShouldBeGreaterThan(10_000);
        }
    }

    /// <summary>Three pupils in SIMS's column names, dates of birth nine years back so they are plausible whenever the test runs.</summary>
    private static byte[] Roster(string prefix, int? badDateOnLine)
    {
        var born = DateTime.Today.AddYears(-9);
        var csv = new StringBuilder("Adno,Legal Surname,Legal Forename,Preferred Forename,DOB,Year,Date of Admission\n");
        for (var i = 1; i <= 3; i++)
        {
            var line = i + 1;
            var dob = line == badDateOnLine ? "31/02/2016" : born.AddDays(i * 40).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}{i},Browne{i},Zoë,,{dob},Year 4,01/09/2023\n");
        }

        // As SIMS writes it: UTF-8 with a byte order mark.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static async Task Upload(IPage page, byte[] file, bool wholeRoll)
    {
        await page.GetByLabel("Roster file (CSV)").SetInputFilesAsync(new FilePayload { Name = "roster.csv", MimeType = "text/csv", Buffer = file });
        var box = page.GetByLabel("This file is the whole roll");
        if (wholeRoll)
        {
            await box.CheckAsync();
        }
        else
        {
            await box.UncheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Import the roster" }).ClickAndWaitForPageAsync();
    }
}
