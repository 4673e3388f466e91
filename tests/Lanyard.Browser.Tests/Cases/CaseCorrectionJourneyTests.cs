using Lanyard.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.Cases;

/// <summary>
/// A flag raised by mistake keeps a mandatory police task open (Testbourne 6b.09) until the entry is
/// corrected from the timeline: refused without a note, then accepted; the task closes, the entry
/// stays struck through and labelled, and the case closes. At desktop and phone widths.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class CaseCorrectionJourneyTests(BrowserFixture fixture)
{
    private const string SidewaysOverflow = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    [Theory]
    [InlineData(BrowserFixture.DesktopWidth)]
    [InlineData(BrowserFixture.PhoneWidth)]
    public async Task Testbourne_6b_09_FlagRaisedByMistake_CorrectedAway_ThenTheCaseCloses(int width)
    {
        long caseId;
        await using (var teacher = await fixture.OpenSignedInAsync("teacher@testbourne.demo", width))
        {
            caseId = await CaseJourneyTests.ReportAsync(teacher.Page, "Online abuse of staff", "Rude comments about a teacher in a parents' group chat.", null);
        }

        await using var head = await fixture.OpenSignedInAsync("head@testbourne.demo", width);
        var page = head.Page;
        await page.GotoAsync($"/cases/{caseId}");
        await CaseJourneyTests.TakeAsync(page, "initial-assessment");
        await CaseJourneyTests.TakeAsync(page, "record-support-offered");
        await CaseJourneyTests.TakeAsync(page, "add-note", async form =>
        {
            await form.GetByLabel("Indecent images of children").CheckAsync();
            await form.GetByLabel("Note", new() { Exact = true }).FillAsync("Screenshots of the chat seen.");
        });
        await Expect(page.Locator("table.tasks")).ToContainTextAsync("Contact the police now");
        await Expect(page.Locator("#step-close")).ToHaveCountAsync(0);

        // Correct the entry: untick the flag, and first forget to say what was wrong.
        var entry = page.Locator(".timeline > li").Filter(new() { HasText = "Screenshots of the chat seen." }).First;
        await entry.Locator("details.correction > summary").ClickAsync();
        var form = entry.Locator("details.correction form");
        await Expect(form.GetByLabel("Indecent images of children")).ToBeCheckedAsync();
        await form.GetByLabel("Indecent images of children").UncheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Record the correction" }).ClickAndWaitForPageAsync();
        await Expect(page.Locator("#refusal")).ToContainTextAsync("a correction needs a note");
        var refused = page.Locator("details.correction[open]");
        await Expect(refused.Locator(".field-error")).ToContainTextAsync("a correction needs a note");
        await head.ScreenshotAsync($"cases-correction-refused-{width}");

        await refused.GetByLabel("What was wrong (required)").FillAsync("No indecent images: the box was ticked by mistake.");
        await refused.GetByRole(AriaRole.Button, new() { Name = "Record the correction" }).ClickAndWaitForPageAsync();

        await Expect(page.Locator(".notice[role=status]")).ToContainTextAsync("corrected");
        await Expect(page.Locator("table.tasks")).ToHaveCountAsync(0);
        var corrected = page.Locator(".timeline > li.entry-corrected");
        await Expect(corrected).ToContainTextAsync("Corrected by entry");
        await Expect(page.Locator(".timeline")).ToContainTextAsync("Corrects entry");
        await head.ScreenshotAsync($"cases-correction-{width}");
        (await page.EvaluateAsync<int>(SidewaysOverflow)).ShouldBe(0, "the case page never scrolls sideways");

        await CaseJourneyTests.TakeAsync(page, "close");
        await Expect(page.Locator(".case-header")).ToContainTextAsync("Closed");
    }
}
