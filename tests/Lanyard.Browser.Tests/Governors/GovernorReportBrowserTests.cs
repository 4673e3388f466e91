using Lanyard.Browser.Tests.Infrastructure;
using Lanyard.Core.Casework;
using Lanyard.Data;
using Lanyard.Data.Casework;
using Lanyard.Data.Organisations;
using Lanyard.Data.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lanyard.Browser.Tests.Governors;

/// <summary>
/// A governor opens the cases report and sees the charts, on a desktop, on a phone and in print.
/// A year of cases is put in place at St Mary's first (straight into the case store, with past
/// report dates, so every month has something to draw).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class GovernorReportBrowserTests(BrowserFixture fixture)
{
    private const string Governor = "governor@stmarys.demo";

    [Fact]
    public async Task Governor_OpensTheReport_SeesThreeCharts_AtDesktopPhoneAndInPrint()
    {
        await SeedAYearOfCasesAsync();

        foreach (var width in new[] { BrowserFixture.DesktopWidth, BrowserFixture.PhoneWidth })
        {
            await using var session = await fixture.OpenSignedInAsync(Governor, width);
            var page = session.Page;
            await page.GetByRole(AriaRole.Link, new() { Name = "Governors' report" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cases report to governors");
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Cases reported by type", Exact = false })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Cases reported by outcome", Exact = false })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Cases reported by month", Exact = false })).ToBeVisibleAsync();
            await Expect(page.GetByText("No review cycle set")).ToBeVisibleAsync();
            (await page.Locator("svg.chart rect.chart-bar:not(.chart-bar-zero)").CountAsync()).ShouldBeGreaterThan(5);
            await session.ScreenshotAsync($"governors-{width}");

            if (width == BrowserFixture.DesktopWidth)
            {
                await page.EmulateMediaAsync(new() { Media = Media.Print });
                await Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
                await Expect(page.Locator(".school-picker, .report-actions")).ToHaveCountAsync(1);
                await Expect(page.Locator(".report-actions")).ToBeHiddenAsync();
                await session.ScreenshotAsync("governors-print");
                await page.EmulateMediaAsync(new() { Media = Media.Screen });
            }

            session.ConsoleErrors.ShouldBeEmpty();
            session.RequestedUrls.ShouldAllBe(url => url.StartsWith(fixture.BaseAddress.ToString(), StringComparison.Ordinal));
        }
    }

    private async Task SeedAYearOfCasesAsync()
    {
        await using var work = new UnitOfWork(fixture.Services.GetRequiredService<IDatabase>());
        var school = (await new OrganisationStore(work).ListAsync(CancellationToken.None)).Single(o => o.Name == "St Mary's Catholic Primary School");
        var reporter = (await new UserStore(work).FindByEmailAsync("teacher@stmarys.demo", CancellationToken.None))!.Account;
        var cases = new CaseStore(work);
        var now = DateTimeOffset.UtcNow;
        CaseType[] types = [CaseType.ParentPost, CaseType.PupilMisconduct, CaseType.OnlineAbuseOfStaff, CaseType.SafeguardingConcern, CaseType.ParentPost, CaseType.AccidentalAccess, CaseType.StaffBreach];
        string?[] outcomes = ["resolved", "no-further-action", null, "sanction", "resolved", null];
        for (var i = 0; i < 30; i++)
        {
            var reportedAt = now.AddDays(-(i * 11) - 1);
            var id = await cases.AddCaseAsync(
                new CaseRecord
                {
                    OrganisationId = school.Id,
                    Type = types[i % types.Length],
                    Summary = "A seeded case for the governors' report",
                    ReportedAt = reportedAt,
                    ReportedByUserId = reporter.Id,
                    ReportedByPersonId = reporter.PersonId,
                    PackId = "st-marys-sefton",
                    PackVersion = "2.0",
                    Urgency = Core.Policies.Parameters.Urgency.Normal,
                },
                [new CaseParty { PersonId = reporter.PersonId, Kind = PartyKind.Staff, Role = PartyRole.Reporter }],
                CancellationToken.None);
            if (outcomes[i % outcomes.Length] is { } outcome)
            {
                await cases.AppendEntryAsync(
                    new CaseEntry
                    {
                        CaseId = id,
                        Step = CaseStep.Close,
                        From = CaseStage.Reported,
                        To = CaseStage.Closed,
                        At = reportedAt.AddDays(3),
                        ByUserId = reporter.Id,
                        ByName = reporter.DisplayName,
                        Details = new Dictionary<string, string>(StringComparer.Ordinal) { [CaseDetails.Outcome] = outcome },
                    },
                    CancellationToken.None);
            }
        }

        await work.CommitAsync(CancellationToken.None);
    }
}
