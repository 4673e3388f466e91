using Lanyard.Core.People;
using Lanyard.Web.Checking;

namespace Lanyard.Web.Tests.Checking;

/// <summary>The capacity a user checks a post in unless they choose another.</summary>
public class DraftAuthorRolesTests
{
    public static TheoryData<StaffRole[], bool> Defaults => new()
    {
        { [StaffRole.Teacher], false },
        { [], false },
        { [StaffRole.Governor], true },
        { [StaffRole.ChairOfGovernors, StaffRole.Governor], true },
        { [StaffRole.Headteacher, StaffRole.Governor], false },
        { [StaffRole.Volunteer], false },
    };

    [Theory]
    [MemberData(nameof(Defaults))]
    public void DefaultFor_OnlyGovernorRoles_IsGovernor_AnythingElseIsStaff(StaffRole[] roles, bool governor)
    {
        DraftAuthorRoles.DefaultFor(roles).ShouldBe(governor ? DraftAuthorRole.Governors : DraftAuthorRole.Staff);
    }
}
