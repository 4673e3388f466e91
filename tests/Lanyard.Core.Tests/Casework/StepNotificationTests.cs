using Lanyard.Core.Casework;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Tests.Users;

namespace Lanyard.Core.Tests.Casework;

/// <summary>
/// Who hears of a case escalated to a role once it is open: TakeCaseStep honours the absences
/// recorded for the day through the same routing as the first report (CaseRouting.ToRole), and the
/// case says who was told and why, by role.
/// </summary>
public class StepNotificationTests
{
    private const long Federation = 40;
    private const long School = 41;
    private static readonly DateOnly Today = new(2025, 11, 3);

    private readonly InMemoryCaseStore _cases = new();
    private readonly InMemoryOutbox _outbox = new();
    private readonly InMemoryAuditLog _audit = new();
    private readonly InMemoryPeople _people = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryOrganisations _organisations = new(
        new Organisation(Federation, "The Federation of Tiverton Schools", OrganisationLevel.Federation, null, "heathcoat"),
        new Organisation(School, "Heathcoat Primary School", OrganisationLevel.School, Federation, null));

    private readonly Person _head;
    private readonly Person _dsl;
    private readonly Person _deputyHead;
    private readonly Person _teacher;

    public StepNotificationTests()
    {
        _head = _people.Staff(1, School, StaffRole.Headteacher);
        _dsl = _people.Staff(2, School, StaffRole.Dsl);
        _deputyHead = _people.Staff(3, School, StaffRole.DeputyHead);
        _teacher = _people.Staff(4, School, StaffRole.Teacher);
    }

    private static CaseActor Actor(Person person) => new(person.Id + 100, person.Id, $"Staff {person.Id}", person.OrganisationId, person.Roles);

    private void Absent(Person person) => _people.Absences.Add(new Absence(person.Id, Today, Today));

    private async Task<long> ReportAsync(CaseType type)
    {
        var result = await ReportConcern.HandleAsync(new ReportConcern.Request(Actor(_teacher), School, type, "Messages between a pupil and an adult", null, null, [], [], null),
            _organisations, _people, _cases, _outbox, _audit, _clock, CancellationToken.None);
        return result.CaseId!.Value;
    }

    private Task<TakeCaseStep.Result> Step(Person actor, long caseId, CaseStep step, params (string Key, string Value)[] details) =>
        TakeCaseStep.HandleAsync(new TakeCaseStep.Request(Actor(actor), caseId, step, details.ToDictionary(d => d.Key, d => d.Value), null, null),
            _cases, _people, _organisations, _outbox, _audit, new EarlyReviewPorts(new NoPolicyVersions(), new InMemoryReviewTasks()), _clock, CancellationToken.None);

    private async Task<(long CaseId, int Queued, int Entries)> AssessedAsync(CaseType type, Person assessor)
    {
        var caseId = await ReportAsync(type);
        (await Step(assessor, caseId, CaseStep.InitialAssessment)).Succeeded.ShouldBeTrue();
        return (caseId, _outbox.Queued.Count, _cases.Entries.Count);
    }

    [Fact]
    public async Task Heathcoat_staff_19_EscalatedToTheHeadTeacher_WhoIsPresent_OnlyTheHeadIsTold_AndNoReasonIsRecorded()
    {
        var (caseId, queued, entries) = await AssessedAsync(CaseType.SafeguardingConcern, _dsl);

        var result = await Step(_dsl, caseId, CaseStep.Escalate, (CaseDetails.EscalatedTo, "headteacher"));

        result.Succeeded.ShouldBeTrue();
        _outbox.Queued.Skip(queued).ShouldHaveSingleItem().RecipientPersonId.ShouldBe(_head.Id);
        result.Notified.ShouldHaveSingleItem().ShouldBe(new RoutedRecipient(_head, Role.Headteacher, null));
        result.NotificationReasons.ShouldBeEmpty();
        _cases.Entries.Count.ShouldBe(entries + 1, "only the escalation itself: nobody was told in anyone's place");
    }

    [Fact]
    public async Task Heathcoat_staff_20_EscalatedToTheHeadTeacher_WhoIsAbsent_TheMostSeniorMemberOfStaffPresentIsTold_AndTheTimelineSaysWhy()
    {
        Absent(_head);
        var (caseId, queued, _) = await AssessedAsync(CaseType.SafeguardingConcern, _dsl);

        var result = await Step(_dsl, caseId, CaseStep.Escalate, (CaseDetails.EscalatedTo, "headteacher"));

        result.Succeeded.ShouldBeTrue();
        _outbox.Queued.Skip(queued).ShouldHaveSingleItem().RecipientPersonId.ShouldBe(_deputyHead.Id);
        result.Notified.ShouldHaveSingleItem().ShouldBe(new RoutedRecipient(_deputyHead, Role.SeniorStaff, "heathcoat.staff.20"));
        result.NotificationReasons.ShouldBe([
            "The headteacher is absent today.",
            "The policy sends it to the most senior member of staff present when those it names are away (heathcoat.staff.20).",
        ]);
        var told = _cases.Entries[^1];
        told.Step.ShouldBe(CaseStep.RecordNotified);
        told.Details[CaseDetails.NotifiedRole].ShouldBe("senior-staff");
        told.Clauses.ShouldBe(["heathcoat.staff.20"]);
        told.Note.ShouldBe(string.Join(" ", result.NotificationReasons));
        told.Note!.ShouldNotContain(_deputyHead.DisplayName);
        _audit.Events.ShouldAllBe(e => e.Detail == null || !e.Detail.Contains(_deputyHead.GivenName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Heathcoat_staff_20_HeadAndDslBothAbsent_EscalatedToTheDsl_TheMostSeniorMemberOfStaffPresentIsTold()
    {
        var deputyDsl = _people.Staff(5, School, StaffRole.DeputyDsl);
        var (caseId, _, _) = await AssessedAsync(CaseType.SafeguardingConcern, deputyDsl);
        Absent(_head);
        Absent(_dsl);
        Absent(deputyDsl);
        var queued = _outbox.Queued.Count;

        var result = await Step(deputyDsl, caseId, CaseStep.Escalate, (CaseDetails.EscalatedTo, "dsl"));

        _outbox.Queued.Skip(queued).ShouldHaveSingleItem().RecipientPersonId.ShouldBe(_deputyHead.Id);
        result.NotificationReasons.ShouldBe([
            "The dsl is absent today.",
            "The policy sends it to the most senior member of staff present when those it names are away (heathcoat.staff.20).",
        ]);
    }

    [Fact]
    public async Task Heathcoat_staff_19_EscalatedToTheDsl_AnAbsentHolderIsSkipped_TheOtherIsTold_AndTheTimelineSaysSo()
    {
        var deputyDsl = _people.Staff(5, School, StaffRole.DeputyDsl);
        var (caseId, _, _) = await AssessedAsync(CaseType.SafeguardingConcern, _head);
        Absent(_dsl);
        var queued = _outbox.Queued.Count;

        var result = await Step(_head, caseId, CaseStep.Escalate, (CaseDetails.EscalatedTo, "dsl"));

        _outbox.Queued.Skip(queued).ShouldHaveSingleItem().RecipientPersonId.ShouldBe(deputyDsl.Id);
        result.NotificationReasons.ShouldBe(["1 of the 2 people holding the role 'dsl' are absent today; the others are told."]);
        _cases.Entries[^1].Details[CaseDetails.NotifiedRole].ShouldBe("dsl");
    }

    [Fact]
    public async Task PackSilentOnCover_EscalatedToAnAbsentHeadTeacher_LanyardsDefaultTheDslPresentIsTold_SayingSo()
    {
        // Heathcoat sends concerns about the school's pages to the Head teacher (sanctioned.04) and names no cover for them.
        var (caseId, _, _) = await AssessedAsync(CaseType.ParentPost, _deputyHead);
        Absent(_head);
        var queued = _outbox.Queued.Count;

        var result = await Step(_deputyHead, caseId, CaseStep.Escalate, (CaseDetails.EscalatedTo, "headteacher"));

        result.Succeeded.ShouldBeTrue();
        _outbox.Queued.Skip(queued).ShouldHaveSingleItem().RecipientPersonId.ShouldBe(_dsl.Id);
        result.NotificationReasons.ShouldBe([
            "The headteacher is absent today.",
            "The policy names no cover for an absent headteacher; Lanyard's default, the DSL, applies.",
        ]);
        var told = _cases.Entries[^1];
        (told.Step, told.Details[CaseDetails.NotifiedRole], told.Clauses.Count).ShouldBe((CaseStep.RecordNotified, "dsl", 0));
    }

    [Fact]
    public async Task PackSilentOnCover_HeadAndDslAbsent_TheMostSeniorMemberOfStaffPresentIsTold_SayingSo()
    {
        var (caseId, _, _) = await AssessedAsync(CaseType.ParentPost, _deputyHead);
        Absent(_head);
        Absent(_dsl);
        var queued = _outbox.Queued.Count;

        var result = await Step(_deputyHead, caseId, CaseStep.Escalate, (CaseDetails.EscalatedTo, "headteacher"));

        _outbox.Queued.Skip(queued).ShouldHaveSingleItem().RecipientPersonId.ShouldBe(_deputyHead.Id);
        result.NotificationReasons.ShouldContain("The DSL is absent today; the most senior member of staff present receives it.");
    }

    [Fact]
    public async Task RecordedVersionNotFound_TheStepIsRefused_NamingTheVersion_AndNothingIsWritten()
    {
        var caseId = await _cases.AddCaseAsync(new CaseRecord
        {
            OrganisationId = School,
            Type = CaseType.ParentPost,
            Summary = "A parent posted about a teacher",
            ReportedAt = _clock.GetUtcNow(),
            ReportedByUserId = 104,
            ReportedByPersonId = _teacher.Id,
            PackId = "heathcoat",
            PackVersion = "9.9.9",
        }, [], CancellationToken.None);

        var result = await Step(_deputyHead, caseId, CaseStep.InitialAssessment);

        result.Succeeded.ShouldBeFalse();
        result.Errors["CaseId"].ShouldBe("This case was reported under version 9.9.9 of the heathcoat policy, which is neither the shipped version nor an approved version in the school's policy register, so its procedure cannot run.");
        _cases.Entries.ShouldBeEmpty();
        _outbox.Queued.ShouldBeEmpty();
    }

    [Fact]
    public async Task Heathcoat_staff_20_HeadAndDslAway_TheMostSeniorPresentIsToldOfASafeguardingConcern_AndCanOpenIt_OthersCannot()
    {
        var slt = _people.Staff(5, School, StaffRole.Slt);
        Absent(_head);
        Absent(_dsl);

        var caseId = await ReportAsync(CaseType.SafeguardingConcern);

        _outbox.Queued.Select(n => n.RecipientPersonId).Distinct().ShouldBe([_deputyHead.Id]);
        var file = (await _cases.GetAsync(caseId, CancellationToken.None))!;
        file.Entries.ShouldContain(e => e.Step == CaseStep.RecordNotified && e.Details[CaseDetails.NotifiedPeople] == _deputyHead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        CaseAccess.LevelFor(Actor(_deputyHead), file, [School]).ShouldBe(CaseAccessLevel.Full);
        CaseAccess.LevelFor(Actor(slt), file, [School]).ShouldBe(CaseAccessLevel.None);
        CaseAccess.LevelFor(Actor(_teacher), file, [School]).ShouldBe(CaseAccessLevel.OwnStatusOnly);
        (await Step(_deputyHead, caseId, CaseStep.InitialAssessment)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task NotifiedPeople_IsWrittenByLanyard_NeverTyped()
    {
        var caseId = await ReportAsync(CaseType.SafeguardingConcern);
        var entries = _cases.Entries.Count;

        var typed = await Step(_dsl, caseId, CaseStep.AddNote, (CaseDetails.NotifiedPeople, _teacher.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        typed.Errors["Details"].ShouldBe("'notified-people' is written by Lanyard when it tells people of a case, not given.");
        _cases.Entries.Count.ShouldBe(entries);
        CaseAccess.LevelFor(Actor(_teacher), (await _cases.GetAsync(caseId, CancellationToken.None))!, [School]).ShouldBe(CaseAccessLevel.OwnStatusOnly);
    }
}
