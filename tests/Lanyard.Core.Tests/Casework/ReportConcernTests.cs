using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Tests.Users;

namespace Lanyard.Core.Tests.Casework;

public class ReportConcernTests
{
    private const long Trust = 10;
    private const long AcademyA = 11;
    private const long AcademyB = 12;
    private const long Chapmanslade = 20;

    private readonly InMemoryCaseStore _cases = new();
    private readonly InMemoryOutbox _outbox = new();
    private readonly InMemoryAuditLog _audit = new();
    private readonly InMemoryPeople _people = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryOrganisations _organisations = new(
        new Organisation(Trust, "Cambrian Learning Trust", OrganisationLevel.Trust, null, "cambrian"),
        new Organisation(AcademyA, "Academy A", OrganisationLevel.School, Trust, null),
        new Organisation(AcademyB, "Academy B", OrganisationLevel.School, Trust, null),
        new Organisation(Chapmanslade, "Chapmanslade School", OrganisationLevel.School, null, "chapmanslade"));

    private Task<ReportConcern.Result> Report(CaseActor reporter, long school, CaseType type, IReadOnlyList<ReportConcern.PartyInput>? parties = null, string? summary = "Pupil posted a threat", params string[] flags) =>
        ReportConcern.HandleAsync(new ReportConcern.Request(reporter, school, type, summary, "https://example.org/post/1", null, parties ?? [], flags, null),
            _organisations, _people, _cases, _outbox, _audit, _clock, CancellationToken.None);

    private static CaseActor Actor(Person person, long userId = 100) => new(userId, person.Id, "Reporter", person.OrganisationId, person.Roles);

    [Fact]
    public async Task Cambrian_reporting_01_RoutesToTheDslOfTheAcademyConcerned_NotTheTrust()
    {
        var dslA = _people.Staff(1, AcademyA, StaffRole.Dsl);
        _people.Staff(2, AcademyB, StaffRole.Dsl);
        _people.Staff(3, Trust, StaffRole.Dsl);
        var teacher = _people.Staff(4, AcademyA, StaffRole.Teacher);

        var result = await Report(Actor(teacher), AcademyA, CaseType.SafeguardingConcern);

        result.Errors.ShouldBeEmpty();
        result.Recipients.ShouldHaveSingleItem().Person.ShouldBe(dslA);
        var notification = _outbox.Queued.ShouldHaveSingleItem();
        notification.RecipientPersonId.ShouldBe(dslA.Id);
        notification.Subject.ShouldBe("Urgent: a new safeguarding concern (case 1) needs you");
        notification.Link.ShouldBe("/cases/1");
        notification.Body.ShouldNotContain("threat");
        var record = _cases.Records.ShouldHaveSingleItem();
        (record.PackId, record.OrganisationId, record.Urgency).ShouldBe(("cambrian", AcademyA, Lanyard.Core.Policies.Parameters.Urgency.Immediate));
    }

    [Fact]
    public async Task Report_RecordsTheReporterAsAPartyNotifiedRolesAndACreateAuditEvent()
    {
        var slt = _people.Staff(1, Chapmanslade, StaffRole.Slt);
        var teacher = _people.Staff(2, Chapmanslade, StaffRole.Teacher);
        var pupil = new Person { Id = 3, OrganisationId = Chapmanslade, Kind = PersonKind.Pupil, GivenName = "Ella", FamilyName = "Price" };
        _people.People.Add(pupil);

        var result = await Report(Actor(teacher), Chapmanslade, CaseType.OnlineAbuseOfStaff,
            [new(pupil.Id, null, PartyKind.Pupil, PartyRole.AllegedPerpetrator), new(null, "anonymous account @x", PartyKind.Unknown, PartyRole.Witness)], flags: "harassment");

        result.CaseId.ShouldBe(1);
        result.AllowedSteps.ShouldContain(CaseStep.InitialAssessment);
        _cases.Parties.Select(p => (p.PersonId, p.Role)).ShouldBe([(teacher.Id, PartyRole.Reporter), (pupil.Id, PartyRole.AllegedPerpetrator), (null, PartyRole.Witness)]);
        _cases.Entries.Select(e => e.Step).ShouldBe([CaseStep.AddNote, CaseStep.RecordNotified]);
        _cases.Entries[0].Details[CaseDetails.Flags].ShouldBe("harassment");
        _cases.Entries[1].Details[CaseDetails.NotifiedRole].ShouldBe("slt");
        _outbox.Queued.ShouldHaveSingleItem().RecipientPersonId.ShouldBe(slt.Id);
        _audit.Events.ShouldHaveSingleItem().ShouldBe(new AuditEvent(_clock.GetUtcNow(), 100, "100", AuditAction.Create, "case", 1, Chapmanslade, "report online-abuse-of-staff"));
    }

    [Fact]
    public async Task Report_WithErrors_IsRefusedByField_AndWritesNothing()
    {
        var teacher = _people.Staff(1, Chapmanslade, StaffRole.Teacher);
        var other = new Person { Id = 2, OrganisationId = AcademyA, Kind = PersonKind.Pupil, GivenName = "A", FamilyName = "B" };
        _people.People.Add(other);

        var result = await Report(Actor(teacher), Chapmanslade, CaseType.ParentPost,
            [new(other.Id, null, PartyKind.Pupil, PartyRole.Subject), new(teacher.Id, null, PartyKind.Parent, PartyRole.Witness), new(null, " ", PartyKind.Public, PartyRole.Witness)], summary: " ", "not-a-flag");

        result.Succeeded.ShouldBeFalse();
        result.Errors.Keys.ShouldBe(["Summary", "Flags", "Parties[0]", "Parties[1]", "Parties[2]"], ignoreOrder: true);
        result.Errors["Parties[0]"].ShouldBe("Choose a person of this school's register, or describe someone outside it.");
        result.Errors["Parties[1]"].ShouldBe("This person is in the register as staff, not parent.");
        _cases.Records.ShouldBeEmpty();
        _cases.Entries.ShouldBeEmpty();
        _outbox.Queued.ShouldBeEmpty();
        _audit.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task Report_ByStaffOfAnotherSchool_IsRefused()
    {
        var outsider = _people.Staff(1, AcademyA, StaffRole.Teacher);

        var result = await Report(Actor(outsider), Chapmanslade, CaseType.ParentPost);

        result.Errors["Reporter"].ShouldBe("You can report concerns only at your own school, or a school of your trust or federation.");
        _cases.Records.ShouldBeEmpty();
    }

    [Fact]
    public async Task Report_ByTrustStaffAtOneOfItsAcademies_IsAccepted_ButNotAtTheTrustItself()
    {
        var central = _people.Staff(1, Trust, StaffRole.Coo);
        _people.Staff(2, AcademyB, StaffRole.Dsl);

        (await Report(Actor(central), AcademyB, CaseType.SafeguardingConcern)).Succeeded.ShouldBeTrue();
        (await Report(Actor(central), Trust, CaseType.SafeguardingConcern)).Errors["OrganisationId"].ShouldStartWith("Report the concern at the school it concerns");
    }
}
