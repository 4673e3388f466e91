using Lanyard.Core.Connections;
using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Casework;

/// <summary>
/// The pack roles a member of staff acts in for casework, read from their register roles. Beyond
/// the one-to-one map of <see cref="ConnectionRoles.ToPolicyRole"/>, the head teacher, deputy head
/// and SLT members are all "senior leadership", "senior staff" and "senior managers" (packs use
/// those words for the same people), and a DSL or deputy DSL is St Mary's "safeguarding lead".
/// </summary>
public static class CaseRoles
{
    private static readonly Role[] Leadership = [Role.Slt, Role.LeadershipTeam, Role.SeniorStaff, Role.SeniorManager];

    /// <summary>Every pack role someone with these register roles acts in (always including plain staff).</summary>
    public static IReadOnlySet<Role> PolicyRolesOf(IEnumerable<StaffRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var result = new HashSet<Role> { Role.Staff, Role.Everyone };
        foreach (var role in roles)
        {
            var mapped = ConnectionRoles.ToPolicyRole(role);
            result.Add(mapped);
            if (role is StaffRole.Headteacher or StaffRole.DeputyHead or StaffRole.Slt)
            {
                result.UnionWith(Leadership);
            }

            if (mapped == Role.Dsl)
            {
                result.Add(Role.SafeguardingLead);
            }
        }

        return result;
    }

    /// <summary>Whether someone with these register roles acts as <paramref name="role"/>.</summary>
    public static bool Holds(IEnumerable<StaffRole> roles, Role role) => PolicyRolesOf(roles).Contains(role);

    /// <summary>
    /// How senior a member of staff is, lower first, for "the most senior member of staff present"
    /// (Heathcoat staff.20): head teacher, deputy head, SLT, DSL, deputy DSL, head of house, line
    /// manager, then any other employee. Governors, volunteers, contractors and agency staff are not
    /// "staff in school" for this purpose and have no rank (null).
    /// </summary>
    public static int? Seniority(IEnumerable<StaffRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var list = roles.ToList();
        StaffRole[] order = [StaffRole.Headteacher, StaffRole.DeputyHead, StaffRole.Slt, StaffRole.Dsl, StaffRole.DeputyDsl, StaffRole.HeadOfHouse, StaffRole.LineManager];
        for (var i = 0; i < order.Length; i++)
        {
            if (list.Contains(order[i]))
            {
                return i;
            }
        }

        return list.Count == 0 || list.Any(r => r is StaffRole.Teacher or StaffRole.ItManager or StaffRole.CommsLead or StaffRole.InvestigatingOfficer or StaffRole.Coo)
            ? order.Length
            : null;
    }
}
