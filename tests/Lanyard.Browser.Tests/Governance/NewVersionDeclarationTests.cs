using Lanyard.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.Governance;

/// <summary>
/// Issue 6's browser test: a new version of Testbourne's policy is drafted from the one in force,
/// pasted YAML with an error is refused by line and column, then the label and one clause's wording
/// are changed in the app (no YAML), and it is approved by a governor for the Full Governing
/// Body with today's effective date; a member of staff who signed the old version sees only the
/// changed clause and signs it, and the completion figure moves. Screenshots at 1280 and 390 px.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class NewVersionDeclarationTests(OwnAppFixture app) : IClassFixture<OwnAppFixture>
{
    private const string SidewaysOverflow = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";
    private const string OldSummary = "Any ICT or social media posting that refers to people working at/for the school, or people receiving its services, must meet professional Codes of Practice and the school IT Acceptable Use Policy";
    private const string NewSummary = "Any posting that refers to people working at or for the school must meet professional Codes of Practice and the IT Acceptable Use Policy";

    [Fact]
    public async Task NewVersion_IsApproved_StaffSignOnlyTheChangedClause_AndCompletionMoves()
    {
        var fixture = app.Browser;

        // A teacher signs the version shipped with Lanyard (1.1.0): the whole policy.
        await using (var teacher = await fixture.OpenSignedInAsync("teacher@testbourne.demo", BrowserFixture.PhoneWidth))
        {
            var page = teacher.Page;
            await page.GotoAsync("/governance/declaration");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The policy" })).ToBeVisibleAsync();
            await page.GetByLabel("Department").FillAsync("Mathematics");
            await Screenshot(teacher, "governance-declaration-whole-390");
            await page.GetByRole(AriaRole.Checkbox).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign the declaration" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your declaration for version 1.1.0 is recorded");
        }

        // The head teacher drafts a new version by pasting YAML.
        await using (var head = await fixture.OpenSignedInAsync("head@testbourne.demo"))
        {
            var page = head.Page;
            await page.GotoAsync("/governance");
            await Screenshot(head, "governance-register-1280");
            await page.GetByRole(AriaRole.Button, new() { Name = "Draft a new version" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change the draft" })).ToBeVisibleAsync();
            var yaml = page.GetByLabel("The pack as YAML");
            var text = await yaml.InputValueAsync();
            text.ShouldContain(OldSummary);

            // A broken line first: the error names its line and column.
            await yaml.FillAsync(text.Replace("\nversion: \"1.1.0\"", "\nversion: [", StringComparison.Ordinal));
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The draft was not changed");
            await Expect(page.Locator("#edit-yaml-diagnostics")).ToContainTextAsync("Line ");
            await Expect(page.GetByLabel("The pack as YAML")).ToHaveAttributeAsync("aria-invalid", "true");
            await Screenshot(head, "governance-version-error-1280");

            // Then the change itself, in the app without YAML: the new label, and the clause's wording.
            await page.GetByLabel("Version label").FillAsync("1.2.0");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the label and cycle" }).ClickAndWaitForPageAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved as version 1.2.0");
            var clause = page.Locator("[id='testbourne.5a.01']");
            await clause.GetByText("Change the wording").ClickAsync();
            await clause.GetByLabel("Wording of testbourne.5a.01").FillAsync(NewSummary);
            await Screenshot(head, "governance-version-wording-1280");
            await clause.GetByRole(AriaRole.Button, new() { Name = "Save the wording" }).ClickAndWaitForPageAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved as version 1.2.0");
            await Expect(page.Locator("[id='testbourne.5a.01'] > p")).ToHaveTextAsync(NewSummary);
            await page.SetViewportSizeAsync(BrowserFixture.PhoneWidth, 800);
            await Screenshot(head, "governance-version-390");
            await page.SetViewportSizeAsync(BrowserFixture.DesktopWidth, 800);
            await page.GetByRole(AriaRole.Link, new() { Name = "See what changed" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What changed from version 1.1.0 to 1.2.0" })).ToBeVisibleAsync();
            await Expect(page.Locator(".change-changed").Filter(new() { HasText = "testbourne.5a.01" })).ToContainTextAsync(NewSummary);
            await Screenshot(head, "governance-diff-1280");
        }

        // A governor records the Full Governing Body's approval, in force from today.
        await using (var governor = await fixture.OpenSignedInAsync("governor@testbourne.demo"))
        {
            var page = governor.Page;
            await page.GotoAsync("/governance");
            await page.GetByRole(AriaRole.Link, new() { Name = "edit, approve or withdraw it" }).ClickAsync();
            var today = await page.EvaluateAsync<string>("() => new Date().toISOString().slice(0, 10)");
            await page.GetByLabel("Date of the meeting that approved it").FillAsync(today);
            await page.GetByLabel("Takes effect on").FillAsync(today);
            await page.GetByRole(AriaRole.Button, new() { Name = "Approve version 1.2.0" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 1.2.0 is approved");
            await Screenshot(governor, "governance-version-approved-1280");
        }

        // Version 1.2.0 is in force: nobody has signed its changes yet.
        string before;
        await using (var head = await fixture.OpenSignedInAsync("head@testbourne.demo"))
        {
            await head.Page.GotoAsync("/governance/declarations");
            await Expect(head.Page.Locator(".completion-label")).ToContainTextAsync("Version 1.2.0");
            before = await head.Page.Locator("[data-completion]").InnerTextAsync();
            before.ShouldBe("0%");
        }

        // The teacher sees only the changed clause, and signs it.
        await using (var teacher = await fixture.OpenSignedInAsync("teacher@testbourne.demo"))
        {
            var page = teacher.Page;
            await page.GotoAsync("/governance/declaration");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What changed" })).ToBeVisibleAsync();
            var clauses = page.Locator(".sign-clauses > li");
            await Expect(clauses).ToHaveCountAsync(1);
            await Expect(clauses.First).ToContainTextAsync("testbourne.5a.01");
            await Expect(clauses.First).ToContainTextAsync(NewSummary);
            await Screenshot(teacher, "governance-declaration-changes-1280");
            await page.SetViewportSizeAsync(BrowserFixture.PhoneWidth, 800);
            await Screenshot(teacher, "governance-declaration-changes-390");
            await page.GetByRole(AriaRole.Checkbox).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign the changes" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("version 1.2.0 is recorded");
        }

        // The completion figure moved.
        await using (var head = await fixture.OpenSignedInAsync("head@testbourne.demo"))
        {
            var page = head.Page;
            await page.GotoAsync("/governance/declarations");
            await Expect(page.Locator(".completion-label")).ToContainTextAsync("Version 1.2.0");
            var after = await page.Locator("[data-completion]").InnerTextAsync();
            after.ShouldNotBe(before, "the teacher's signature of the changes counts");
            await Expect(page.Locator("#signed + .table-wrap")).ToContainTextAsync("1.2.0");
            await Screenshot(head, "governance-declarations-1280");
            await page.SetViewportSizeAsync(BrowserFixture.PhoneWidth, 800);
            await Screenshot(head, "governance-declarations-390");
        }
    }

    private static async Task Screenshot(BrowserSession session, string name)
    {
        var file = await session.ScreenshotAsync(name);
        new FileInfo(file).Length.ShouldBeGreaterThan(10_000);
        (await session.Page.EvaluateAsync<int>(SidewaysOverflow)).ShouldBe(0, $"{name}: the page never scrolls sideways");
    }
}
