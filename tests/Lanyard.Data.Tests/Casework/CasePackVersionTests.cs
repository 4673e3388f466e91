using Lanyard.Core.Casework;
using Lanyard.Core.Governance;
using Lanyard.Core.People;
using Lanyard.Core.Policies.Loading;
using Lanyard.Data.Audit;
using Lanyard.Data.Casework;
using Lanyard.Data.Notifications;
using Lanyard.Data.Tests.Governance;

namespace Lanyard.Data.Tests.Casework;

/// <summary>
/// A case is worked under the pack version recorded on it (CasePacks), over the real stores: once a
/// school's approved version takes effect, new cases are reported and judged under it; a case
/// reported before keeps the version it was reported under.
/// </summary>
public class CasePackVersionTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>The shipped Chapmanslade YAML as version 1.2.0, with the initial assessment given to the DSL instead of SLT (roles-slt.04).</summary>
    private static string AssessmentByTheDsl()
    {
        var lines = BuiltInPacks.Text("chapmanslade").Split('\n').ToList();
        var versionLine = lines.FindIndex(l => l.StartsWith("version:", StringComparison.Ordinal));
        lines[versionLine] = "version: \"1.2.0\"";
        var roleLine = lines.FindIndex(l => l.Contains("steps: [initial-assessment], roles: [slt]", StringComparison.Ordinal));
        lines[roleLine] = lines[roleLine].Replace("roles: [slt]", "roles: [dsl]", StringComparison.Ordinal);
        return string.Join('\n', lines);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Chapmanslade_roles_slt_04_ApprovedVersionChangesWhoAssesses_NewCasesFollowIt_ACaseReportedBeforeKeepsItsVersion(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "chapmanslade", Today);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var governor = await school.StaffAsync("Gil", "Governor", StaffRole.Governor);
        var slt = await Actor(school, "Sam", StaffRole.Slt);
        var dsl = await Actor(school, "Dana", StaffRole.Dsl);
        var teacher = await Actor(school, "Tom", StaffRole.Teacher);
        var organisations = new OrganisationsWithPolicyInForce(school.Ports.Organisations, school.Ports.Versions, school.Clock);
        var cases = new CaseStore(work);
        var outbox = new NotificationOutboxStore(work);
        var audit = new AuditLogStore(work);
        var reviews = new EarlyReviewPorts(school.Ports.Versions, school.Ports.ReviewTasks);
        var shipped = BuiltInPacks.Get("chapmanslade");

        async Task<long> ReportAsync() =>
            (await ReportConcern.HandleAsync(new ReportConcern.Request(teacher, school.OrganisationId, CaseType.ParentPost, "A parent posted about a lesson", null, null, [], [], null),
                organisations, school.Ports.People, cases, outbox, audit, school.Clock, CancellationToken.None)).CaseId.ShouldNotBeNull();

        Task<TakeCaseStep.Result> AssessAsync(CaseActor actor, long caseId) =>
            TakeCaseStep.HandleAsync(new TakeCaseStep.Request(actor, caseId, CaseStep.InitialAssessment, new Dictionary<string, string>(), null, null),
                cases, school.Ports.People, organisations, outbox, audit, reviews, school.Clock, CancellationToken.None);

        Task<ViewCase.Result> ViewAsync(long caseId) =>
            ViewCase.HandleAsync(new ViewCase.Request(dsl, caseId), cases, organisations, new CasePacks(organisations, school.Ports.Versions), audit, school.Clock, CancellationToken.None);

        var reportedBefore = await ReportAsync();
        var draft = (await school.DraftAsync(head)).Draft.ShouldNotBeNull();
        (await school.UploadAsync(draft.Id, head, AssessmentByTheDsl())).Errors.ShouldBeEmpty();
        (await school.ApproveAsync(draft.Id, governor, Today.AddDays(1), Today)).Errors.ShouldBeEmpty();
        school.Clock.SetToday(Today.AddDays(1));
        var reportedAfter = await ReportAsync();

        (await cases.GetAsync(reportedBefore, CancellationToken.None)).ShouldNotBeNull().Case.PackVersion.ShouldBe(shipped.Version);
        (await cases.GetAsync(reportedAfter, CancellationToken.None)).ShouldNotBeNull().Case.PackVersion.ShouldBe("1.2.0");

        // The case reported under 1.2.0 follows its rule: the DSL assesses, SLT may not.
        (await AssessAsync(slt, reportedAfter)).Refusal.ShouldBe("Only dsl may take 'initial-assessment' on this case (chapmanslade.roles-slt.04).");
        var assessedAfter = await AssessAsync(dsl, reportedAfter);
        assessedAfter.Succeeded.ShouldBeTrue();
        assessedAfter.Entry!.Clauses.ShouldBe(["chapmanslade.roles-slt.04"]);

        // The case in flight keeps the shipped version's rule after 1.2.0 takes effect.
        (await AssessAsync(dsl, reportedBefore)).Refusal.ShouldBe("Only slt may take 'initial-assessment' on this case (chapmanslade.roles-slt.04).");
        (await AssessAsync(slt, reportedBefore)).Succeeded.ShouldBeTrue();

        (await ViewAsync(reportedAfter)).Full.ShouldNotBeNull().Pack.ShouldNotBeNull().Version.ShouldBe("1.2.0");
        (await ViewAsync(reportedBefore)).Full.ShouldNotBeNull().Pack.ShouldBe(shipped);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OfAsync_AWithdrawnDraftsLabel_IsNotFound_AndTheCaseIsRefusedRatherThanJudgedUnderAnotherVersion(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "chapmanslade", Today);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var draft = (await school.DraftAsync(head)).Draft.ShouldNotBeNull();
        (await school.UploadAsync(draft.Id, head, AssessmentByTheDsl())).Errors.ShouldBeEmpty();
        await school.Ports.Versions.WithdrawAsync(draft.Id, Today, CancellationToken.None);
        var packs = new CasePacks(school.Ports.Organisations, school.Ports.Versions);
        var record = new CaseRecord
        {
            OrganisationId = school.OrganisationId,
            Type = CaseType.ParentPost,
            Summary = "A parent posted about a lesson",
            ReportedAt = new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            ReportedByUserId = 1,
            ReportedByPersonId = head,
            PackId = "chapmanslade",
            PackVersion = "1.2.0",
        };

        (await packs.OfAsync(record, CancellationToken.None)).ShouldBeNull();
        (await packs.OfAsync(record with { PackVersion = BuiltInPacks.Get("chapmanslade").Version }, CancellationToken.None)).ShouldBe(BuiltInPacks.Get("chapmanslade"));
    }

    private static async Task<CaseActor> Actor(GovernanceTestSchool school, string name, StaffRole role)
    {
        var id = await school.StaffAsync(name, "Staff", role);
        return new CaseActor(id + 1000, id, name + " Staff", school.OrganisationId, [role]);
    }
}
