using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Core.Users;
using Lanyard.Data.Organisations;

namespace Lanyard.Data.Tests.Users;

/// <summary>
/// People for sign-in tests, written with plain SQL so a test can store what the people register
/// would refuse (a role this version does not know).
/// </summary>
internal static class StaffFixture
{
    public static async Task<long> SchoolAsync(UnitOfWork work, string name = "Chapmanslade School") =>
        (await new OrganisationStore(work).AddAsync(new NewOrganisation(name, OrganisationLevel.School, null, null), CancellationToken.None)).Id;

    public static async Task<long> PersonAsync(UnitOfWork work, long organisationId, string kind = "staff", string given = "Helen", string family = "Ashworth", string? preferred = null, params string[] roles)
    {
        var id = await work.InsertAsync(
            "INSERT INTO people (organisation_id, kind, given_name, preferred_name, family_name, mis_id) VALUES (@OrganisationId, @Kind, @Given, @Preferred, @Family, @MisId)",
            new { OrganisationId = organisationId, Kind = kind, Given = given, Preferred = preferred, Family = family, MisId = kind == "pupil" ? "P" + Guid.NewGuid().ToString("N")[..8] : null },
            CancellationToken.None);
        foreach (var role in roles)
        {
            await work.ExecuteAsync("INSERT INTO staff_roles (person_id, role) VALUES (@Id, @Role)", new { Id = id, Role = role }, CancellationToken.None);
        }

        return id;
    }

    public static NewUserAccount Account(long personId, string email, string hash = "hash-of-a-password") =>
        new(personId, email, hash, new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero));
}
