using Lanyard.Core.People;
using Lanyard.Data.People;

namespace Lanyard.Data.Tests.People;

/// <summary>
/// The people register's use cases against a real database, on both providers: adding staff, ties,
/// absences, one person's record (only within the reader's schools) and the searchable register.
/// </summary>
public class StaffRegisterTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    private sealed record World(long School, long OtherSchool, PeopleStore People, long Teacher, long Pupil, long Leaver, long Parent, long OtherPupil);

    private static async Task<World> SetUpAsync(UnitOfWork work)
    {
        var school = await PeopleTestData.SchoolAsync(work);
        var other = await PeopleTestData.SchoolAsync(work, "Chapmanslade School");
        var people = new PeopleStore(work);
        var teacher = await people.AddAsync(new Person { OrganisationId = school, Kind = PersonKind.Staff, GivenName = "Owen", FamilyName = "Price", Email = "o.price@school.example", Department = "Maths", Roles = [StaffRole.Teacher] }, CancellationToken.None);
        var pupil = await people.AddAsync(new Person { OrganisationId = school, Kind = PersonKind.Pupil, MisId = "P1", GivenName = "Zoë", FamilyName = "Okafor", YearGroup = "Year 7", DateOfBirth = new DateOnly(2014, 3, 14), StartDate = new DateOnly(2025, 9, 1) }, CancellationToken.None);
        var leaver = await people.AddAsync(new Person { OrganisationId = school, Kind = PersonKind.Pupil, MisId = "P2", GivenName = "Jacob", FamilyName = "Evans", DateOfBirth = new DateOnly(2009, 5, 2), StartDate = new DateOnly(2020, 9, 1), LeavingDate = new DateOnly(2025, 7, 20) }, CancellationToken.None);
        var parent = await people.AddAsync(new Person { OrganisationId = school, Kind = PersonKind.Parent, GivenName = "Sara", FamilyName = "Jones", Email = "sara@parents.example" }, CancellationToken.None);
        await people.AddParentLinkAsync(new ParentLink(parent, pupil, "mother"), CancellationToken.None);
        var otherPupil = await people.AddAsync(new Person { OrganisationId = other, Kind = PersonKind.Pupil, MisId = "P1", GivenName = "Isla", FamilyName = "Kowalski" }, CancellationToken.None);
        return new World(school, other, people, teacher, pupil, leaver, parent, otherPupil);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddStaffMember_Valid_StoresThemWithTheirRoles(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await SetUpAsync(work);

        var result = await AddStaffMember.HandleAsync(new AddStaffMember.Request(world.School, " Nadia ", "Osei", "N.Osei@School.Example", " Science ", [StaffRole.Teacher, StaffRole.HeadOfHouse, StaffRole.Teacher]), world.People, CancellationToken.None);

        result.Succeeded.ShouldBeTrue();
        var stored = (await world.People.GetAsync(result.Person!.Id, CancellationToken.None))!;
        stored.DisplayName.ShouldBe("Nadia Osei");
        stored.Email.ShouldBe("N.Osei@school.example");
        stored.Department.ShouldBe("Science");
        stored.Roles.ShouldBe([StaffRole.HeadOfHouse, StaffRole.Teacher]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddStaffMember_EmailAnotherMemberOfStaffHas_IsRefusedButAnotherSchoolsIsNot(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await SetUpAsync(work);

        var here = await AddStaffMember.HandleAsync(new AddStaffMember.Request(world.School, "Olivia", "Price", "O.PRICE@school.example", null, [StaffRole.Teacher]), world.People, CancellationToken.None);
        var there = await AddStaffMember.HandleAsync(new AddStaffMember.Request(world.OtherSchool, "Olivia", "Price", "o.price@school.example", null, [StaffRole.Teacher]), world.People, CancellationToken.None);

        here.Errors["Email"].ShouldBe("Owen Price already has the email address O.PRICE@school.example; each member of staff needs their own.");
        there.Succeeded.ShouldBeTrue("uniqueness is within a school");
        (await world.People.ListAsync(world.School, PersonKind.Staff, CancellationToken.None)).Count.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordRelationship_IsReadFromBothEnds_AndTwiceIsRefused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await SetUpAsync(work);
        var request = new RecordRelationship.Request(world.School, world.Teacher, world.Parent, RelationshipKind.PriorFriendship, new DateOnly(2015, 6, 1), " book club ");

        var recorded = await RecordRelationship.HandleAsync(request, world.People, Clock, CancellationToken.None);
        var again = await RecordRelationship.HandleAsync(request, world.People, Clock, CancellationToken.None);

        recorded.Relationship.ShouldBe(new StaffRelationship(recorded.Relationship!.Id, world.Teacher, world.Parent, RelationshipKind.PriorFriendship, new DateOnly(2015, 6, 1), "book club"));
        again.Errors["Kind"].ShouldBe("A tie with Sara Jones as prior friendship is already recorded.");
        (await world.People.RelationshipsWithAsync(world.Parent, CancellationToken.None)).ShouldBe([recorded.Relationship]);
        (await world.People.RelationshipsWithAsync(world.Pupil, CancellationToken.None)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordRelationship_WithAPupilOfAnotherSchool_IsRefusedAndNothingWritten(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await SetUpAsync(work);

        var result = await RecordRelationship.HandleAsync(new RecordRelationship.Request(world.School, world.Teacher, world.OtherPupil, RelationshipKind.OtherFamily, null, null), world.People, Clock, CancellationToken.None);

        result.Errors["OtherId"].ShouldBe("Choose a pupil or parent of this school.");
        (await world.People.RelationshipsAsync(world.Teacher, CancellationToken.None)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordAbsence_IsListedLatestFirst_AndAnOverlapIsRefused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await SetUpAsync(work);

        var march = await RecordAbsence.HandleAsync(new RecordAbsence.Request(world.School, world.Teacher, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4)), world.People, CancellationToken.None);
        var november = await RecordAbsence.HandleAsync(new RecordAbsence.Request(world.School, world.Teacher, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20)), world.People, CancellationToken.None);
        var overlap = await RecordAbsence.HandleAsync(new RecordAbsence.Request(world.School, world.Teacher, new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 6)), world.People, CancellationToken.None);

        march.Succeeded.ShouldBeTrue();
        november.Succeeded.ShouldBeTrue();
        overlap.Errors.Keys.ShouldBe(["FirstDay"]);
        (await world.People.AbsencesOfAsync(world.Teacher, CancellationToken.None)).ShouldBe(
        [
            new Absence(world.Teacher, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20)),
            new Absence(world.Teacher, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4)),
        ]);
        (await world.People.AbsencesOfAsync(world.Pupil, CancellationToken.None)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PersonDetails_OfAPupil_HasTheirParentsAndTiesWithStaff(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await SetUpAsync(work);
        await RecordRelationship.HandleAsync(new RecordRelationship.Request(world.School, world.Teacher, world.Pupil, RelationshipKind.OtherFamily, null, "niece"), world.People, Clock, CancellationToken.None);

        var pupil = (await DetailsAsync(work, world, world.Pupil))!;
        var teacher = (await DetailsAsync(work, world, world.Teacher))!;

        pupil.Parents.Select(p => (p.Person.DisplayName, p.Relationship)).ShouldBe([("Sara Jones", "mother")]);
        pupil.Ties.Single().Staff.DisplayName.ShouldBe("Owen Price");
        pupil.TieCandidates.Select(p => p.Id).ShouldBe([world.Teacher]);
        teacher.Ties.Single().Other.DisplayName.ShouldBe("Zoë Okafor");
        teacher.TieCandidates.Select(p => p.Id).ShouldBe([world.Leaver, world.Pupil, world.Parent]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PersonDetails_ViewIsAudited_ByUserIdOnly_AndAMissedLookupIsNot(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await SetUpAsync(work);
        var log = new Lanyard.Data.Audit.AuditLogStore(work);

        await PersonDetails.HandleAsync(new PersonDetails.Request(world.Pupil, [world.School], Lanyard.Core.Audit.AuditActor.User(42)), world.People, log, Clock, CancellationToken.None);
        await PersonDetails.HandleAsync(new PersonDetails.Request(world.OtherPupil, [world.School], Lanyard.Core.Audit.AuditActor.User(42)), world.People, log, Clock, CancellationToken.None);

        var views = (await log.ForSubjectAsync("person", world.Pupil, CancellationToken.None)).Where(e => e.Event.Action == Lanyard.Core.Audit.AuditAction.View).ToList();
        views.Count.ShouldBe(1);
        views[0].Event.ActorUserId.ShouldBe(42);
        views[0].Event.Detail.ShouldBe("view person record");
        (await log.ForSubjectAsync("person", world.OtherPupil, CancellationToken.None)).ShouldBeEmpty();
    }

    private static Task<PersonDetails.Result?> DetailsAsync(UnitOfWork work, World world, long id) =>
        PersonDetails.HandleAsync(new PersonDetails.Request(id, [world.School], Lanyard.Core.Audit.AuditActor.System), world.People, new Lanyard.Data.Audit.AuditLogStore(work), Clock, CancellationToken.None);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PersonDetails_OfAnotherSchool_IsNotFound(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await SetUpAsync(work);

        (await DetailsAsync(work, world, world.OtherPupil)).ShouldBeNull();
        (await DetailsAsync(work, world, 987654)).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListPeople_SplitsTheRegisterAndCountsEachPart(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await SetUpAsync(work);

        var register = await ListPeople.HandleAsync(new ListPeople.Request(world.School, null, Today), world.People, CancellationToken.None);

        register.Staff.Select(p => p.Id).ShouldBe([world.Teacher]);
        register.OnRoll.Select(p => p.Id).ShouldBe([world.Pupil]);
        register.Leavers.Select(p => p.Id).ShouldBe([world.Leaver]);
        register.Parents.Single().Children.Select(c => (c.Person.Id, c.Relationship)).ShouldBe([(world.Pupil, "mother")]);
        register.InRegister.ShouldBe(new ListPeople.Counts(1, 1, 1, 1));
        register.Shown.ShouldBe(register.InRegister);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListPeople_Search_IgnoresCaseAndAccentsAndNeedsEveryWord(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var work = test.Work();
        var world = await SetUpAsync(work);

        async Task<ListPeople.Result> Search(string text) =>
            await ListPeople.HandleAsync(new ListPeople.Request(world.School, text, Today), world.People, CancellationToken.None);

        var zoe = await Search("  ZOE   okafor ");
        zoe.Search.ShouldBe("ZOE okafor");
        zoe.OnRoll.Select(p => p.Id).ShouldBe([world.Pupil]);
        zoe.Parents.Select(p => p.Parent.Id).ShouldBe([world.Parent], "a parent is found by their child's name");
        zoe.Shown.ShouldBe(new ListPeople.Counts(0, 1, 0, 1));
        zoe.InRegister.ShouldBe(new ListPeople.Counts(1, 1, 1, 1));
        (await Search("year 7")).OnRoll.Count.ShouldBe(1);
        (await Search("teacher maths")).Staff.Select(p => p.Id).ShouldBe([world.Teacher]);
        (await Search("zoe evans")).Shown.Total.ShouldBe(0);
        (await Search("kowalski")).Shown.Total.ShouldBe(0, "another school's pupil is never found");
    }
}
