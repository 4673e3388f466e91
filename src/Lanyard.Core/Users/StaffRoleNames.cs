using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Lanyard.Core.People;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Users;

/// <summary>
/// How a <see cref="StaffRole"/> is written where sign-in reads it (<c>staff_roles.role</c>, the sign-in
/// cookie's role claims: kebab case, as in packs) and shown to people ("Deputy DSL").
/// </summary>
public static class StaffRoleNames
{
    private static readonly FrozenDictionary<string, StaffRole> ByName =
        Enum.GetValues<StaffRole>().ToFrozenDictionary(r => YamlNaming.Kebab(r), StringComparer.Ordinal);

    /// <summary>Every role, in declaration order.</summary>
    public static IReadOnlyList<StaffRole> All { get; } = Enum.GetValues<StaffRole>();

    /// <summary><see cref="StaffRole.DeputyDsl"/> → <c>deputy-dsl</c>.</summary>
    public static string Name(StaffRole role) => YamlNaming.Kebab(role);

    /// <summary>The role as people say it: <see cref="StaffRole.DeputyDsl"/> → "Deputy DSL".</summary>
    public static string DisplayName(StaffRole role) => role switch
    {
        StaffRole.Headteacher => "Head teacher",
        StaffRole.DeputyHead => "Deputy head",
        StaffRole.Slt => "SLT",
        StaffRole.Dsl => "DSL",
        StaffRole.DeputyDsl => "Deputy DSL",
        StaffRole.ItManager => "IT manager",
        StaffRole.LineManager => "Line manager",
        StaffRole.HeadOfHouse => "Head of house",
        StaffRole.Governor => "Governor",
        StaffRole.ChairOfGovernors => "Chair of governors",
        StaffRole.InvestigatingOfficer => "Investigating officer",
        StaffRole.Coo => "COO",
        StaffRole.Contractor => "Contractor",
        StaffRole.Volunteer => "Volunteer",
        StaffRole.Agency => "Agency staff",
        StaffRole.CommsLead => "Comms lead",
        StaffRole.Teacher => "Teacher",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    /// <summary>
    /// Reads a stored role name, exactly as <see cref="Name"/> writes it. An unknown name (a role this
    /// version does not know) is not an error here: for sign-in it grants nothing, so the caller drops it.
    /// </summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out StaffRole? role)
    {
        if (name is not null && ByName.TryGetValue(name, out var found))
        {
            role = found;
            return true;
        }

        role = null;
        return false;
    }
}
