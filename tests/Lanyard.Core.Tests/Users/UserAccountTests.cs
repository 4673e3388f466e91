using Lanyard.Core.People;
using Lanyard.Core.Users;

namespace Lanyard.Core.Tests.Users;

public class UserAccountTests
{
    private static UserAccount Account(string email = "head@school.example", DateTimeOffset? lockedUntil = null) =>
        new(1, 2, email, "Helen Ashworth", 3, [StaffRole.Teacher, StaffRole.Headteacher, StaffRole.Teacher], 0, lockedUntil);

    [Fact]
    public void Roles_AreDistinctInDeclarationOrder()
    {
        Account().Roles.ShouldBe([StaffRole.Headteacher, StaffRole.Teacher]);
    }

    [Theory]
    [InlineData("Head@school.example")]
    [InlineData(" head@school.example")]
    [InlineData("not an email")]
    public void Email_MustBeNormalised(string email)
    {
        Should.Throw<ArgumentException>(() => Account(email));
    }

    [Fact]
    public void IsLockedAt_IsTrueOnlyBeforeTheLockEnds()
    {
        var until = new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero);
        var account = Account(lockedUntil: until);

        account.IsLockedAt(until.AddSeconds(-1)).ShouldBeTrue();
        account.IsLockedAt(until).ShouldBeFalse();
        Account().IsLockedAt(until).ShouldBeFalse();
    }

    [Fact]
    public void ToString_ShowsNoPersonalData()
    {
        Account().ToString()!.ShouldNotContain("head@");
        Account().ToString()!.ShouldNotContain("Ashworth");
    }
}
