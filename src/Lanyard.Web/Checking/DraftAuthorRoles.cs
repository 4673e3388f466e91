using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Web.Checking;

/// <summary>Between <see cref="DraftAuthorRole"/>, the packs' roles and the register's staff roles.</summary>
internal static class DraftAuthorRoles
{
    /// <summary>Every capacity with the words the form shows.</summary>
    public static IReadOnlyList<(DraftAuthorRole Role, string Label)> All { get; } =
    [
        (DraftAuthorRole.Staff, "Member of staff"),
        (DraftAuthorRole.Governors, "Governor"),
        (DraftAuthorRole.Volunteers, "Volunteer"),
        (DraftAuthorRole.Contractors, "Contractor"),
        (DraftAuthorRole.AgencyStaff, "Agency staff"),
    ];

    /// <summary>The role a pack names for this capacity.</summary>
    public static Role ToPolicyRole(DraftAuthorRole role) => role switch
    {
        DraftAuthorRole.Governors => Role.Governors,
        DraftAuthorRole.Volunteers => Role.Volunteers,
        DraftAuthorRole.Contractors => Role.Contractors,
        DraftAuthorRole.AgencyStaff => Role.AgencyStaff,
        _ => Role.Staff,
    };

    /// <summary>
    /// The capacity a user writes in unless they say otherwise: a governor or chair of governors who
    /// holds no other role writes as a governor; anyone else (a teacher, a head who also sits on the
    /// board, someone with no role yet) as staff.
    /// </summary>
    public static DraftAuthorRole DefaultFor(IReadOnlyCollection<StaffRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Count > 0 && roles.All(r => r is StaffRole.Governor or StaffRole.ChairOfGovernors)
            ? DraftAuthorRole.Governors
            : DraftAuthorRole.Staff;
    }
}
