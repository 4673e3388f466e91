using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Tests.Users;

namespace Lanyard.Core.Tests.Casework;

/// <summary>TakeCaseStep with <c>Corrects</c>: a correction recorded, refused, audited and acted on, against the in-memory store.</summary>
public class CorrectingCaseEntriesTests
{
    private const long School = 20;

    private readonly InMemoryCaseStore _cases = new();
    private readonly InMemoryOutbox _outbox = new();
    private readonly InMemoryAuditLog _audit = new();
    private readonly InMemoryPeople _people = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryOrganisations _organisations = new(new Organisation(School, "Chapmanslade School", OrganisationLevel.School, null, "chapmanslade"));

    private async Task<long> ReportAsync(Person reporter, CaseType type = CaseType.StaffBreach)
    {
        var result = await ReportConcern.HandleAsync(new ReportConcern.Request(Actor(reporter), reporter.OrganisationId, type, "A member of staff posted about a pupil", null, null, [], [], null),
            _organisations, _people, _cases, _outbox, _audit, _clock, CancellationToken.None);
        return result.CaseId!.Value;
    }

    private Task<TakeCaseStep.Result> Step(Person actor, long caseId, CaseStep step, params (string Key, string Value)[] details) =>
        Take(actor, caseId, step, null, null, details);

    private Task<TakeCaseStep.Result> Correct(Person actor, long caseId, long entryId, CaseStep step, string? note, params (string Key, string Value)[] details) =>
        Take(actor, caseId, step, entryId, note, details);

    private Task<TakeCaseStep.Result> Take(Person actor, long caseId, CaseStep step, long? corrects, string? note, (string Key, string Value)[] details)
    {
        _clock.Advance(TimeSpan.FromMinutes(5));
        return TakeCaseStep.HandleAsync(new TakeCaseStep.Request(Actor(actor), caseId, step, details.ToDictionary(d => d.Key, d => d.Value), note, corrects),
            _cases, _people, _organisations, _outbox, _audit, new EarlyReviewPorts(new NoPolicyVersions(), new InMemoryReviewTasks()), _clock, CancellationToken.None);
    }

    private static CaseActor Actor(Person person) => new(person.Id + 100, person.Id, $"Staff {person.Id}", person.OrganisationId, person.Roles);

    [Fact]
    public async Task Chapmanslade_behaviour_14_IllegalFlagRaisedByMistake_CorrectedAway_ClosesThePoliceTask_AndTheCaseCloses()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var caseId = await ReportAsync(slt);
        await Step(slt, caseId, CaseStep.InitialAssessment);
        var flagged = (await Step(slt, caseId, CaseStep.AddNote, (CaseDetails.Flags, "illegal-conduct"))).Entry!;
        (await Step(slt, caseId, CaseStep.Close)).Refusal!.ShouldStartWith("Cannot close the case: the task 'Refer the matter to the police' is open (chapmanslade.behaviour.14).");

        var corrected = await Correct(slt, caseId, flagged.Id, CaseStep.AddNote, "Flagged illegal by mistake: the post was rude, not unlawful.");

        corrected.Succeeded.ShouldBeTrue();
        var entry = corrected.Entry!;
        (entry.Corrects, entry.Step, entry.From, entry.To, entry.Details.Count).ShouldBe((flagged.Id, CaseStep.AddNote, CaseStage.Triaged, CaseStage.Triaged, 0));
        corrected.OpenTasks.ShouldNotContain(t => t.Step == CaseStep.ContactPolice);
        corrected.AllowedNext.ShouldContain(CaseStep.Close);
        (await Step(slt, caseId, CaseStep.Close)).Stage.ShouldBe(CaseStage.Closed);

        var file = (await _cases.GetAsync(caseId, CancellationToken.None))!;
        file.Entries.Single(e => e.Id == flagged.Id).Details[CaseDetails.Flags].ShouldBe("illegal-conduct");
        file.CorrectionOf(flagged.Id)!.Id.ShouldBe(entry.Id);
        _audit.Events.Where(e => e.Action == AuditAction.Change).Select(e => e.Detail)
            .ShouldBe(["step initial-assessment", "step add-note", $"correct entry {flagged.Id}", "step close"]);
    }

    [Fact]
    public async Task Chapmanslade_behaviour_14_FlagCorrectedIn_OpensThePoliceTask_AndTellsItsOwner()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var caseId = await ReportAsync(slt);
        await Step(slt, caseId, CaseStep.InitialAssessment);
        var note = (await Step(slt, caseId, CaseStep.AddNote)).Entry!;
        var before = _outbox.Queued.Count;

        var corrected = await Correct(slt, caseId, note.Id, CaseStep.AddNote, "The post broke the law: it should have been flagged.", (CaseDetails.Flags, "illegal-conduct"));

        corrected.OpenTasks.ShouldContain(t => t.Step == CaseStep.ContactPolice && t.Mandatory);
        var told = _outbox.Queued.Skip(before).ShouldHaveSingleItem();
        (told.RecipientPersonId, told.Subject).ShouldBe((slt.Id, $"Case {caseId} needs action"));
    }

    [Fact]
    public async Task Correction_WithoutANote_IsRefused_AndWritesNothing()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var caseId = await ReportAsync(slt);
        var flagged = (await Step(slt, caseId, CaseStep.AddNote, (CaseDetails.Flags, "illegal-conduct"))).Entry!;
        var (entries, events, queued) = (_cases.Entries.Count, _audit.Events.Count, _outbox.Queued.Count);

        var result = await Correct(slt, caseId, flagged.Id, CaseStep.AddNote, "  ");

        result.Succeeded.ShouldBeFalse();
        result.Errors["Note"].ShouldBe($"Say what was wrong with entry {flagged.Id}: a correction needs a note.");
        (_cases.Entries.Count, _audit.Events.Count, _outbox.Queued.Count).ShouldBe((entries, events, queued));
    }

    [Fact]
    public async Task Correction_OfAnEntryOfAnotherCase_IsRefused_AndWritesNothing()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var first = await ReportAsync(slt);
        var other = await ReportAsync(slt);
        var elsewhere = (await Step(slt, other, CaseStep.AddNote, (CaseDetails.Flags, "illegal-conduct"))).Entry!;
        var entries = _cases.Entries.Count;

        var result = await Correct(slt, first, elsewhere.Id, CaseStep.AddNote, "Wrong case.");

        result.Errors["Corrects"].ShouldBe($"Entry {elsewhere.Id} is not an entry of this case: choose an entry of this case to correct.");
        _cases.Entries.Count.ShouldBe(entries);
    }

    [Fact]
    public async Task Chapmanslade_roles_slt_04_ADslWithoutTheSltRole_CannotCorrectTheInitialAssessment()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var dsl = _people.Staff(2, School, StaffRole.Dsl);
        var caseId = await ReportAsync(slt, CaseType.ParentPost);
        var assessed = (await Step(slt, caseId, CaseStep.InitialAssessment, (CaseDetails.Flags, "illegal-conduct"))).Entry!;

        var refused = await Correct(dsl, caseId, assessed.Id, CaseStep.InitialAssessment, "Not illegal.");

        refused.Errors["Step"].ShouldBe($"Only slt may correct entry {assessed.Id} ('initial-assessment') on this case (chapmanslade.roles-slt.04, chapmanslade.roles-slt.03).");
        var accepted = await Correct(slt, caseId, assessed.Id, CaseStep.InitialAssessment, "Not illegal.");
        accepted.Entry!.ActingAs.ShouldBe(Role.Slt);
        accepted.Entry.Clauses.ShouldBe(["chapmanslade.roles-slt.04"]);
    }

    [Fact]
    public async Task Escalation_CorrectedToAnotherRole_TellsThatRole()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var head = _people.Staff(2, School, StaffRole.Headteacher);
        var caseId = await ReportAsync(slt);
        await Step(slt, caseId, CaseStep.InitialAssessment);
        var escalated = (await Step(slt, caseId, CaseStep.Escalate, (CaseDetails.EscalatedTo, "slt"))).Entry!;
        var before = _outbox.Queued.Count;

        (await Correct(slt, caseId, escalated.Id, CaseStep.Escalate, "It went to the head teacher.", (CaseDetails.EscalatedTo, "headteacher"))).Succeeded.ShouldBeTrue();

        _outbox.Queued.Skip(before).ShouldHaveSingleItem().RecipientPersonId.ShouldBe(head.Id);
    }
}
