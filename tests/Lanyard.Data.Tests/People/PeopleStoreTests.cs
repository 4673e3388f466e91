using System.Data.Common;
using Lanyard.Core.People;
using Lanyard.Data.People;

namespace Lanyard.Data.Tests.People;

/// <summary>Staff roles, parent links, ties and absences round-trip on both providers.</summary>
public class PeopleStoreTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private static Person Staff(long school, string given, string family, params StaffRole[] roles) => new()
    {
        OrganisationId = school,
        Kind = PersonKind.Staff,
        GivenName = given,
        FamilyName = family,
        Email = $"{given.ToLowerInvariant()}@school.example",
        Roles = roles,
    };

    private static Person Pupil(long school, string misId, string given, string family, DateOnly born) => new()
    {
        OrganisationId = school,
        Kind = PersonKind.Pupil,
        MisId = misId,
        GivenName = given,
        FamilyName = family,
        DateOfBirth = born,
        StartDate = new DateOnly(2024, 9, 1),
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_WithSeveralRoles_RoundTrips(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await PeopleTestData.SchoolAsync(work);
        var register = new PeopleStore(work);

        var id = await register.AddAsync(Staff(school, "Helen", "Ward", StaffRole.Headteacher, StaffRole.Dsl), CancellationToken.None);
        var head = (await register.GetAsync(id, CancellationToken.None))!;

        head.Roles.ShouldBe([StaffRole.Headteacher, StaffRole.Dsl]);
        head.Kind.ShouldBe(PersonKind.Staff);
        await register.UpdateAsync(head with { Roles = [StaffRole.Headteacher] }, CancellationToken.None);
        (await register.GetAsync(id, CancellationToken.None))!.Roles.ShouldBe([StaffRole.Headteacher]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ParentLinksTiesAndAbsences_RoundTrip(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await PeopleTestData.SchoolAsync(work);
        var register = new PeopleStore(work);
        var teacher = await register.AddAsync(Staff(school, "Owen", "Price", StaffRole.Teacher), CancellationToken.None);
        var pupil = await register.AddAsync(Pupil(school, "P1", "Ella", "Price", new DateOnly(2012, 2, 29)), CancellationToken.None);
        var parent = await register.AddAsync(new Person { OrganisationId = school, Kind = PersonKind.Parent, GivenName = "Sara", FamilyName = "Jones" }, CancellationToken.None);

        await register.AddParentLinkAsync(new ParentLink(parent, pupil, "mother"), CancellationToken.None);
        await register.AddRelationshipAsync(new StaffRelationship(0, teacher, pupil, RelationshipKind.OtherFamily, null, "niece"), Recorded, CancellationToken.None);
        await register.AddRelationshipAsync(new StaffRelationship(0, teacher, parent, RelationshipKind.PriorFriendship, new DateOnly(2015, 6, 1), null), Recorded, CancellationToken.None);
        await register.AddAbsenceAsync(new Absence(teacher, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 24)), CancellationToken.None);

        (await register.ParentLinksAsync(school, CancellationToken.None)).ShouldBe([new ParentLink(parent, pupil, "mother")]);
        var ties = await register.RelationshipsAsync(teacher, CancellationToken.None);
        ties.Select(t => (t.OtherId, t.Kind, t.BeganOn)).ShouldBe([(pupil, RelationshipKind.OtherFamily, (DateOnly?)null), (parent, RelationshipKind.PriorFriendship, new DateOnly(2015, 6, 1))]);
        (await register.AbsencesOnAsync(school, new DateOnly(2026, 11, 21), CancellationToken.None)).Select(a => a.PersonId).ShouldBe([teacher]);
        (await register.AbsencesOnAsync(school, new DateOnly(2026, 11, 25), CancellationToken.None)).ShouldBeEmpty();
        (await register.GetAsync(pupil, CancellationToken.None))!.DateOfBirth.ShouldBe(new DateOnly(2012, 2, 29));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Database_RefusesTwoPupilsWithOneMisIdInASchool(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await PeopleTestData.SchoolAsync(work);
        var register = new PeopleStore(work);
        await register.AddAsync(Pupil(school, "P1", "Ella", "Price", new DateOnly(2014, 1, 1)), CancellationToken.None);

        await Should.ThrowAsync<DbException>(() => register.AddAsync(Pupil(school, "P1", "Other", "Child", new DateOnly(2014, 1, 1)), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Database_RefusesALeavingDateBeforeTheStartDate(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var school = await PeopleTestData.SchoolAsync(work);

        await Should.ThrowAsync<DbException>(() => new PeopleStore(work).AddAsync(
            Pupil(school, "P1", "Ella", "Price", new DateOnly(2014, 1, 1)) with { LeavingDate = new DateOnly(2020, 1, 1) }, CancellationToken.None));
    }
}
