using System.Collections.Frozen;
using Lanyard.Core.People;

namespace Lanyard.Core.Users;

/// <summary>
/// The one place that says which roles open which part of the app. The web app registers each name
/// here as an authorisation policy and attaches it to folders of pages; hiding a link is never the
/// control. Every policy also requires a signed-in member of staff.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Any signed-in member of staff, whatever their roles (the default for every page).</summary>
    public const string Staff = "Staff";

    /// <summary>Safeguarding concerns and cases: DSL, deputy DSL and head teacher.</summary>
    public const string Safeguarding = "Safeguarding";

    /// <summary>Leadership decisions: head teacher, deputy head and SLT.</summary>
    public const string Leadership = "Leadership";

    /// <summary>The registers (organisations, people and roster, consent, official accounts): head teacher, SLT and IT manager.</summary>
    public const string RegisterAdmin = "RegisterAdmin";

    /// <summary>Governance (policy review and sign-off): head teacher, governors and the chair of governors.</summary>
    public const string Governance = "Governance";

    private static readonly FrozenDictionary<string, StaffRole[]> RolesByPolicy = new Dictionary<string, StaffRole[]>(StringComparer.Ordinal)
    {
        [Staff] = [],
        [Safeguarding] = [StaffRole.Headteacher, StaffRole.Dsl, StaffRole.DeputyDsl],
        [Leadership] = [StaffRole.Headteacher, StaffRole.DeputyHead, StaffRole.Slt],
        [RegisterAdmin] = [StaffRole.Headteacher, StaffRole.Slt, StaffRole.ItManager],
        [Governance] = [StaffRole.Headteacher, StaffRole.Governor, StaffRole.ChairOfGovernors],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every policy name.</summary>
    public static IReadOnlyList<string> Names { get; } = [Staff, Safeguarding, Leadership, RegisterAdmin, Governance];

    /// <summary>
    /// The roles, any one of which satisfies <paramref name="policy"/>. Empty for <see cref="Staff"/>,
    /// which asks for no role: a member of staff with none (a new teaching assistant) still signs in.
    /// </summary>
    /// <exception cref="ArgumentException">No policy has that name.</exception>
    public static IReadOnlyList<StaffRole> RolesFor(string policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return RolesByPolicy.TryGetValue(policy, out var roles)
            ? roles
            : throw new ArgumentException($"No access policy is called '{policy}'; policies: {string.Join(", ", Names)}.", nameof(policy));
    }

    /// <summary>Whether a member of staff holding <paramref name="roles"/> satisfies <paramref name="policy"/>.</summary>
    public static bool Allows(string policy, IEnumerable<StaffRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var required = RolesFor(policy);
        return required.Count == 0 || roles.Any(required.Contains);
    }
}
