using Lanyard.Core.People;

namespace Lanyard.Core.Tests.People;

public class AddStaffMemberTests
{
    private const long School = 7;

    private static readonly Person Head = new()
    {
        Id = 1,
        OrganisationId = School,
        Kind = PersonKind.Staff,
        GivenName = "Helen",
        FamilyName = "Ward",
        Email = "head@testbourne.sch.uk",
        Roles = [StaffRole.Headteacher],
    };

    private static AddStaffMember.Request Request(string? given = "Nadia", string? family = "Osei", string? email = "n.osei@testbourne.sch.uk", string? department = null, params StaffRole[] roles) =>
        new(School, given, family, email, department, roles.Length == 0 ? [StaffRole.Teacher] : roles);

    [Fact]
    public void Validate_CompleteRequest_HasNoErrors()
    {
        AddStaffMember.Validate(Request(department: "Science", roles: [StaffRole.HeadOfHouse, StaffRole.Teacher]), [Head]).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, "Osei", "GivenName", "Enter their first name.")]
    [InlineData("  ", "Osei", "GivenName", "Enter their first name.")]
    [InlineData("Nadia", "", "FamilyName", "Enter their surname.")]
    public void Validate_MissingName_IsRefusedByItsField(string? given, string? family, string field, string message)
    {
        AddStaffMember.Validate(Request(given, family), [Head])[field].ShouldBe(message);
    }

    [Theory]
    [InlineData(null, "Enter their work email address.")]
    [InlineData("nadia", "Enter an email address in the form name@example.sch.uk.")]
    [InlineData("nadia@", "Enter an email address in the form name@example.sch.uk.")]
    [InlineData("nadia osei@testbourne.sch.uk", "Enter an email address in the form name@example.sch.uk.")]
    [InlineData("HEAD@Testbourne.sch.uk", "Helen Ward already has the email address HEAD@testbourne.sch.uk; each member of staff needs their own.")]
    public void Validate_EmailThatIsNotOneOrIsTaken_IsRefused(string? email, string message)
    {
        AddStaffMember.Validate(Request(email: email), [Head])["Email"].ShouldBe(message);
    }

    [Fact]
    public void Validate_NoRole_IsRefused()
    {
        var request = Request() with { Roles = [] };

        AddStaffMember.Validate(request, [Head])["Roles"].ShouldBe("Choose at least one role (Teacher, when they hold no other).");
    }

    [Fact]
    public void Validate_NameLongerThanTheRegisterKeeps_IsRefused()
    {
        AddStaffMember.Validate(Request(given: new string('a', AddStaffMember.MaxLength + 1)), [Head])["GivenName"].ShouldBe("The first name must be 200 characters or fewer.");
    }
}
