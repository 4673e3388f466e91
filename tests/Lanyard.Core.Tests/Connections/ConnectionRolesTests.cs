using Lanyard.Core.Connections;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using static Lanyard.Core.Tests.Policies.Disagreements.DisagreementAssertions;

namespace Lanyard.Core.Tests.Connections;

/// <summary>Register roles as the packs name them, and recorded exceptions and advice as the check reads them.</summary>
public class ConnectionRolesTests
{
    private static Person Staff(params StaffRole[] roles) =>
        new() { Id = 1, OrganisationId = 1, Kind = PersonKind.Staff, GivenName = "Jo", FamilyName = "Carter", Roles = roles };

    [Theory]
    [InlineData(StaffRole.Headteacher, Role.Headteacher)]
    [InlineData(StaffRole.Dsl, Role.Dsl)]
    [InlineData(StaffRole.DeputyDsl, Role.Dsl)]
    [InlineData(StaffRole.Governor, Role.Governors)]
    [InlineData(StaffRole.Volunteer, Role.Volunteers)]
    [InlineData(StaffRole.Agency, Role.AgencyStaff)]
    [InlineData(StaffRole.Teacher, Role.Staff)]
    [InlineData(StaffRole.CommsLead, Role.Staff)]
    public void ToPolicyRole_MapsTheRegisterRoleToThePacksName(StaffRole role, Role expected) =>
        ConnectionRoles.ToPolicyRole(role).ShouldBe(expected);

    [Fact]
    public void ActsAs_DeputyDslActsAsTheDsl_AndAsStMarysSafeguardingLead_ButNotAsTheHeadteacher()
    {
        var deputy = Staff(StaffRole.DeputyDsl);

        ConnectionRoles.ActsAs(deputy, Role.Dsl).ShouldBeTrue();
        ConnectionRoles.ActsAs(deputy, Role.SafeguardingLead).ShouldBeTrue();
        ConnectionRoles.ActsAs(deputy, Role.Headteacher).ShouldBeFalse();
    }

    [Fact]
    public void ForBinding_AnyEmployedRole_IsStaff() =>
        ConnectionRoles.ForBinding(Staff(StaffRole.Governor, StaffRole.Teacher), Pack(StMarys)).ShouldBe(Role.Staff);

    [Fact]
    public void ForBinding_NoRoleRecorded_IsStaff() =>
        ConnectionRoles.ForBinding(Staff(), Pack(Testbourne)).ShouldBe(Role.Staff);

    [Fact]
    public void ForBinding_VolunteerAtStMarys_IsAskedAboutAsAVolunteer_WhichThePackDoesNotBind()
    {
        var role = ConnectionRoles.ForBinding(Staff(StaffRole.Volunteer), Pack(StMarys));

        role.ShouldBe(Role.Volunteers);
        CheckConnection.IsBound(Pack(StMarys), role).ShouldBeFalse();
    }

    [Fact]
    public void ExceptionRecord_ReadsAsAGrantInThePacksRole()
    {
        var record = new ConnectionExceptionRecord
        {
            OrganisationId = 1,
            StaffId = 2,
            OtherPersonId = 3,
            GrantedById = 4,
            GrantedByName = "Ray Stone",
            GrantedAs = StaffRole.DeputyDsl,
            GrantedOn = new DateOnly(2026, 11, 16),
            Until = new DateOnly(2027, 2, 16),
            Reason = "County fixtures",
            RecordedAt = DateTimeOffset.UnixEpoch,
        };

        record.ToGrant().ShouldBe(new ExceptionGrant("Ray Stone", Role.Dsl, new DateOnly(2026, 11, 16), new DateOnly(2027, 2, 16), "County fixtures"));
        (record.IsInForceOn(new DateOnly(2027, 2, 16)), record.IsInForceOn(new DateOnly(2027, 2, 17))).ShouldBe((true, false));
    }

    [Fact]
    public void AssessmentRecord_MayConnect_ReadsAsNoConflictLikely()
    {
        var record = new ConnectionAdviceRecord
        {
            OrganisationId = 1,
            Kind = ConnectionAdviceKind.ConflictOfInterestAssessment,
            StaffId = 2,
            OtherPersonId = 3,
            GivenById = 4,
            GivenByName = "Helen Ward",
            GivenAs = StaffRole.Headteacher,
            GivenOn = new DateOnly(2026, 11, 16),
            MayConnect = true,
            Note = "No teaching link",
            RecordedAt = DateTimeOffset.UnixEpoch,
        };

        var assessment = record.ToAssessment().ShouldNotBeNull();
        (assessment.ConflictLikely, assessment.AssessedByRole, assessment.Reason).ShouldBe((false, Role.Headteacher, "No teaching link"));
        record.ToAdvice().ShouldBeNull();
        (record with { Kind = ConnectionAdviceKind.Advice }).ToAdvice()!.Outcome.ShouldBe(AdviceOutcome.MayConnect);
    }
}
