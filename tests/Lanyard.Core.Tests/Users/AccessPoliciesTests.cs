using Lanyard.Core.People;
using Lanyard.Core.Users;

namespace Lanyard.Core.Tests.Users;

public class AccessPoliciesTests
{
    // The whole table: every policy and exactly the roles that open it (issue 4's roles, least privilege).
    public static TheoryData<string, StaffRole[]> Table => new()
    {
        { AccessPolicies.Safeguarding, [StaffRole.Headteacher, StaffRole.Dsl, StaffRole.DeputyDsl] },
        { AccessPolicies.Leadership, [StaffRole.Headteacher, StaffRole.DeputyHead, StaffRole.Slt] },
        { AccessPolicies.RegisterAdmin, [StaffRole.Headteacher, StaffRole.Slt, StaffRole.ItManager] },
        { AccessPolicies.Governance, [StaffRole.Headteacher, StaffRole.Governor, StaffRole.ChairOfGovernors] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Policy_IsOpenedByExactlyItsRoles(string policy, StaffRole[] roles)
    {
        AccessPolicies.RolesFor(policy).ShouldBe(roles, ignoreOrder: true);
        foreach (var role in StaffRoleNames.All)
        {
            AccessPolicies.Allows(policy, [role]).ShouldBe(roles.Contains(role), $"{policy} and {role}");
        }

        AccessPolicies.Allows(policy, []).ShouldBeFalse();
    }

    [Fact]
    public void Staff_NeedsNoRole()
    {
        AccessPolicies.RolesFor(AccessPolicies.Staff).ShouldBeEmpty();
        AccessPolicies.Allows(AccessPolicies.Staff, []).ShouldBeTrue();
        AccessPolicies.Allows(AccessPolicies.Staff, [StaffRole.Volunteer]).ShouldBeTrue();
    }

    [Fact]
    public void Names_ListsEveryPolicyInTheTable()
    {
        AccessPolicies.Names.ShouldBe([AccessPolicies.Staff, .. Table.Select(row => (string)row[0])], ignoreOrder: true);
    }

    [Fact]
    public void UnknownPolicy_IsAnErrorNotASilentRefusal()
    {
        Should.Throw<ArgumentException>(() => AccessPolicies.RolesFor("Admins")).Message.ShouldStartWith("No access policy is called 'Admins'");
    }
}
