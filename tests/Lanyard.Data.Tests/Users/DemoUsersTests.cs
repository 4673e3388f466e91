using Lanyard.Core.Users;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;
using Lanyard.Data.Users;

namespace Lanyard.Data.Tests.Users;

public class DemoUsersTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_GivesEveryDemoSchoolStaffInEveryRole_Once(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var register = new OrganisationStore(work);
        var store = new UserStore(work);
        var hasher = new CountingHasher();
        await DemoData.SeedAsync(register, CancellationToken.None);

        var first = await DemoUsers.SeedAsync(register, new PeopleStore(work), store, hasher, TimeProvider.System, CancellationToken.None);
        var second = await DemoUsers.SeedAsync(register, new PeopleStore(work), store, hasher, TimeProvider.System, CancellationToken.None);

        first.ShouldBe(DemoUsers.Schools.Count * StaffRoleNames.All.Count);
        second.ShouldBe(0);
        hasher.Hashes.ShouldBe(1, "the one demo password is hashed once");
        var organisations = (await register.ListAsync(CancellationToken.None)).ToDictionary(o => o.Name);
        foreach (var (school, domain) in DemoUsers.Schools)
        {
            foreach (var role in StaffRoleNames.All)
            {
                var found = await store.FindByEmailAsync(DemoUsers.Email(role, domain), CancellationToken.None);
                found.ShouldNotBeNull($"{role} at {school}");
                found.Account.Roles.ShouldBe([role]);
                found.Account.OrganisationId.ShouldBe(organisations[school].Id);
                hasher.Verify(found.PasswordHash, DemoUsers.Password).ShouldBe(PasswordCheck.Succeeded);
            }
        }

        (await store.FindByEmailAsync("head@chapmanslade.demo", CancellationToken.None)).ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_WithoutTheDemoOrganisations_AddsNobody(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();

        var added = await DemoUsers.SeedAsync(new OrganisationStore(work), new PeopleStore(work), new UserStore(work), new CountingHasher(), TimeProvider.System, CancellationToken.None);

        added.ShouldBe(0);
    }

    private sealed class CountingHasher : IPasswordHasher
    {
        public int Hashes { get; private set; }

        public string Hash(string password)
        {
            Hashes++;
            return $"salted-{Hashes}:{password}";
        }

        public PasswordCheck Verify(string hash, string password) =>
            hash.EndsWith(":" + password, StringComparison.Ordinal) ? PasswordCheck.Succeeded : PasswordCheck.Failed;
    }
}
