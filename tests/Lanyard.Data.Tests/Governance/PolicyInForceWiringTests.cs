using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;

namespace Lanyard.Data.Tests.Governance;

/// <summary>
/// <see cref="OrganisationsWithPolicyInForce"/>: wherever a school's pack is looked up
/// (<see cref="SchoolInContext.FindAsync"/>), the shipped pack stays in force until an approved
/// version's effective date, and from then on the version is used, with its label.
/// </summary>
public class PolicyInForceWiringTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindAsync_ThroughTheWiredRegister_IsTheShippedPackUntilTheEffectiveDate_ThenTheApprovedVersion(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "testbourne", Today);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var governor = await school.StaffAsync("Gil", "Governor", StaffRole.Governor);
        var wired = new OrganisationsWithPolicyInForce(school.Ports.Organisations, school.Ports.Versions, school.Clock);

        var before = await SchoolInContext.FindAsync(school.OrganisationId, wired, CancellationToken.None);
        var draft = (await school.DraftAsync(head)).Draft.ShouldNotBeNull();
        var whileDraft = await SchoolInContext.FindAsync(school.OrganisationId, wired, CancellationToken.None);
        (await school.UploadAsync(draft.Id, head, school.NewVersionYaml("1.2.0", "testbourne.5d.01", "Reworded in review"))).Errors.ShouldBeEmpty();
        (await school.ApproveAsync(draft.Id, governor, Today.AddDays(3), Today)).Errors.ShouldBeEmpty();
        var approvedNotYetEffective = await SchoolInContext.FindAsync(school.OrganisationId, wired, CancellationToken.None);
        school.Clock.SetToday(Today.AddDays(3));
        var effective = await SchoolInContext.FindAsync(school.OrganisationId, wired, CancellationToken.None);
        var unwired = await SchoolInContext.FindAsync(school.OrganisationId, school.Ports.Organisations, CancellationToken.None);
        var inForce = await PolicyVersions.InForceAsync(school.OrganisationId, school.Clock.Today, wired, school.Ports.Versions, CancellationToken.None);

        before.ShouldNotBeNull().Pack.ShouldNotBeNull().Version.ShouldBe("1.1.0");
        whileDraft.ShouldNotBeNull().Pack.ShouldNotBeNull().Version.ShouldBe("1.1.0");
        approvedNotYetEffective.ShouldNotBeNull().Pack.ShouldNotBeNull().Version.ShouldBe("1.1.0");
        var pack = effective.ShouldNotBeNull().Pack.ShouldNotBeNull();
        pack.Version.ShouldBe("1.2.0");
        pack.FindClause("testbourne.5d.01")!.Summary.ShouldBe("Reworded in review");
        unwired.ShouldNotBeNull().Pack.ShouldNotBeNull().Version.ShouldBe("1.1.0", "a register without the policy register knows only the shipped pack");
        inForce.ShouldNotBeNull().VersionId.ShouldBe(draft.Id, "the register's own reading is unchanged by the wiring");
    }
}
