using Lanyard.Core.People;
using Lanyard.Core.Users;

namespace Lanyard.Core.Tests.Users;

public class StaffRoleNamesTests
{
    // The values staff_roles.role holds (issue 4's roles), in the order StaffRole declares them.
    private static readonly string[] StoredNames =
    [
        "headteacher", "deputy-head", "slt", "dsl", "deputy-dsl", "it-manager", "line-manager", "head-of-house",
        "governor", "chair-of-governors", "investigating-officer", "coo", "contractor", "volunteer", "agency",
        "comms-lead", "teacher",
    ];

    [Fact]
    public void Name_IsTheStoredKebabSpelling_ForEveryRole()
    {
        StaffRoleNames.All.Select(StaffRoleNames.Name).ShouldBe(StoredNames);
    }

    [Fact]
    public void TryParse_ReadsEveryStoredName()
    {
        foreach (var role in StaffRoleNames.All)
        {
            StaffRoleNames.TryParse(StaffRoleNames.Name(role), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(role);
        }
    }

    [Theory]
    [InlineData("bursar")]
    [InlineData("Headteacher")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownName_IsNoRole(string? name)
    {
        StaffRoleNames.TryParse(name, out var role).ShouldBeFalse();
        role.ShouldBeNull();
    }

    [Fact]
    public void DisplayName_ExistsForEveryRole()
    {
        StaffRoleNames.All.Select(StaffRoleNames.DisplayName).ShouldAllBe(name => name.Length > 0);
        StaffRoleNames.DisplayName(StaffRole.DeputyDsl).ShouldBe("Deputy DSL");
    }
}
