using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Tests.Users;

namespace Lanyard.Core.Tests.Casework;

public class TakeCaseStepTests
{
    private const long School = 20;
    private const long Trust = 30;
    private const long Academy = 31;

    private readonly InMemoryCaseStore _cases = new();
    private readonly InMemoryOutbox _outbox = new();
    private readonly InMemoryAuditLog _audit = new();
    private readonly InMemoryPeople _people = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryReviewTasks _reviewTasks = new();
    private readonly InMemoryOrganisations _organisations = new(
        new Organisation(School, "Chapmanslade School", OrganisationLevel.School, null, "chapmanslade"),
        new Organisation(Trust, "Cambrian Learning Trust", OrganisationLevel.Trust, null, "cambrian"),
        new Organisation(Academy, "A Cambrian academy", OrganisationLevel.School, Trust, null));

    private async Task<long> ReportAsync(CaseType type, Person reporter)
    {
        var result = await ReportConcern.HandleAsync(new ReportConcern.Request(Actor(reporter), reporter.OrganisationId, type, "A parent posted about a teacher", null, null, [], [], null),
            _organisations, _people, _cases, _outbox, _audit, _clock, CancellationToken.None);
        return result.CaseId!.Value;
    }

    private Task<TakeCaseStep.Result> Step(Person actor, long caseId, CaseStep step, params (string Key, string Value)[] details) =>
        TakeCaseStep.HandleAsync(new TakeCaseStep.Request(Actor(actor), caseId, step, details.ToDictionary(d => d.Key, d => d.Value), null, null),
            _cases, _people, _organisations, _outbox, _audit, new EarlyReviewPorts(new NoPolicyVersions(), _reviewTasks), _clock, CancellationToken.None);

    private static CaseActor Actor(Person person) => new(person.Id + 100, person.Id, $"Staff {person.Id}", person.OrganisationId, person.Roles);

    [Fact]
    public async Task Chapmanslade_EndToEnd_SltAssesses_LadderRuns_CaseCloses()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var teacher = _people.Staff(2, School, StaffRole.Teacher);
        var caseId = await ReportAsync(CaseType.ParentPost, teacher);
        var entriesAfterReport = _cases.Entries.Count;

        // The reporter, a teacher, sees only the status of their report: to them the case cannot be worked on at all.
        var hidden = await Step(teacher, caseId, CaseStep.InitialAssessment);
        hidden.Errors["CaseId"].ShouldBe("No case has that id.");

        // A DSL reads the case in full, but Chapmanslade gives the initial assessment to SLT.
        var dsl = _people.Staff(3, School, StaffRole.Dsl);
        var refused = await Step(dsl, caseId, CaseStep.InitialAssessment);
        refused.Succeeded.ShouldBeFalse();
        refused.Refusal.ShouldBe("Only slt may take 'initial-assessment' on this case (chapmanslade.roles-slt.04).");
        refused.Errors["Step"].ShouldBe(refused.Refusal);
        _cases.Entries.Count.ShouldBe(entriesAfterReport);

        var assessed = await Step(slt, caseId, CaseStep.InitialAssessment);
        assessed.Entry!.ActingAs.ShouldBe(Role.Slt);
        assessed.Entry.Clauses.ShouldBe(["chapmanslade.roles-slt.04"]);
        assessed.Stage.ShouldBe(CaseStage.Triaged);

        (await Step(slt, caseId, CaseStep.RequestRemoval)).Stage.ShouldBe(CaseStage.InProgress);
        (await Step(slt, caseId, CaseStep.InviteMeeting)).Succeeded.ShouldBeTrue();
        var closed = await Step(slt, caseId, CaseStep.Close);
        closed.Stage.ShouldBe(CaseStage.Closed);
        closed.AllowedNext.ShouldBe([CaseStep.AddNote, CaseStep.Reopen]);
        _audit.Events.Where(e => e.Action == AuditAction.Change).Select(e => e.Detail)
            .ShouldBe(["step initial-assessment", "step request-removal", "step invite-meeting", "step close"]);
    }

    [Fact]
    public async Task IllegalStep_ReturnsTheRefusalAndWritesNothing()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var caseId = await ReportAsync(CaseType.StaffBreach, slt);
        var (entries, events, queued) = (_cases.Entries.Count, _audit.Events.Count, _outbox.Queued.Count);

        var result = await Step(slt, caseId, CaseStep.Close);

        result.Refusal.ShouldBe("'close' is not allowed while the case is reported. Allowed now: initial-assessment, record-evidence, add-note, record-notified.");
        (_cases.Entries.Count, _audit.Events.Count, _outbox.Queued.Count).ShouldBe((entries, events, queued));
    }

    [Fact]
    public async Task Chapmanslade_behaviour_14_IllegalFlagNotifiesNobodyByName_ButQueuesTheTaskForSlt()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var caseId = await ReportAsync(CaseType.StaffBreach, slt);
        await Step(slt, caseId, CaseStep.InitialAssessment);
        var before = _outbox.Queued.Count;

        var result = await Step(slt, caseId, CaseStep.RecordOutcome, (CaseDetails.Outcome, "disciplinary"), (CaseDetails.Flags, "illegal-conduct"));

        result.OpenTasks.ShouldContain(t => t.Step == CaseStep.ContactPolice && t.Mandatory);
        var queued = _outbox.Queued.Skip(before).ShouldHaveSingleItem();
        queued.RecipientPersonId.ShouldBe(slt.Id);
        queued.Subject.ShouldBe($"Case {caseId} needs action");
    }

    [Fact]
    public async Task Escalate_NotifiesTheHoldersOfTheRole()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var head = _people.Staff(2, School, StaffRole.Headteacher);
        var caseId = await ReportAsync(CaseType.StaffBreach, slt);
        await Step(slt, caseId, CaseStep.InitialAssessment);
        var before = _outbox.Queued.Count;

        (await Step(slt, caseId, CaseStep.Escalate, (CaseDetails.EscalatedTo, "headteacher"))).Succeeded.ShouldBeTrue();

        _outbox.Queued.Skip(before).ShouldHaveSingleItem().RecipientPersonId.ShouldBe(head.Id);
    }

    [Fact]
    public async Task Assigning_ATeacherAsOwner_IsRefused_AnSltMemberIsAccepted()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var teacher = _people.Staff(2, School, StaffRole.Teacher);
        var caseId = await ReportAsync(CaseType.StaffBreach, slt);
        await Step(slt, caseId, CaseStep.InitialAssessment);

        (await Step(slt, caseId, CaseStep.Escalate, (CaseDetails.EscalatedTo, "slt"), (CaseDetails.AssignedTo, teacher.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Refusal
            .ShouldBe("Cannot assign the case: its owner must be slt (chapmanslade.roles-slt.03).");
        (await Step(slt, caseId, CaseStep.Escalate, (CaseDetails.EscalatedTo, "slt"), (CaseDetails.AssignedTo, "999"))).Errors["Details"]
            .ShouldBe("Assign the case to a member of staff of this school.");
        (await Step(slt, caseId, CaseStep.Escalate, (CaseDetails.EscalatedTo, "slt"), (CaseDetails.AssignedTo, "1"))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task UnknownCase_IsAnErrorKeyedByCaseId()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);

        (await Step(slt, 404, CaseStep.Close)).Errors["CaseId"].ShouldBe("No case has that id.");
    }

    [Fact]
    public async Task Cambrian_monitoring_review_03_ClosingAsASignificantIncident_OpensAnEarlyReview_OncePerCase()
    {
        var head = _people.Staff(1, Academy, StaffRole.Headteacher, StaffRole.Dsl);
        var teacher = _people.Staff(2, Academy, StaffRole.Teacher);
        var caseId = await ReportAsync(CaseType.OnlineAbuseOfStaff, teacher);
        (await Step(head, caseId, CaseStep.InitialAssessment)).Succeeded.ShouldBeTrue();
        (await Step(head, caseId, CaseStep.RecordSupportOffered)).Succeeded.ShouldBeTrue();

        var closed = await Step(head, caseId, CaseStep.Close, (CaseDetails.SignificantIncident, "yes"));

        closed.Stage.ShouldBe(CaseStage.Closed);
        closed.Entry!.Details[CaseDetails.SignificantIncident].ShouldBe("yes");
        var task = closed.EarlyReview.ShouldNotBeNull();
        (task.OrganisationId, task.CaseId, task.Trigger, task.ClauseId, task.Kind).ShouldBe((Academy, caseId, ReviewTrigger.SignificantIncident, "cambrian.monitoring-review.03", ReviewTaskKind.EarlyReview));
        task.PackId.ShouldBe("cambrian");
        closed.ReviewNotice.ShouldBe("The policy is reviewed early after a significant incident (cambrian.monitoring-review.03): an early review task is open for whoever reviews the policy.");

        // Reopened and closed again as significant: the review already open covers it.
        (await Step(head, caseId, CaseStep.Reopen)).Succeeded.ShouldBeTrue();
        var again = await Step(head, caseId, CaseStep.Close, (CaseDetails.SignificantIncident, "yes"));
        again.Stage.ShouldBe(CaseStage.Closed);
        again.EarlyReview.ShouldBeNull();
        again.ReviewNotice.ShouldBe("An early policy review for this case is already open (raised 3 November 2025).");
        _reviewTasks.Tasks.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Cambrian_ClosingWithoutSayingSignificant_OpensNoReview_AndSaysNothing()
    {
        var head = _people.Staff(1, Academy, StaffRole.Headteacher, StaffRole.Dsl);
        var caseId = await ReportAsync(CaseType.OnlineAbuseOfStaff, head);
        await Step(head, caseId, CaseStep.InitialAssessment);
        await Step(head, caseId, CaseStep.RecordSupportOffered);

        var closed = await Step(head, caseId, CaseStep.Close, (CaseDetails.SignificantIncident, "no"));

        closed.Stage.ShouldBe(CaseStage.Closed);
        (closed.EarlyReview, closed.ReviewNotice).ShouldBe((null, null));
        _reviewTasks.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public async Task Chapmanslade_SilentOnIncidentReviews_ClosingAsSignificant_IsRecorded_OpensNoReview_AndSaysWhy()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var caseId = await ReportAsync(CaseType.ParentPost, slt);
        await Step(slt, caseId, CaseStep.InitialAssessment);
        await Step(slt, caseId, CaseStep.RequestRemoval);
        await Step(slt, caseId, CaseStep.InviteMeeting);

        var closed = await Step(slt, caseId, CaseStep.Close, (CaseDetails.SignificantIncident, "yes"));

        closed.Stage.ShouldBe(CaseStage.Closed);
        closed.Entry!.Details[CaseDetails.SignificantIncident].ShouldBe("yes");
        closed.EarlyReview.ShouldBeNull();
        closed.ReviewNotice.ShouldNotBeNull().ShouldStartWith("The policy in force (");
        closed.ReviewNotice.ShouldEndWith(") does not name significant incidents among its review triggers, so no early review was opened.");
        _reviewTasks.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public async Task SignificantIncident_IsRecordedOnlyWhenClosing_AndOnlyAsYesOrNo()
    {
        var slt = _people.Staff(1, School, StaffRole.Slt);
        var caseId = await ReportAsync(CaseType.ParentPost, slt);
        await Step(slt, caseId, CaseStep.InitialAssessment);
        var entries = _cases.Entries.Count;

        (await Step(slt, caseId, CaseStep.AddNote, (CaseDetails.SignificantIncident, "yes"))).Errors["Step"]
            .ShouldContain("'significant-incident' is recorded when the case is closed, not on 'add-note'");
        (await Step(slt, caseId, CaseStep.Close, (CaseDetails.SignificantIncident, "maybe"))).Errors["Step"]
            .ShouldContain("'significant-incident' must be one of: yes, no");
        _cases.Entries.Count.ShouldBe(entries);
        _reviewTasks.Tasks.ShouldBeEmpty();
    }
}
