using Lanyard.Core.Accounts;
using Lanyard.Core.People;

namespace Lanyard.Data.Tests.Accounts;

/// <summary>Attestation: the register shows an entry due and then overdue as the days pass, and a confirmation moves the date on; on both providers.</summary>
public class AccountAttestationRegisterTests
{
    private static readonly DateOnly Due = new(2026, 12, 1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task List_AttestationDate_NotYetDue_ThenDueToday_ThenOverdue(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "testbourne", "testbourne.hants.sch.uk");
        var id = (await school.AddAsync(school.CompliantForm() with { NextAttestationOn = Due })).AccountId!.Value;

        var before = await school.ListAsync();
        school.Clock.SetToday(Due);
        var onTheDay = await school.ListAsync();
        school.Clock.SetToday(Due.AddDays(4));
        var after = await school.ListAsync();

        before.Accounts.Single().Attestation.State.ShouldBe(AttestationState.NotYetDue);
        before.AttestationsOverdue.ShouldBe(0);
        onTheDay.Accounts.Single().Attestation.State.ShouldBe(AttestationState.DueToday);
        onTheDay.AttestationsDueToday.ShouldBe(1);
        var overdue = after.Accounts.Single();
        overdue.Id.ShouldBe(id);
        overdue.Attestation.State.ShouldBe(AttestationState.Overdue);
        overdue.Attestation.DaysOverdue.ShouldBe(4);
        overdue.Attestation.Message.ShouldContain("4 days overdue");
        after.AttestationsOverdue.ShouldBe(1);
        after.Today.ShouldBe(Due.AddDays(4));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Attest_RecordsWhoAndWhen_MovesTheDate_AndTheAccountLeavesTheDueList(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "testbourne", "testbourne.hants.sch.uk");
        var it = await school.StaffAsync("Ian", "Tech", StaffRole.ItManager);
        var id = (await school.AddAsync(school.CompliantForm() with { NextAttestationOn = Due })).AccountId!.Value;
        var later = (await school.AddAsync(school.CompliantForm("@Later") with { NextAttestationOn = Due.AddYears(1) })).AccountId!.Value;
        school.Clock.SetToday(Due.AddDays(4));
        var dueBefore = await school.Accounts.ListDueForAttestationAsync(Due.AddDays(4), school.SchoolId, CancellationToken.None);

        var result = await AttestOfficialAccount.HandleAsync(
            new AttestOfficialAccount.Request(school.SchoolId, id, it, null, null, new DateOnly(2027, 12, 1), "Admins checked; Beth still runs it."),
            school.Organisations,
            school.People,
            school.Accounts,
            school.Clock,
            CancellationToken.None);

        dueBefore.Select(a => a.Id).ShouldBe([id]);
        result.Errors.ShouldBeEmpty();
        var register = await school.ListAsync();
        var item = register.Accounts.Single(a => a.Id == id);
        item.Account.NextAttestationOn.ShouldBe(new DateOnly(2027, 12, 1));
        item.Attestation.State.ShouldBe(AttestationState.NotYetDue);
        item.LastAttestation.ShouldBe(new AttestationRecord(new AccountPerson(it, "Ian Tech"), Due.AddDays(4), new DateOnly(2027, 12, 1), "Admins checked; Beth still runs it."));
        register.Accounts.Single(a => a.Id == later).LastAttestation.ShouldBeNull();
        (await school.Accounts.ListDueForAttestationAsync(Due.AddDays(4), null, CancellationToken.None)).ShouldBeEmpty();
        (await school.Accounts.ListDueForAttestationAsync(Due.AddYears(1), null, CancellationToken.None)).Select(a => a.Id).ShouldBe([later, id]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Attest_NoNextDate_OrNextDateNotAfterToday_OrSomeoneElsesAccount_Refused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await AccountsTestSchool.CreateAsync(work, "testbourne", "testbourne.hants.sch.uk");
        var other = await AccountsTestSchool.CreateAsync(work, "chapmanslade", "chapmanslade.wilts.sch.uk");
        var theirs = await other.StaffAsync("Olive", "Other", StaffRole.Teacher);
        var id = (await school.AddAsync(school.CompliantForm() with { NextAttestationOn = Due })).AccountId!.Value;

        Task<AttestOfficialAccount.Result> Attest(AttestOfficialAccount.Request request) =>
            AttestOfficialAccount.HandleAsync(request, school.Organisations, school.People, school.Accounts, school.Clock, CancellationToken.None);

        var noNext = await Attest(new(school.SchoolId, id, null, "Ian Tech", null, null));
        var notAfter = await Attest(new(school.SchoolId, id, null, "Ian Tech", AccountsTestSchool.Today, AccountsTestSchool.Today));
        var future = await Attest(new(school.SchoolId, id, null, "Ian Tech", AccountsTestSchool.Today.AddDays(1), Due.AddYears(1)));
        var stranger = await Attest(new(school.SchoolId, id, theirs, null, null, Due.AddYears(1)));
        var nobody = await Attest(new(school.SchoolId, id, null, " ", null, Due.AddYears(1)));

        noNext.Errors.Keys.ShouldBe(["NextAttestationOn"]);
        notAfter.Errors.Keys.ShouldBe(["NextAttestationOn"]);
        future.Errors.Keys.ShouldBe(["AttestedOn"]);
        stranger.Errors.Keys.ShouldBe(["AttestedByPersonId"]);
        nobody.Errors.Keys.ShouldBe(["AttestedByName"]);
        (await school.CountAsync("account_attestations")).ShouldBe(0);
        (await school.Accounts.GetAsync(id, CancellationToken.None))!.Account.NextAttestationOn.ShouldBe(Due);
    }
}
