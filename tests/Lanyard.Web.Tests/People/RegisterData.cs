namespace Lanyard.Web.Tests.People;

/// <summary>Ids of demo people and schools, read from the app's database, for the register page tests.</summary>
internal static class RegisterData
{
    public const string Chapmanslade = "Chapmanslade School";
    public const string Testbourne = "Testbourne Community School";
    public const string StMarys = "St Mary's Catholic Primary School";
    public const string Heathcoat = "Heathcoat Primary School";

    public static async Task<long> SchoolIdAsync(LanyardWebFactory factory, string school) =>
        await factory.ScalarAsync<long>("SELECT id FROM organisations WHERE name = @School", new { School = school });

    /// <summary>The id of the demo person with that name at that school (a pupil, a parent or a member of staff).</summary>
    public static async Task<long> PersonIdAsync(LanyardWebFactory factory, string school, string given, string family, string kind) =>
        await factory.ScalarAsync<long>(
            "SELECT p.id FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE o.name = @School AND p.given_name = @Given AND p.family_name = @Family AND p.kind = @Kind",
            new { School = school, Given = given, Family = family, Kind = kind });

    /// <summary>The id of the member of staff who signs in with a demo email.</summary>
    public static async Task<long> StaffIdAsync(LanyardWebFactory factory, string email) =>
        await factory.ScalarAsync<long>("SELECT id FROM people WHERE email = @Email AND kind = 'staff'", new { Email = email });

    public static async Task<long> PupilCountAsync(LanyardWebFactory factory, string school) =>
        await factory.ScalarAsync<long>(
            "SELECT COUNT(*) FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE o.name = @School AND p.kind = 'pupil'", new { School = school });
}
