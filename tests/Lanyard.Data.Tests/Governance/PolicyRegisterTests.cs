using Lanyard.Core.Governance;
using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Data.Tests.Governance;

/// <summary>The policy register on both providers: drafting, uploading, approval by the body the pack names, the version in force on a day.</summary>
public class PolicyRegisterTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InForce_BeforeAnyVersion_IsTheShippedPack_ThenTheApprovedVersionFromItsEffectiveDate(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "testbourne", Today);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var governor = await school.StaffAsync("Gil", "Governor", StaffRole.Governor);

        var before = await PolicyVersions.InForceAsync(school.OrganisationId, Today, school.Ports.Organisations, school.Ports.Versions, CancellationToken.None);
        var version = await school.NewVersionAsync(head, governor, "1.2.0", "testbourne.5d.01", Today.AddDays(10));
        var stillOld = await PolicyVersions.InForceAsync(school.OrganisationId, Today.AddDays(9), school.Ports.Organisations, school.Ports.Versions, CancellationToken.None);
        var after = await PolicyVersions.InForceAsync(school.OrganisationId, Today.AddDays(10), school.Ports.Organisations, school.Ports.Versions, CancellationToken.None);

        before.ShouldNotBeNull().Version.ShouldBeNull();
        before.VersionLabel.ShouldBe("1.1.0");
        stillOld.ShouldNotBeNull().VersionLabel.ShouldBe("1.1.0");
        after.ShouldNotBeNull().VersionId.ShouldBe(version.Id);
        after.Pack.Version.ShouldBe("1.2.0");
        after.Pack.FindClause("testbourne.5d.01")!.Summary.ShouldBe("Reworded in review 1.2.0");
        version.ApprovingBody.ShouldBe("Full Governing Body");
        version.ApprovedOn.ShouldBe(Today);
        version.Approvers.ShouldBe([new PolicyApprover(governor, "Gil Governor", StaffRole.Governor, Today)]);
        var stored = await school.Ports.Versions.ListAsync(school.OrganisationId, CancellationToken.None);
        var row = stored.Single();
        (row.Id, row.Version, row.Status, row.ApprovedOn, row.EffectiveFrom, row.ApprovingBody, row.DraftedFromVersion).ShouldBe((version.Id, "1.2.0", PolicyVersionState.Approved, Today, Today.AddDays(10), "Full Governing Body", "1.1.0"));
        row.Approvers.ShouldBe(version.Approvers);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StateMachine_IllegalSteps_AreRefusedNamingTheAllowedSteps_AndOldVersionsStayReadable(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "testbourne", Today);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var governor = await school.StaffAsync("Gil", "Governor", StaffRole.Governor);
        var v2 = await school.NewVersionAsync(head, governor, "1.2.0", "testbourne.5d.01", Today);

        var approveAgain = await school.ApproveAsync(v2.Id, governor, Today, Today);
        var editApproved = await school.UploadAsync(v2.Id, head, school.NewVersionYaml("1.2.1", "testbourne.5d.01", "x"));
        var withdrawInForce = await WithdrawPolicyDraft.HandleAsync(new WithdrawPolicyDraft.Request(v2.Id, head), school.Ports, school.Clock, CancellationToken.None);
        var draft = (await school.DraftAsync(head)).Draft.ShouldNotBeNull();
        var secondDraft = await school.DraftAsync(head);
        var withdrawn = await WithdrawPolicyDraft.HandleAsync(new WithdrawPolicyDraft.Request(draft.Id, head), school.Ports, school.Clock, CancellationToken.None);
        var approveWithdrawn = await school.ApproveAsync(draft.Id, governor, Today, Today);

        approveAgain.Errors["version"].ShouldBe("'approve' is not allowed while the version is in-force. Allowed now: supersede.");
        editApproved.Errors["version"].ShouldStartWith("'edit-draft' is not allowed while the version is in-force.");
        withdrawInForce.Errors["version"].ShouldStartWith("'withdraw' is not allowed while the version is in-force.");
        draft.Version.ShouldBe("1.2.0", "a new draft starts from the latest approved version");
        draft.DraftedFromId.ShouldBe(v2.Id);
        secondDraft.Errors["draft"].ShouldContain("already open");
        withdrawn.Errors.ShouldBeEmpty();
        approveWithdrawn.Errors["version"].ShouldBe("'approve' is not allowed while the version is withdrawn. Allowed now: nothing (the workflow has ended).");
        var all = await school.Ports.Versions.ListAsync(school.OrganisationId, CancellationToken.None);
        all.Select(v => PolicyVersionWorkflow.StateOn(v, all, Today)).ShouldBe([PolicyVersionState.InForce, PolicyVersionState.Withdrawn]);
        PolicyVersions.Load(all[0]).Version.ShouldBe("1.2.0");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upload_InvalidYaml_RefusedWithLineAndColumn_OtherPackRefused_NothingStored(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "testbourne", Today);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var draft = (await school.DraftAsync(head)).Draft.ShouldNotBeNull();

        var broken = await school.UploadAsync(draft.Id, head, school.NewVersionYaml("1.2.0", "testbourne.5d.01", "x").Replace("kind: read-and-sign", "kind: sign-in-blood", StringComparison.Ordinal));
        var otherPack = await school.UploadAsync(draft.Id, head, Core.Policies.Loading.BuiltInPacks.Text("chapmanslade"));

        broken.Diagnostics.ShouldNotBeEmpty();
        broken.Diagnostics[0].Source.ShouldBe("testbourne.yaml");
        broken.Diagnostics[0].Line.ShouldBeGreaterThan(1);
        broken.Errors["yaml"].ShouldContain("testbourne.yaml:");
        otherPack.Errors["yaml"].ShouldContain("'chapmanslade'");
        (await school.Ports.Versions.GetAsync(draft.Id, CancellationToken.None))!.Yaml.ShouldBe(draft.Yaml);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_meta_05_ApprovalByATeacher_Refused_GovernorNeedsMeetingDate_EffectiveNotBeforeApproval(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "testbourne", Today);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var teacher = await school.StaffAsync("Tom", "Teacher", StaffRole.Teacher);
        var governor = await school.StaffAsync("Gil", "Governor", StaffRole.Governor);
        var draft = (await school.DraftAsync(head)).Draft.ShouldNotBeNull();
        await school.UploadAsync(draft.Id, head, school.NewVersionYaml("1.2.0", "testbourne.5d.01", "x"));

        var byTeacher = await school.ApproveAsync(draft.Id, teacher, Today, Today);
        var byHead = await school.ApproveAsync(draft.Id, head, Today, Today);
        var noMeeting = await school.ApproveAsync(draft.Id, governor, Today);
        var effectiveTooEarly = await school.ApproveAsync(draft.Id, governor, Today.AddDays(-1), Today);

        byTeacher.Errors["actor"].ShouldBe("Only a governor or the chair of governors, for the Full Governing Body may approve this policy.");
        byHead.Errors.Keys.ShouldContain("actor");
        noMeeting.Errors["meetingDate"].ShouldContain("Full Governing Body");
        effectiveTooEarly.Errors["effectiveFrom"].ShouldContain("before it is approved");
        (await school.Ports.Versions.GetAsync(draft.Id, CancellationToken.None))!.Status.ShouldBe(PolicyVersionState.Draft);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cambrian_meta_02_OnlyTheCooApproves_AGovernorIsRefused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var trust = await GovernanceTestSchool.CreateAsync(work, "cambrian", Today);
        var coo = await trust.StaffAsync("Cora", "Coo", StaffRole.Coo);
        var governor = await trust.StaffAsync("Gil", "Governor", StaffRole.ChairOfGovernors);
        var draft = (await trust.DraftAsync(coo)).Draft.ShouldNotBeNull();
        await trust.UploadAsync(draft.Id, coo, trust.NewVersionYaml("1.1", "cambrian.meta.02", "x"));

        var byGovernor = await trust.ApproveAsync(draft.Id, governor, Today, Today);
        var byCoo = await trust.ApproveAsync(draft.Id, coo, Today);

        byGovernor.Errors["actor"].ShouldBe("Only the coo may approve this policy.");
        byCoo.Errors.ShouldBeEmpty();
        byCoo.Approved.ShouldBeTrue();
        byCoo.Version!.Approvers.Single().Capacity.ShouldBe(StaffRole.Coo);
        byCoo.Version.ApprovingBody.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StMarys_meta_02_ChairAndHeadteacherBothSign_ApprovedOnlyAfterTheSecond(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "st-marys-sefton", Today);
        var chair = await school.StaffAsync("Cal", "Chair", StaffRole.ChairOfGovernors);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var draft = (await school.DraftAsync(head)).Draft.ShouldNotBeNull();
        await school.UploadAsync(draft.Id, head, school.NewVersionYaml("2.1", "st-marys-sefton.meta.03", "Reviewed every year"));

        var first = await school.ApproveAsync(draft.Id, chair, Today);
        var again = await school.ApproveAsync(draft.Id, chair, Today);
        var second = await school.ApproveAsync(draft.Id, head, Today);

        first.Errors.ShouldBeEmpty();
        first.Approved.ShouldBeFalse();
        first.AwaitingSignatures.ShouldBe([Role.Headteacher]);
        again.Errors["actor"].ShouldContain("already signed");
        second.Approved.ShouldBeTrue();
        var stored = (await school.Ports.Versions.GetAsync(draft.Id, CancellationToken.None))!;
        stored.Status.ShouldBe(PolicyVersionState.Approved);
        stored.Approvers.Select(a => a.Capacity).ShouldBe([StaffRole.ChairOfGovernors, StaffRole.Headteacher]);
    }
}
