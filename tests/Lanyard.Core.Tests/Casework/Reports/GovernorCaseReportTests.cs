using System.Text.Json;
using Lanyard.Core.Casework;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Tests.Users;
using static Lanyard.Core.Tests.Casework.CaseFiles;

namespace Lanyard.Core.Tests.Casework.Reports;

/// <summary>The governors' report: anonymised counts, review status, flagged closed cases.</summary>
public sealed class GovernorCaseReportTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);
    private readonly InMemoryCaseStore _cases = new();
    private readonly InMemoryOrganisations _organisations = new();
    private readonly ManualClock _clock = new(Now);
    private readonly InMemoryPolicyReviews _reviews = new();

    private GovernancePorts Ports => new(_organisations, new InMemoryPeople(), new NoPolicyVersions(), _reviews, new InMemoryReviewTasks(), new InMemoryDeclarations(), new InMemoryTraining());

    private async Task<long> SchoolAsync(string name, string pack) =>
        (await _organisations.AddAsync(new NewOrganisation(name, OrganisationLevel.School, null, pack), None)).Id;

    private async Task<long> CaseAsync(long school, CaseType type, DateTimeOffset reported, string? outcome = null, bool close = false, bool flag = false)
    {
        var id = await _cases.AddCaseAsync(Record(type, school, reportedAt: reported) with { Id = 0, Summary = "Ms Secretive posted about the head", Location = "https://example.test/post" },
            [Party(987654, PartyRole.Subject), new CaseParty { Description = "anonymous account @whistle", Kind = PartyKind.Unknown, Role = PartyRole.AllegedPerpetrator }], None);
        if (outcome is not null)
        {
            await _cases.AppendEntryAsync(Entry(0, CaseStep.RecordOutcome, CaseStage.Triaged, CaseStage.OutcomeRecorded, Details(CaseDetails.Outcome, outcome), at: reported.AddDays(2), note: "Spoke to Mr Talkative") with { CaseId = id, ByName = "Dee Esell" }, None);
        }

        if (close)
        {
            await _cases.AppendEntryAsync(Entry(0, CaseStep.Close, CaseStage.OutcomeRecorded, CaseStage.Closed, flag ? Details(CaseDetails.IncludeInGovernorReport, "yes") : null, at: reported.AddDays(5)) with { CaseId = id }, None);
        }

        return id;
    }

    private Task<GovernorCaseReport.Report?> ReportAsync(long organisation, params StaffRole[] roles) =>
        GovernorCaseReport.HandleAsync(new GovernorCaseReport.Request(Actor(42, organisation, roles)), _cases, Ports, _clock, None);

    [Fact]
    public async Task Counts_ByTypeOutcomeAndMonth_OverTheLastTwelveMonths_OpenCountsEveryOpenCase()
    {
        var school = await SchoolAsync("Heathcoat Primary", "heathcoat");
        await CaseAsync(school, CaseType.ParentPost, new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero), outcome: "resolved", close: true);
        await CaseAsync(school, CaseType.ParentPost, new DateTimeOffset(2025, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await CaseAsync(school, CaseType.StaffBreach, new DateTimeOffset(2024, 7, 2, 9, 0, 0, TimeSpan.Zero), outcome: "written-warning", close: true);
        await CaseAsync(school, CaseType.ExcessiveUse, new DateTimeOffset(2024, 6, 30, 9, 0, 0, TimeSpan.Zero));

        var report = (await ReportAsync(school, StaffRole.Governor)).ShouldNotBeNull();

        report.Months.Count.ShouldBe(12);
        (report.Months[0].Month, report.Months[^1].Month).ShouldBe((new DateOnly(2024, 7, 1), new DateOnly(2025, 6, 1)));
        report.Months.Select(m => m.Reported).ShouldBe([1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1]);
        report.ByType.Single(t => t.Type == CaseType.ParentPost).Count.ShouldBe(2);
        report.ByType.Single(t => t.Type == CaseType.ExcessiveUse).Count.ShouldBe(0, "reported before the twelve months");
        report.ByOutcome.ShouldBe([new("none-yet", 1), new("resolved", 1), new("written-warning", 1)]);
        report.Series.Single(s => s.Type == CaseType.ParentPost).Counts.ShouldBe([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1]);
        report.Open.ShouldBe(2);
    }

    [Fact]
    public async Task Model_ContainsNoNamesNoFreeTextNoPersonIds()
    {
        var school = await SchoolAsync("Heathcoat Primary", "heathcoat");
        await CaseAsync(school, CaseType.StaffBreach, Now.AddDays(-20), outcome: "Mr Talkative was warned", close: true, flag: true);

        var json = JsonSerializer.Serialize(await ReportAsync(school, StaffRole.ChairOfGovernors));

        foreach (var personal in new[] { "Secretive", "Talkative", "whistle", "example.test", "Dee Esell", "Entry Author", "987654", "Actor Name" })
        {
            json.ShouldNotContain(personal, Case.Insensitive);
        }

        json.ShouldContain("recorded");
    }

    [Fact]
    public async Task Heathcoat_evaluation_01_ClosedBreachFlaggedForGovernors_IsListed()
    {
        var school = await SchoolAsync("Heathcoat Primary", "heathcoat");
        await CaseAsync(school, CaseType.StaffBreach, new DateTimeOffset(2025, 4, 2, 9, 0, 0, TimeSpan.Zero), outcome: "written-warning", close: true, flag: true);
        await CaseAsync(school, CaseType.StaffBreach, new DateTimeOffset(2025, 4, 3, 9, 0, 0, TimeSpan.Zero), outcome: "no-breach", close: true);

        var report = (await ReportAsync(school, StaffRole.Governor)).ShouldNotBeNull();

        var flagged = report.Flagged.ShouldHaveSingleItem();
        flagged.ShouldBe(new GovernorCaseReport.FlaggedCase("Heathcoat Primary", CaseType.StaffBreach, new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 1), "written-warning", flagged.Clauses));
        flagged.Clauses.ShouldBe(["heathcoat.evaluation.01"]);
        GovernorCaseReportText.Render(report).ShouldContain("Closed cases reported to governors (heathcoat.evaluation.01)");
    }

    [Fact]
    public async Task PackWithoutGovernorBreachReporting_ListsNoFlaggedCases()
    {
        var school = await SchoolAsync("Chapmanslade School", "chapmanslade");
        await CaseAsync(school, CaseType.StaffBreach, Now.AddDays(-10), outcome: "written-warning", close: true, flag: true);

        (await ReportAsync(school, StaffRole.Governor)).ShouldNotBeNull().Flagged.ShouldBeEmpty();
    }

    [Fact]
    public async Task St_marys_meta_PolicyWithNoReviewCycle_IsReportedAsSuch()
    {
        var school = await SchoolAsync("St Mary's", "st-marys-sefton");

        var report = (await ReportAsync(school, StaffRole.Headteacher)).ShouldNotBeNull();

        report.Reviews.ShouldHaveSingleItem().Review.ShouldNotBeNull().Status.ShouldBe(ReviewStatus.NoCycleSet);
        GovernorCaseReportText.Render(report).ShouldContain("no review cycle set");
    }

    [Fact]
    public async Task Chapmanslade_review_01_AReviewCompletedInTheRegister_MovesTheReportsDate_ExactlyAsTheRegisterDoes()
    {
        var school = await SchoolAsync("Chapmanslade", "chapmanslade");

        // "Next Review – October 2024": by June 2025 it is overdue.
        var before = (await ReportAsync(school, StaffRole.Governor)).ShouldNotBeNull().Reviews.ShouldHaveSingleItem();
        before.Review.ShouldNotBeNull().Status.ShouldBe(ReviewStatus.Overdue);
        before.PackVersion.ShouldNotBeNull();

        // The governing board reviews it on 1 June 2025 with no change: the three-year cycle restarts.
        await _reviews.AddAsync(
            new PolicyReviewRecord
            {
                OrganisationId = school,
                PackId = "chapmanslade",
                ReviewedVersion = before.PackVersion,
                CompletedOn = new DateOnly(2025, 6, 1),
                Outcome = ReviewOutcome.NoChange,
                ApprovedByPersonId = 7,
                ApprovedByName = "Chair of Governors",
                ApprovingBody = "Governing Board",
            },
            Now,
            None);

        var report = (await ReportAsync(school, StaffRole.Governor)).ShouldNotBeNull();
        var after = report.Reviews.ShouldHaveSingleItem().Review.ShouldNotBeNull();
        var register = (await PolicyReviewStatus.HandleAsync(school, Ports, _clock, None)).ShouldNotBeNull().State;
        after.ShouldBeEquivalentTo(register, "the report shows the policy register's own position");
        (after.Status, after.DueBy).ShouldBe((ReviewStatus.NotDue, new DateOnly(2028, 6, 1)));
        after.Clauses.ShouldContain("chapmanslade.review.01");
        GovernorCaseReportText.Render(report).ShouldContain("in date (next review by 2028-06-01); last reviewed 2025-06-01");
    }

    [Fact]
    public async Task Trust_ReportCoversEverySchoolOfTheTrust_AndNoOtherOrganisation()
    {
        var trust = (await _organisations.AddAsync(new NewOrganisation("Cambrian Trust", OrganisationLevel.Trust, null, "cambrian"), None)).Id;
        var academy = (await _organisations.AddAsync(new NewOrganisation("Cambrian Valley Academy", OrganisationLevel.School, trust, null), None)).Id;
        var elsewhere = await SchoolAsync("Testbourne", "testbourne");
        await CaseAsync(academy, CaseType.ParentPost, Now.AddDays(-3));
        await CaseAsync(elsewhere, CaseType.ParentPost, Now.AddDays(-3));

        var report = (await ReportAsync(trust, StaffRole.Governor)).ShouldNotBeNull();

        report.Schools.ShouldBe(["Cambrian Valley Academy"]);
        report.Open.ShouldBe(1);
    }

    [Fact]
    public async Task Teacher_MayNotSeeTheReport()
    {
        var school = await SchoolAsync("Heathcoat Primary", "heathcoat");

        (await ReportAsync(school, StaffRole.Teacher)).ShouldBeNull();
    }

    [Fact]
    public void Overdue_CountsOpenCasesWithATaskPastItsDue()
    {
        var school = SchoolInContext.Of(new Organisation(School, "Heathcoat Primary", OrganisationLevel.School, null, "heathcoat"), []);
        var late = File(CaseType.ParentPost) with { Case = Record(CaseType.ParentPost, id: 1, reportedAt: Now.AddDays(-9)) };
        var fine = File(CaseType.ParentPost) with { Case = Record(CaseType.ParentPost, id: 2, reportedAt: Now.AddDays(-9)) };
        IReadOnlyList<CaseTask> Tasks(CaseFile f) => [new CaseTask(f.Case.Id, CaseStep.RecordResponse, "Record the response", Role.Headteacher, f.Case.Id == 1 ? Now.AddDays(-1) : Now.AddDays(1), null, true)];

        var report = GovernorCaseReport.Build([school], [], [late, fine], Tasks, Now, DateOnly.FromDateTime(Now.UtcDateTime));

        (report.Open, report.Overdue).ShouldBe((2, 1));
        GovernorCaseReportText.Render(report).ShouldContain("Open cases: 2. Open with an overdue task: 1.");
    }
}
