using Lanyard.Core.People;

namespace Lanyard.Core.Tests.People;

public class RecordRelationshipTests
{
    private const long School = 7;
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static readonly Person Teacher = new() { Id = 1, OrganisationId = School, Kind = PersonKind.Staff, GivenName = "Owen", FamilyName = "Price", Roles = [StaffRole.Teacher] };
    private static readonly Person Pupil = new() { Id = 2, OrganisationId = School, Kind = PersonKind.Pupil, MisId = "P1", GivenName = "Ella", FamilyName = "Price" };
    private static readonly Person Parent = new() { Id = 3, OrganisationId = School, Kind = PersonKind.Parent, GivenName = "Sara", FamilyName = "Jones" };
    private static readonly Person Elsewhere = Pupil with { Id = 4, OrganisationId = 8 };

    private static IReadOnlyDictionary<string, string> Validate(Person? staff, Person? other, RelationshipKind kind, DateOnly? began = null, IReadOnlyList<StaffRelationship>? existing = null) =>
        RecordRelationship.Validate(new RecordRelationship.Request(School, staff?.Id ?? 99, other?.Id ?? 98, kind, began, null), staff, other, existing ?? [], Today);

    [Theory]
    [InlineData(RelationshipKind.ParentOrCarer, PersonKind.Pupil)]
    [InlineData(RelationshipKind.OtherFamily, PersonKind.Pupil)]
    [InlineData(RelationshipKind.PriorFriendship, PersonKind.Parent)]
    public void Validate_KindThatFitsTheOtherPerson_HasNoErrors(RelationshipKind kind, PersonKind with)
    {
        RecordRelationship.TiesTo(kind).ShouldBe(with);
        Validate(Teacher, with == PersonKind.Pupil ? Pupil : Parent, kind, new DateOnly(2019, 6, 1)).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_FriendshipWithAPupil_IsRefusedSayingWhatFits()
    {
        Validate(Teacher, Pupil, RelationshipKind.PriorFriendship, new DateOnly(2019, 6, 1))["Kind"]
            .ShouldBe("A prior friendship is with a parent; Ella Price is a pupil. Record family ties to a pupil as parent or carer or other family.");
    }

    [Fact]
    public void Validate_FamilyTieWithAParent_IsRefusedSayingWhatFits()
    {
        Validate(Teacher, Parent, RelationshipKind.OtherFamily)["Kind"]
            .ShouldBe("A tie as other family is with a pupil; Sara Jones is a parent. Record a friendship with a parent as prior friendship.");
    }

    [Fact]
    public void Validate_FirstPersonNotStaff_IsRefused()
    {
        Validate(Parent, Pupil, RelationshipKind.ParentOrCarer)["StaffId"].ShouldBe("Sara Jones is a parent, not a member of staff: a tie is recorded from the member of staff.");
    }

    [Fact]
    public void Validate_PeopleOfAnotherSchoolOrUnknown_AreRefused()
    {
        Validate(Teacher, Elsewhere, RelationshipKind.OtherFamily)["OtherId"].ShouldBe("Choose a pupil or parent of this school.");
        Validate(null, Pupil, RelationshipKind.OtherFamily)["StaffId"].ShouldBe("Choose a member of staff of this school.");
        Validate(Teacher, Teacher with { Id = 5 }, RelationshipKind.OtherFamily)["OtherId"].ShouldBe("Choose a pupil or parent of this school.");
    }

    [Fact]
    public void Validate_BeganInTheFuture_IsRefused()
    {
        Validate(Teacher, Pupil, RelationshipKind.OtherFamily, Today.AddDays(1))["BeganOn"].ShouldBe("The date the tie began cannot be in the future.");
        Validate(Teacher, Pupil, RelationshipKind.OtherFamily, Today).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_FriendshipWithoutADate_IsRefused()
    {
        Validate(Teacher, Parent, RelationshipKind.PriorFriendship)["BeganOn"].ShouldStartWith("Enter when the friendship began");
    }

    [Fact]
    public void Validate_SameTieTwice_IsRefused()
    {
        var existing = new StaffRelationship(10, Teacher.Id, Pupil.Id, RelationshipKind.OtherFamily, null, null);

        Validate(Teacher, Pupil, RelationshipKind.OtherFamily, existing: [existing])["Kind"].ShouldBe("A tie with Ella Price as other family is already recorded.");
        Validate(Teacher, Pupil, RelationshipKind.ParentOrCarer, existing: [existing]).ShouldBeEmpty();
    }
}
