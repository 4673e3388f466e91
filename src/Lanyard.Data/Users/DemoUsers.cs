using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Users;

namespace Lanyard.Data.Users;

/// <summary>
/// Demo sign-ins: for each of the five demo schools one member of staff in every role, signing in
/// as <c>{role}@{school}.demo</c> with <see cref="Password"/>. Seeded only when there are no sign-ins at all and only when asked
/// (<c>./lanyard.sh serve</c> asks); the README lists them.
/// </summary>
/// <remarks>
/// The staff go into the people register through <see cref="IPeopleRegister"/>, and their
/// sign-ins through <see cref="CreateUserAccount"/> and <see cref="IUserStore"/>, as real ones do.
/// </remarks>
public static class DemoUsers
{
    /// <summary>Every demo sign-in's password. Documented in the README; never use it for real data.</summary>
    public const string Password = "lanyard-demo";

    /// <summary>The demo organisations that get staff, by register name, with their email domain.</summary>
    public static IReadOnlyList<(string Organisation, string Domain)> Schools { get; } =
    [
        ("Chapmanslade School", "chapmanslade.demo"),
        ("Testbourne Community School", "testbourne.demo"),
        ("Cambrian Valley Academy", "cambrian.demo"),
        ("St Mary's Catholic Primary School", "stmarys.demo"),
        ("Heathcoat Primary School", "heathcoat.demo"),
    ];

    /// <summary>The part of a demo login before the @, for each role.</summary>
    public static IReadOnlyDictionary<StaffRole, string> LocalParts { get; } = new Dictionary<StaffRole, string>
    {
        [StaffRole.Headteacher] = "head",
        [StaffRole.DeputyHead] = "deputy",
        [StaffRole.Slt] = "slt",
        [StaffRole.Dsl] = "dsl",
        [StaffRole.DeputyDsl] = "deputy-dsl",
        [StaffRole.ItManager] = "it",
        [StaffRole.LineManager] = "line-manager",
        [StaffRole.HeadOfHouse] = "head-of-house",
        [StaffRole.Governor] = "governor",
        [StaffRole.ChairOfGovernors] = "chair",
        [StaffRole.InvestigatingOfficer] = "investigator",
        [StaffRole.Coo] = "coo",
        [StaffRole.Contractor] = "contractor",
        [StaffRole.Volunteer] = "volunteer",
        [StaffRole.Agency] = "agency",
        [StaffRole.CommsLead] = "comms",
        [StaffRole.Teacher] = "teacher",
    };

    private static readonly string[] GivenNames =
    [
        "Helen", "David", "Priya", "Sarah", "Tom", "Gareth", "Fiona", "Marcus", "Margaret",
        "Richard", "Joanne", "Ian", "Kevin", "Ruth", "Aisha", "Chloe", "James",
    ];

    private static readonly string[] FamilyNames =
    [
        "Ashworth", "Bennett", "Chaudhry", "Davies", "Evans", "Fletcher", "Gallagher", "Hughes", "Iqbal",
        "Jenkins", "Kowalski", "Lloyd", "Morgan", "Nowak", "O'Connor", "Patel", "Quinn",
    ];

    /// <summary>The demo login for a role at a school's domain, e.g. <c>head@chapmanslade.demo</c>.</summary>
    public static string Email(StaffRole role, string domain) => $"{LocalParts[role]}@{domain}";

    /// <summary>
    /// Seeds the demo staff and their sign-ins if there are no sign-ins yet, for each demo
    /// organisation present in the register; returns how many sign-ins were added.
    /// </summary>
    public static async Task<int> SeedAsync(IOrganisationRegister organisations, IPeopleRegister people, IUserStore users, IPasswordHasher hasher, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(clock);
        if (await users.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        var registered = (await organisations.ListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);
        var sharedHash = new OneHashPerPassword(hasher);
        var added = 0;
        for (var school = 0; school < Schools.Count; school++)
        {
            var (name, domain) = Schools[school];
            if (!registered.TryGetValue(name, out var organisation))
            {
                continue;
            }

            for (var i = 0; i < StaffRoleNames.All.Count; i++)
            {
                var role = StaffRoleNames.All[i];
                var email = Email(role, domain);
                var personId = await people.AddAsync(
                    new Person
                    {
                        OrganisationId = organisation.Id,
                        Kind = PersonKind.Staff,
                        GivenName = GivenNames[i],
                        FamilyName = FamilyNames[(i + (7 * school)) % FamilyNames.Length],
                        Email = email,
                        Roles = [role],
                    },
                    cancellationToken).ConfigureAwait(false);
                var result = await CreateUserAccount.HandleAsync(new CreateUserAccount.Request(personId, email, Password), users, sharedHash, clock, cancellationToken).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Demo sign-in {email} was refused: {string.Join(" ", result.Errors.Values)}");
                }

                added++;
            }
        }

        return added;
    }

    /// <summary>
    /// Every demo account has the same documented password, and hashing is deliberately slow (PBKDF2),
    /// so the demo hashes it once and gives every account that hash. Real accounts never share this.
    /// </summary>
    private sealed class OneHashPerPassword(IPasswordHasher inner) : IPasswordHasher
    {
        private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

        public string Hash(string password)
        {
            if (!_hashes.TryGetValue(password, out var hash))
            {
                hash = inner.Hash(password);
                _hashes[password] = hash;
            }

            return hash;
        }

        public PasswordCheck Verify(string hash, string password) => inner.Verify(hash, password);
    }
}
