using Lanyard.Core.People;
using Lanyard.Core.Users;
using Lanyard.Data;
using Lanyard.Data.Consent;
using Lanyard.Data.Migrations;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;
using Lanyard.Data.Users;

namespace Lanyard.Cli.Tests.Cases;

/// <summary>
/// The demo schools, staff sign-ins ({role}@{school}.demo) and pupils with parents, seeded into a
/// database as <c>./lanyard.sh serve</c> seeds them, so the cases commands run against real accounts.
/// </summary>
internal static class DemoSchools
{
    public static async Task SeedAsync(IDatabase database)
    {
        await DatabaseMigrator.MigrateAsync(database, TimeProvider.System, CancellationToken.None);
        await using var work = new UnitOfWork(database);
        var organisations = new OrganisationStore(work);
        var people = new PeopleStore(work);
        await DemoData.SeedAsync(organisations, CancellationToken.None);
        await DemoUsers.SeedAsync(organisations, people, new UserStore(work), new PlainHasher(), TimeProvider.System, CancellationToken.None);
        var now = TimeProvider.System.GetUtcNow();
        await DemoRoster.SeedAsync(organisations, people, new ConsentStore(work), DateOnly.FromDateTime(now.UtcDateTime), now, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }

    /// <summary>The first person of a kind at the named school.</summary>
    public static async Task<Person> FirstAsync(IDatabase database, string school, PersonKind kind)
    {
        await using var work = new UnitOfWork(database);
        var organisation = (await new OrganisationStore(work).ListAsync(CancellationToken.None)).Single(o => o.Name == school);
        return (await new PeopleStore(work).ListAsync(organisation.Id, kind, CancellationToken.None)).OrderBy(p => p.Id).First();
    }

    /// <summary>The CLI never checks a password (it has no sign-in), so the demo's hashes need not be real ones.</summary>
    private sealed class PlainHasher : IPasswordHasher
    {
        public string Hash(string password) => "plain:" + password;

        public PasswordCheck Verify(string hash, string password) => hash == "plain:" + password ? PasswordCheck.Succeeded : PasswordCheck.Failed;
    }
}
