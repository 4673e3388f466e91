using Lanyard.Core.People;

namespace Lanyard.Core.Tests.People;

public class RecordAbsenceTests
{
    private const long School = 7;

    private static readonly Person Dsl = new() { Id = 1, OrganisationId = School, Kind = PersonKind.Staff, GivenName = "Sarah", FamilyName = "Davies", Roles = [StaffRole.Dsl] };

    private static IReadOnlyDictionary<string, string> Validate(DateOnly? first, DateOnly? last, Person? person = null, params Absence[] existing) =>
        RecordAbsence.Validate(new RecordAbsence.Request(School, (person ?? Dsl).Id, first, last), person ?? Dsl, existing);

    [Theory]
    [InlineData("2026-11-23", "2026-11-23")]
    [InlineData("2026-11-23", "2026-11-27")]
    [InlineData("2026-01-01", "2027-01-01")]
    public void Validate_OneDayOrSeveral_HasNoErrors(string first, string last)
    {
        Validate(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_LastDayBeforeFirst_IsRefused()
    {
        Validate(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 23))["LastDay"].ShouldBe("The last day cannot be before the first day.");
    }

    [Fact]
    public void Validate_LongerThanAYear_IsRefused()
    {
        Validate(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 2))["LastDay"].ShouldBe("An absence can be at most 366 days; check the years.");
    }

    [Fact]
    public void Validate_MissingDays_AreRefusedByField()
    {
        var errors = Validate(null, null);

        errors["FirstDay"].ShouldBe("Enter the first day away.");
        errors["LastDay"].ShouldBe("Enter the last day away (the same day for a single day).");
    }

    [Theory]
    [InlineData(20, 22)]
    [InlineData(24, 30)]
    [InlineData(23, 23)]
    public void Validate_OverlappingARecordedAbsence_IsRefused(int firstDay, int lastDay)
    {
        var recorded = new Absence(Dsl.Id, new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 24));

        Validate(new DateOnly(2026, 11, firstDay), new DateOnly(2026, 11, lastDay), existing: recorded)["FirstDay"]
            .ShouldBe("It overlaps the absence already recorded from 22 November 2026 to 24 November 2026.");
    }

    [Fact]
    public void Validate_AdjacentToARecordedAbsence_IsAllowed()
    {
        var recorded = new Absence(Dsl.Id, new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 24));

        Validate(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 26), existing: recorded).ShouldBeEmpty();
    }

    [Fact]
    public void Validate_PupilOrPersonOfAnotherSchool_IsRefused()
    {
        var pupil = new Person { Id = 2, OrganisationId = School, Kind = PersonKind.Pupil, MisId = "P1", GivenName = "Ella", FamilyName = "Price" };

        Validate(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23), pupil)["PersonId"].ShouldBe("Choose a member of staff of this school.");
        Validate(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23), Dsl with { OrganisationId = 8 })["PersonId"].ShouldBe("Choose a member of staff of this school.");
    }
}
