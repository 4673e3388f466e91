using System.Data.Common;
using Lanyard.Core.People;
using Lanyard.Core.Users;
using Lanyard.Data.Users;

namespace Lanyard.Data.Tests.Users;

/// <summary>The sign-in store against real SQLite and PostgreSQL databases.</summary>
public class UserStoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 3, 8, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Add_ThenFindByEmail_ReadsNameOrganisationRolesAndHash(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await StaffFixture.SchoolAsync(work);
        var person = await StaffFixture.PersonAsync(work, school, given: "Thomas", preferred: "Tom", family: "Evans", roles: ["dsl", "teacher"]);
        var store = new UserStore(work);

        var added = await store.AddAsync(StaffFixture.Account(person, "tom.evans@school.example"), CancellationToken.None);
        var found = await store.FindByEmailAsync("tom.evans@school.example", CancellationToken.None);

        found.ShouldNotBeNull();
        found.PasswordHash.ShouldBe("hash-of-a-password");
        var account = found.Account;
        account.Id.ShouldBe(added.Id);
        account.PersonId.ShouldBe(person);
        account.DisplayName.ShouldBe("Tom Evans", "the preferred name is used when there is one");
        account.OrganisationId.ShouldBe(school);
        account.Roles.ShouldBe([StaffRole.Dsl, StaffRole.Teacher]);
        account.FailedSignIns.ShouldBe(0);
        account.LockedUntil.ShouldBeNull();
        (await store.FindAsync(added.Id, CancellationToken.None))!.Email.ShouldBe("tom.evans@school.example");
        (await store.FindByPersonAsync(person, CancellationToken.None))!.Id.ShouldBe(added.Id);
        (await store.AnyAsync(CancellationToken.None)).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EmptyStore_FindsNothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var store = new UserStore(work);

        (await store.FindByEmailAsync("nobody@school.example", CancellationToken.None)).ShouldBeNull();
        (await store.FindAsync(1, CancellationToken.None)).ShouldBeNull();
        (await store.AnyAsync(CancellationToken.None)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Add_ForAPupilOrParent_IsRefused_AndWritesNothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await StaffFixture.SchoolAsync(work);
        var pupil = await StaffFixture.PersonAsync(work, school, kind: "pupil");
        var parent = await StaffFixture.PersonAsync(work, school, kind: "parent");
        var store = new UserStore(work);

        await Should.ThrowAsync<InvalidOperationException>(() => store.AddAsync(StaffFixture.Account(pupil, "pupil@school.example"), CancellationToken.None));
        await Should.ThrowAsync<InvalidOperationException>(() => store.AddAsync(StaffFixture.Account(parent, "parent@home.example"), CancellationToken.None));
        await Should.ThrowAsync<InvalidOperationException>(() => store.AddAsync(StaffFixture.Account(999_999, "ghost@school.example"), CancellationToken.None));

        (await store.AnyAsync(CancellationToken.None)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Database_RefusesASecondAccountWithTheSameEmailInAnyCase(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await StaffFixture.SchoolAsync(work);
        var first = await StaffFixture.PersonAsync(work, school);
        var second = await StaffFixture.PersonAsync(work, school, given: "Other");
        await new UserStore(work).AddAsync(StaffFixture.Account(first, "head@school.example"), CancellationToken.None);

        // Past the use case and the normalisation: the unique index itself is on lower(email).
        var ex = await Should.ThrowAsync<DbException>(() => work.ExecuteAsync(
            "INSERT INTO users (person_id, email, password_hash, created_at) VALUES (@Person, 'HEAD@School.Example', 'x', @Now)",
            new { Person = second, Now },
            CancellationToken.None));

        ex.Message.ShouldContain("unique", Case.Insensitive);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Database_RefusesASecondAccountForTheSamePerson(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await StaffFixture.SchoolAsync(work);
        var person = await StaffFixture.PersonAsync(work, school);
        var store = new UserStore(work);
        await store.AddAsync(StaffFixture.Account(person, "head@school.example"), CancellationToken.None);

        await Should.ThrowAsync<DbException>(() => store.AddAsync(StaffFixture.Account(person, "head2@school.example"), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordFailedSignIn_CountsUpToTheLimit_ThenLocksAndStartsAgain(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await StaffFixture.SchoolAsync(work);
        var store = new UserStore(work);
        var account = await store.AddAsync(StaffFixture.Account(await StaffFixture.PersonAsync(work, school), "head@school.example"), CancellationToken.None);
        var until = Now.AddMinutes(15);

        var states = new List<LockoutState>();
        for (var i = 0; i < 3; i++)
        {
            states.Add(await store.RecordFailedSignInAsync(account.Id, 3, until, CancellationToken.None));
        }

        states.ShouldBe([new LockoutState(1, null), new LockoutState(2, null), new LockoutState(0, until)]);
        var stored = (await store.FindAsync(account.Id, CancellationToken.None))!;
        stored.LockedUntil.ShouldBe(until);
        stored.LockedUntil!.Value.Offset.ShouldBe(TimeSpan.Zero);
        stored.IsLockedAt(Now).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordSignIn_ClearsFailuresAndLockout_AndReplacesTheHashOnlyWhenGiven(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await StaffFixture.SchoolAsync(work);
        var store = new UserStore(work);
        var account = await store.AddAsync(StaffFixture.Account(await StaffFixture.PersonAsync(work, school), "head@school.example", "old-hash"), CancellationToken.None);
        await store.RecordFailedSignInAsync(account.Id, 1, Now.AddMinutes(15), CancellationToken.None);
        await store.RecordFailedSignInAsync(account.Id, 5, Now.AddMinutes(15), CancellationToken.None);

        await store.RecordSignInAsync(account.Id, Now.AddMinutes(20), null, CancellationToken.None);
        var kept = (await store.FindByEmailAsync("head@school.example", CancellationToken.None))!;
        await store.RecordSignInAsync(account.Id, Now.AddMinutes(21), "new-hash", CancellationToken.None);
        var replaced = (await store.FindByEmailAsync("head@school.example", CancellationToken.None))!;

        kept.PasswordHash.ShouldBe("old-hash");
        kept.Account.FailedSignIns.ShouldBe(0);
        kept.Account.LockedUntil.ShouldBeNull();
        replaced.PasswordHash.ShouldBe("new-hash");
        (await work.ExecuteScalarAsync<DateTimeOffset>("SELECT last_sign_in_at FROM users", null, CancellationToken.None)).ShouldBe(Now.AddMinutes(21));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RemovingThePerson_RemovesTheirSignIn(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await StaffFixture.SchoolAsync(work);
        var person = await StaffFixture.PersonAsync(work, school);
        var store = new UserStore(work);
        var account = await store.AddAsync(StaffFixture.Account(person, "leaver@school.example"), CancellationToken.None);

        await work.ExecuteAsync("DELETE FROM people WHERE id = @Id", new { Id = person }, CancellationToken.None);

        (await store.FindAsync(account.Id, CancellationToken.None)).ShouldBeNull();
        (await store.FindByEmailAsync("leaver@school.example", CancellationToken.None)).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RoleThisVersionDoesNotKnow_GrantsNothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await StaffFixture.SchoolAsync(work);
        var person = await StaffFixture.PersonAsync(work, school, roles: ["bursar", "teacher"]);

        var account = await new UserStore(work).AddAsync(StaffFixture.Account(person, "bursar@school.example"), CancellationToken.None);

        account.Roles.ShouldBe([StaffRole.Teacher]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AccountWhosePersonIsNoLongerStaff_CannotBeFound(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await StaffFixture.SchoolAsync(work);
        var person = await StaffFixture.PersonAsync(work, school);
        var store = new UserStore(work);
        await store.AddAsync(StaffFixture.Account(person, "head@school.example"), CancellationToken.None);

        await work.ExecuteAsync("UPDATE people SET kind = 'parent' WHERE id = @Id", new { Id = person }, CancellationToken.None);

        (await store.FindByEmailAsync("head@school.example", CancellationToken.None)).ShouldBeNull();
    }
}
