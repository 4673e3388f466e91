using Lanyard.Core.Casework;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Tests.Casework;

public class TestbourneProcedureTests
{
    private static readonly (string, string) LeftAt = (CaseDetails.LeftSiteAt, "2025-11-03T08:55:00Z");

    private static CaseWalk Accident() => new("testbourne", CaseType.AccidentalAccess);

    [Fact]
    public void Testbourne_5c_15_AccidentalAccessNeedsLeftImmediatelyAndTheTimeBeforeAssessment()
    {
        var walk = Accident();

        walk.Try(CaseStep.InitialAssessment).Refusal!.ShouldStartWith("Cannot make the initial assessment: no 'confirm-left-site' entry is recorded (testbourne.5c.15).");
        walk.Try(CaseStep.ConfirmLeftSite, (CaseDetails.LeftSiteAt, "soon")).Refusal!.ShouldContain("'left-site-at' must give the time the site was left");
        walk.Tasks.ShouldContain(t => t.Step == CaseStep.ConfirmLeftSite);

        walk.Take(CaseStep.ConfirmLeftSite, LeftAt).Take(CaseStep.InitialAssessment);
    }

    [Fact]
    public void Testbourne_5c_16_CaseIncompleteUntilItManagerAndSltAreBothRecordedAsNotified()
    {
        var walk = Accident().Take(CaseStep.ConfirmLeftSite, LeftAt).Take(CaseStep.InitialAssessment)
            .Take(CaseStep.RecordNotified, (CaseDetails.NotifiedRole, "it-manager"));

        walk.Try(CaseStep.Close).Refusal!.ShouldStartWith("Cannot close the case: slt has not been recorded as notified (testbourne.5c.16).");
        walk.Take(CaseStep.RecordNotified, (CaseDetails.NotifiedRole, "slt")).Take(CaseStep.Close);
    }

    [Fact]
    public void Testbourne_5c_17_GenuineMistakeIsNotABreach()
    {
        var walk = Accident().Take(CaseStep.ConfirmLeftSite, LeftAt).Take(CaseStep.InitialAssessment);

        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "warning"), (CaseDetails.Flags, CaseFlags.GenuineMistake)).Refusal!
            .ShouldStartWith("Cannot record an outcome: the outcome must be 'no-breach' when the case is flagged genuine-mistake (testbourne.5c.17).");
        walk.Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "no-breach"), (CaseDetails.Flags, CaseFlags.GenuineMistake));
        walk.File.Stage.ShouldBe(CaseStage.OutcomeRecorded);
    }

    [Fact]
    public void Testbourne_5c_17_RepeatedUnreportedAccessIsNotAGenuineMistake_SoABreachOutcomeIsAllowed()
    {
        var walk = Accident().Take(CaseStep.ConfirmLeftSite, LeftAt).Take(CaseStep.InitialAssessment);

        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "it-access-withdrawn")).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Testbourne_6b_04_VictimSupportOfferedBeforeClosing()
    {
        var walk = new CaseWalk("testbourne", CaseType.OnlineAbuseOfStaff).Take(CaseStep.InitialAssessment);

        walk.Tasks.ShouldContain(t => t.Step == CaseStep.RecordSupportOffered && t.Mandatory && t.Clause == "testbourne.6b.04");
        walk.Try(CaseStep.Close).Allowed.ShouldBeFalse();
        walk.Take(CaseStep.RecordSupportOffered).Take(CaseStep.Close);
    }

    [Fact]
    public void Testbourne_6b_06_ThreatFlagRequiresAPoliceAdviceDecisionBySlt()
    {
        var walk = new CaseWalk("testbourne", CaseType.OnlineAbuseOfStaff).Take(CaseStep.InitialAssessment)
            .Take(CaseStep.AddNote, (CaseDetails.Flags, "illegal-or-threatens-harm"));

        var task = walk.Tasks.Single(t => t.Step == CaseStep.RecordPoliceDecision);
        task.Mandatory.ShouldBeTrue();
        task.OwnerRole.ShouldBe(Role.Slt);
        task.Clause.ShouldBe("testbourne.6b.06");
        walk.Try(CaseStep.RecordPoliceDecision, (CaseDetails.PoliceDecision, "advised-employee")).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Testbourne_6b_09_IndecentImageEvidenceOpensAContactThePoliceNowTask()
    {
        var walk = new CaseWalk("testbourne", CaseType.OnlineAbuseOfStaff).Take(CaseStep.InitialAssessment);
        walk.Tasks.ShouldNotContain(t => t.Step == CaseStep.ContactPolice);

        walk.Take(CaseStep.RecordEvidence, (CaseDetails.IndecentImage, "yes"), (CaseDetails.EvidenceId, "5"));

        var task = walk.Tasks.Single(t => t.Step == CaseStep.ContactPolice);
        task.Title.ShouldBe("Contact the police now");
        task.Mandatory.ShouldBeTrue();
        task.Clause.ShouldBe("testbourne.6b.09");
        task.Due.ShouldBe(walk.File.Entries[^1].At.AddHours(1));
        walk.Allowed.ShouldContain(CaseStep.ContactPolice);
    }

    [Fact]
    public void Testbourne_7_02_OutcomePicklistIsWarningDismissalItAccessOrDisciplinary()
    {
        new CaseWalk("testbourne", CaseType.StaffBreach).Procedure.Outcomes
            .ShouldBe(["resolved", "no-breach", "warning", "dismissal", "it-access-withdrawn", "disciplinary"]);
    }

    [Fact]
    public void Testbourne_HasNoAttributionOrSeriousnessGate_ThoseAreCambriansRules()
    {
        var walk = new CaseWalk("testbourne", CaseType.StaffBreach).Take(CaseStep.InitialAssessment);

        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "warning")).Allowed.ShouldBeTrue();
        walk.Procedure.Table.Rows.ShouldNotContain(r => r.Trigger == CaseStep.RecordAttribution || r.Trigger == CaseStep.RecordSeriousness);
    }
}
