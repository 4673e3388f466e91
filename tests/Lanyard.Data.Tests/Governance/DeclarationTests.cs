using Lanyard.Core.Governance;
using Lanyard.Core.People;

namespace Lanyard.Data.Tests.Governance;

/// <summary>Declarations on both providers: who is bound, no proxy signing, re-acknowledging only what changed, CSV export.</summary>
public class DeclarationTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_decl_01_NewVersionTakesEffect_SignersReacknowledgeOnlyTheChangedClause_CompletionMoves(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "testbourne", Today);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var teacher = await school.StaffAsync("Tom", "Teacher", StaffRole.Teacher);
        var governor = await school.StaffAsync("Gil", "Governor", StaffRole.Governor);

        var first = await school.SignAsync(teacher);
        var afterFirst = await school.DeclarationsAsync();
        await school.NewVersionAsync(head, governor, "1.2.0", "testbourne.5d.01", Today.AddDays(7));
        var beforeEffect = await school.DeclarationsAsync();
        school.Clock.SetToday(Today.AddDays(7));
        var onEffect = await school.DeclarationsAsync();
        var again = await school.SignAsync(teacher);
        var afterAgain = await school.DeclarationsAsync();

        first.Errors.ShouldBeEmpty();
        first.Declaration!.Scope.ShouldBe(DeclarationScope.WholePolicy);
        first.Declaration.PackVersion.ShouldBe("1.1.0");
        first.Declaration.VersionId.ShouldBeNull();
        afterFirst.Entries.Count.ShouldBe(3, "head, teacher and governor are all bound at Testbourne");
        afterFirst.CompletionPercent.ShouldBe(33.3m);
        beforeEffect.CompletionPercent.ShouldBe(33.3m);
        var owed = onEffect.Entries.Single(e => e.Person.Id == teacher);
        owed.State.ShouldBe(DeclarationState.Reacknowledge);
        owed.ClausesToAcknowledge.ShouldBe(["testbourne.5d.01"]);
        owed.Changes!.ChangedClauses.Single().ClauseId.ShouldBe("testbourne.5d.01");
        onEffect.Entries.Single(e => e.Person.Id == head).State.ShouldBe(DeclarationState.Outstanding);
        onEffect.CompletionPercent.ShouldBe(0m);
        again.Errors.ShouldBeEmpty();
        again.Declaration!.Scope.ShouldBe(DeclarationScope.ChangedClauses);
        again.Declaration.Clauses.ShouldBe(["testbourne.5d.01"]);
        again.Declaration.PackVersion.ShouldBe("1.2.0");
        afterAgain.CompletionPercent.ShouldBe(33.3m);
        var stored = await school.Ports.Declarations.ListAsync(school.OrganisationId, CancellationToken.None);
        stored.Select(d => (d.PackVersion, d.Scope, d.Clauses.Count > 1)).ShouldBe([("1.1.0", DeclarationScope.WholePolicy, true), ("1.2.0", DeclarationScope.ChangedClauses, false)]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_decl_01_SigningForSomeoneElse_Refused_NoProxySigning(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "testbourne", Today);
        var head = await school.StaffAsync("Hana", "Head", StaffRole.Headteacher);
        var teacher = await school.StaffAsync("Tom", "Teacher", StaffRole.Teacher);

        var proxy = await school.SignAsync(teacher, actor: head);

        proxy.Errors["signer"].ShouldContain("only your own declaration");
        (await school.Ports.Declarations.ListAsync(school.OrganisationId, CancellationToken.None)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_decl_02_MissingDepartmentOrConfirmation_Refused_AndSigningTwiceRefused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "testbourne", Today);
        var teacher = await school.StaffAsync("Tom", "Teacher", StaffRole.Teacher);

        var noDepartment = await school.SignAsync(teacher, department: " ", confirmed: false);
        var signed = await school.SignAsync(teacher);
        var twice = await school.SignAsync(teacher);

        noDepartment.Errors["department"].ShouldBe("Give your department.");
        noDepartment.Errors["confirmed"].ShouldContain("I have read, understood and accept");
        signed.Errors.ShouldBeEmpty();
        signed.Declaration!.SignedOn.ShouldBe(Today);
        signed.Declaration.Department.ShouldBe("Science");
        twice.Errors["declaration"].ShouldContain("already signed");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cambrian_managers_02_NoDeclarationRequired_AndTheUseCaseSaysSo(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var trust = await GovernanceTestSchool.CreateAsync(work, "cambrian", Today);
        var teacher = await trust.StaffAsync("Tom", "Teacher", StaffRole.Teacher);

        var status = await trust.DeclarationsAsync();
        var sign = await trust.SignAsync(teacher);

        status.Required.ShouldBeFalse();
        status.Message.ShouldContain("cambrian.managers.02");
        status.CompletionPercent.ShouldBeNull();
        sign.Errors["declaration"].ShouldBe(status.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Chapmanslade_roles_staff_01_Acknowledgement_NeedsNoDepartment_AndCsvGuardsFormulae(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await GovernanceTestSchool.CreateAsync(work, "chapmanslade", Today);
        var staff = await school.StaffAsync("=HYPERLINK(\"x\")", "Smith, Jr", StaffRole.Teacher);
        await school.StaffAsync("Gail", "Governor", StaffRole.Governor);

        var ack = await school.SignAsync(staff, department: null);
        var csv = DeclarationCsv.Write(await school.DeclarationsAsync());

        ack.Errors.ShouldBeEmpty();
        ack.Declaration!.Kind.ShouldBe(Core.Policies.Parameters.DeclarationKind.Acknowledgement);
        var lines = csv.Split("\r\n");
        lines[0].ShouldBe("Person id,Name,Department,Status,Version in force,Last signed version,Signed on,Printed name,Clauses to acknowledge");
        csv.ShouldContain("\"'=HYPERLINK(\"\"x\"\") Smith, Jr\",Science,signed,October 2021,October 2021,2026-03-02,,");
        csv.ShouldContain("Gail Governor,Science,outstanding,October 2021,,,,whole policy");
    }
}
