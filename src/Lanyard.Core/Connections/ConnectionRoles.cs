using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Connections;

/// <summary>
/// Between the register's staff roles and the roles packs name. Who may grant, advise or decide a
/// hold is always read from the register, never from what a caller says about themselves.
/// </summary>
internal static class ConnectionRoles
{
    /// <summary>
    /// The register roles that may grant a connection exception (issue 4: "a DSL or head teacher"),
    /// in the order one is chosen when a person holds several and does not say which they act in.
    /// </summary>
    public static readonly StaffRole[] Grantors = [StaffRole.Headteacher, StaffRole.Dsl, StaffRole.DeputyDsl];

    /// <summary>
    /// The pack role a register role acts as. A deputy DSL acts as the DSL: the statutory guidance
    /// lets the DSL share the role with trained deputies, and no pack names deputies separately.
    /// Roles with no counterpart in a pack (teacher, comms lead) are plain staff.
    /// </summary>
    public static Role ToPolicyRole(StaffRole role) => role switch
    {
        StaffRole.Headteacher => Role.Headteacher,
        StaffRole.DeputyHead => Role.DeputyHead,
        StaffRole.Slt => Role.Slt,
        StaffRole.Dsl or StaffRole.DeputyDsl => Role.Dsl,
        StaffRole.ItManager => Role.ItManager,
        StaffRole.LineManager => Role.LineManager,
        StaffRole.HeadOfHouse => Role.HeadOfHouse,
        StaffRole.Governor => Role.Governors,
        StaffRole.ChairOfGovernors => Role.ChairOfGovernors,
        StaffRole.InvestigatingOfficer => Role.InvestigatingOfficer,
        StaffRole.Coo => Role.Coo,
        StaffRole.Contractor => Role.Contractors,
        StaffRole.Volunteer => Role.Volunteers,
        StaffRole.Agency => Role.AgencyStaff,
        _ => Role.Staff,
    };

    /// <summary>The register roles that act as a pack role; St Mary's "safeguarding lead" is the DSL.</summary>
    public static IReadOnlyList<StaffRole> HoldersOf(Role role) =>
        role == Role.SafeguardingLead
            ? [StaffRole.Dsl, StaffRole.DeputyDsl]
            : [.. Enum.GetValues<StaffRole>().Where(r => ToPolicyRole(r) == role)];

    /// <summary>Whether the person holds a register role that acts as <paramref name="role"/>.</summary>
    public static bool ActsAs(Person person, Role role) => person.Roles.Any(HoldersOf(role).Contains);

    /// <summary>The register role of <paramref name="person"/> that acts as <paramref name="role"/>, or null.</summary>
    public static StaffRole? RoleActingAs(Person person, Role role) =>
        HoldersOf(role).Where(person.Roles.Contains).Select(r => (StaffRole?)r).FirstOrDefault();

    /// <summary>
    /// The capacity the pack is asked whether it binds. Anyone employed (any role but governor,
    /// volunteer, contractor or agency, or no role at all) is staff. Someone who holds only those
    /// roles is asked about in each, and is bound if any binds them: a volunteer who is also a
    /// governor cannot escape a pack that binds governors by being asked about as a volunteer.
    /// </summary>
    public static Role ForBinding(Person staff, PolicyPack pack)
    {
        var capacities = staff.Roles.Select(ToPolicyRole).Distinct().ToList();
        if (capacities.Count == 0 || capacities.Any(c => !IsNonEmployee(c)))
        {
            return Role.Staff;
        }

        return capacities.FirstOrDefault(c => CheckConnection.IsBound(pack, c), capacities[0]);
    }

    private static bool IsNonEmployee(Role role) =>
        role is Role.Governors or Role.ChairOfGovernors or Role.Volunteers or Role.Contractors or Role.AgencyStaff;
}
