using Lanyard.Core.Casework;
using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Tests.Casework;

public class ChapmansladeProcedureTests
{
    [Fact]
    public void Chapmanslade_roles_slt_04_CaseCannotLeaveReportedWithoutSltAssessment()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.SafeguardingConcern);

        var byTeacher = walk.TryAs(CaseWalk.Teacher, CaseStep.InitialAssessment);
        byTeacher.Allowed.ShouldBeFalse();
        byTeacher.Refusal.ShouldBe("Only slt may take 'initial-assessment' on this case (chapmanslade.roles-slt.04).");
        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "internal")).Refusal!.ShouldStartWith("'record-outcome' is not allowed while the case is reported.");
        walk.Tasks.ShouldContain(t => t.Step == CaseStep.InitialAssessment && t.OwnerRole == Role.Slt && t.Clause == "chapmanslade.roles-slt.04");

        var bySlt = walk.TryAs([.. CaseRoles.PolicyRolesOf([StaffRole.Slt])], CaseStep.InitialAssessment);
        bySlt.Allowed.ShouldBeTrue();
        bySlt.To.ShouldBe(CaseStage.Triaged);
        bySlt.Clauses.ShouldContain("chapmanslade.roles-slt.04");
    }

    [Fact]
    public void Chapmanslade_roles_slt_03_TeacherAssignedAsOwnerIsRefused()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.StaffBreach).Take(CaseStep.InitialAssessment);
        var details = new Dictionary<string, string> { [CaseDetails.AssignedTo] = "42" };

        var teacher = walk.Procedure.Check(walk.File, CaseStep.Escalate, CaseWalk.Leader, new Dictionary<string, string>(details) { [CaseDetails.EscalatedTo] = "slt" }, CaseWalk.Teacher);
        teacher.Refusal.ShouldBe("Cannot assign the case: its owner must be slt (chapmanslade.roles-slt.03).");

        var slt = walk.Procedure.Check(walk.File, CaseStep.Escalate, CaseWalk.Leader, new Dictionary<string, string>(details) { [CaseDetails.EscalatedTo] = "slt" }, [.. CaseRoles.PolicyRolesOf([StaffRole.Slt])]);
        slt.Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Chapmanslade_parents_02_03_RemovalRequestFirst_ThenMeetingRequiredBeforeClosing()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.ParentPost).Take(CaseStep.InitialAssessment);
        walk.Allowed.ShouldContain(CaseStep.RequestRemoval);
        walk.Allowed.ShouldNotContain(CaseStep.InviteMeeting);

        walk.Take(CaseStep.RequestRemoval);
        walk.Allowed.ShouldContain(CaseStep.InviteMeeting);
        walk.Tasks.ShouldContain(t => t.Step == CaseStep.InviteMeeting && t.Mandatory && t.Clause == "chapmanslade.parents.03");
        walk.Try(CaseStep.Close).Refusal!.ShouldStartWith("Cannot close the case: no 'invite-meeting' entry is recorded (chapmanslade.parents.03). Allowed now: ");

        walk.Take(CaseStep.InviteMeeting).Take(CaseStep.Close);
        walk.File.Stage.ShouldBe(CaseStage.Closed);
    }

    [Fact]
    public void Chapmanslade_parents_04_ComplaintsProcedureOnlyOnceTheMeetingLeftItUnresolved()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.ParentPost).Take(CaseStep.InitialAssessment).Take(CaseStep.RequestRemoval).Take(CaseStep.InviteMeeting);
        walk.Try(CaseStep.ReferToComplaintsProcedure).Allowed.ShouldBeFalse();

        walk.Take(CaseStep.RecordResponse, (CaseDetails.Response, "unresolved"));

        walk.Try(CaseStep.ReferToComplaintsProcedure).Clauses.ShouldBe(["chapmanslade.parents.04"]);
    }

    [Fact]
    public void Chapmanslade_behaviour_12_ConfirmedBreachCannotCloseWithoutAnOutcome()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.StaffBreach).Take(CaseStep.InitialAssessment);
        walk.Try(CaseStep.Close).Allowed.ShouldBeTrue();

        walk.Take(CaseStep.AddNote, (CaseDetails.Flags, CaseFlags.BreachConfirmed));

        walk.Try(CaseStep.Close).Refusal!.ShouldStartWith("Cannot close the case: no 'record-outcome' entry is recorded (chapmanslade.behaviour.12).");
        walk.Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "internal")).Take(CaseStep.Close);
    }

    [Fact]
    public void Chapmanslade_behaviour_14_IllegalConductOpensAMandatoryPoliceTask()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.StaffBreach).Take(CaseStep.InitialAssessment)
            .Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "disciplinary"), (CaseDetails.Flags, "illegal-conduct"));

        var task = walk.Tasks.ShouldHaveSingleItem();
        task.Step.ShouldBe(CaseStep.ContactPolice);
        task.Mandatory.ShouldBeTrue();
        task.Clause.ShouldBe("chapmanslade.behaviour.14");
        walk.Allowed.ShouldNotContain(CaseStep.Close);
        walk.Try(CaseStep.Close).Refusal.ShouldBe("Cannot close the case: the task 'Refer the matter to the police' is open (chapmanslade.behaviour.14). Allowed now: "
            + string.Join(", ", walk.Allowed.Select(s => Workflows.WorkflowText.Kebab(s))) + ".");

        walk.Take(CaseStep.ContactPolice).Take(CaseStep.Close);
    }

    [Fact]
    public void Chapmanslade_behaviour_13_LawfulButUnacceptableConductHasNoPoliceTask()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.StaffBreach).Take(CaseStep.InitialAssessment)
            .Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "internal"));

        walk.Tasks.ShouldBeEmpty();
        walk.Allowed.ShouldNotContain(CaseStep.ContactPolice);
        walk.Take(CaseStep.Close);
    }

    [Fact]
    public void Chapmanslade_behaviour_06_JournalistReplyHeldUntilTheMediaPolicyStepIsDone()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.JournalistContact).Take(CaseStep.InitialAssessment);
        walk.Allowed.ShouldNotContain(CaseStep.ReplyToJournalist);
        walk.Try(CaseStep.ReplyToJournalist).Refusal!.ShouldStartWith("Cannot reply to the journalist: no 'follow-media-policy' entry is recorded (chapmanslade.behaviour.06).");

        walk.Take(CaseStep.FollowMediaPolicy);

        walk.Try(CaseStep.ReplyToJournalist).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Chapmanslade_abuse_02_ModerationWithoutAPublicExplanationIsRefused()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.ParentPost).Take(CaseStep.InitialAssessment);

        walk.Try(CaseStep.ModerateComment, (CaseDetails.ModerationAction, "delete")).Refusal!.ShouldContain("'public-explanation' must say publicly why it was done");
        walk.Try(CaseStep.ModerateComment, (CaseDetails.ModerationAction, "hide"), (CaseDetails.PublicExplanation, "x")).Refusal!.ShouldContain("'moderation-action' must be one of: block, report, delete");
        walk.Try(CaseStep.ModerateComment, (CaseDetails.ModerationAction, "delete"), (CaseDetails.PublicExplanation, "Removed: it named a pupil.")).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void IllegalTransition_IsRefusedWithTheListOfAllowedNextSteps()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.ParentPost);

        var check = walk.Try(CaseStep.Close);

        check.Allowed.ShouldBeFalse();
        check.Refusal.ShouldBe("'close' is not allowed while the case is reported. Allowed now: initial-assessment, record-evidence, add-note, record-notified.");
        check.AllowedNow.ShouldBe([CaseStep.InitialAssessment, CaseStep.RecordEvidence, CaseStep.AddNote, CaseStep.RecordNotified]);
    }

    [Fact]
    public void ClosedCase_TakesOnlyANoteOrAReopen()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.StaffBreach).Take(CaseStep.InitialAssessment).Take(CaseStep.Close);

        walk.Allowed.ShouldBe([CaseStep.AddNote, CaseStep.Reopen]);
        walk.Tasks.ShouldBeEmpty();
        walk.Take(CaseStep.Reopen).File.Stage.ShouldBe(CaseStage.InProgress);
    }

    [Fact]
    public void Outcome_NotInThePacksList_IsRefusedNamingTheAllowedOutcomes()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.StaffBreach).Take(CaseStep.InitialAssessment);

        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "dismissal")).Refusal
            .ShouldBe("Cannot take 'record-outcome': 'outcome' must be one of: resolved, no-breach, internal, disciplinary, police-referral.");
    }
}
