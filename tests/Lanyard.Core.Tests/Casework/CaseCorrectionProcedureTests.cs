using Lanyard.Core.Casework;
using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Tests.Casework;

/// <summary>What the procedure reads once an entry is corrected, and what a correction may and may not do (pure: no store).</summary>
public class CaseCorrectionProcedureTests
{
    private static readonly IReadOnlyCollection<Role> Dsl = [.. CaseRoles.PolicyRolesOf([StaffRole.Dsl])];
    private static readonly IReadOnlyCollection<Role> Slt = [.. CaseRoles.PolicyRolesOf([StaffRole.Slt])];

    [Fact]
    public void Testbourne_6b_09_IndecentImagesFlagRaisedByMistake_CorrectedAway_ClosesThePoliceTask_AndTheCaseCanClose()
    {
        var walk = new CaseWalk("testbourne", CaseType.OnlineAbuseOfStaff).Take(CaseStep.InitialAssessment).Take(CaseStep.RecordSupportOffered)
            .Take(CaseStep.AddNote, (CaseDetails.Flags, "indecent-images-of-children"));
        walk.Tasks.ShouldContain(t => t.Step == CaseStep.ContactPolice && t.Mandatory && t.Clause == "testbourne.6b.09");
        walk.Try(CaseStep.Close).Refusal!.ShouldStartWith("Cannot close the case: the task 'Contact the police now' is open (testbourne.6b.09).");

        walk.Correct(3);

        walk.Tasks.ShouldNotContain(t => t.Step == CaseStep.ContactPolice);
        walk.Allowed.ShouldContain(CaseStep.Close);
        walk.Allowed.ShouldNotContain(CaseStep.ContactPolice);
        walk.Take(CaseStep.Close).File.Stage.ShouldBe(CaseStage.Closed);
        walk.File.Entries.Single(e => e.Id == 3).Details[CaseDetails.Flags].ShouldBe("indecent-images-of-children");
        walk.File.CorrectionOf(3)!.Id.ShouldBe(4);
    }

    [Fact]
    public void Cambrian_breaches_07_UnlawfulFlagCorrectedAway_NoLongerBlocksClosing()
    {
        var walk = new CaseWalk("cambrian", CaseType.StaffBreach).Take(CaseStep.InitialAssessment).Take(CaseStep.AddNote, (CaseDetails.Flags, "unlawful-content"));
        walk.Tasks.ShouldContain(t => t.Step == CaseStep.ContactPolice && t.Clause == "cambrian.breaches.07");

        walk.Correct(2);

        walk.Tasks.ShouldNotContain(t => t.Step == CaseStep.ContactPolice);
        (walk.Try(CaseStep.Close).Refusal ?? string.Empty).ShouldNotContain("cambrian.breaches.07");
    }

    [Fact]
    public void Testbourne_6b_06_ThreatFlagCorrectedIn_OpensThePoliceDecisionTaskForSlt_CountingFromTheCorrectedEntry()
    {
        var walk = new CaseWalk("testbourne", CaseType.OnlineAbuseOfStaff).Take(CaseStep.InitialAssessment).Take(CaseStep.AddNote);
        var noted = walk.File.Entries[^1].At;
        walk.Tasks.ShouldNotContain(t => t.Step == CaseStep.RecordPoliceDecision);

        walk.Correct(2, (CaseDetails.Flags, "illegal-or-threatens-harm"));

        var task = walk.Tasks.Single(t => t.Step == CaseStep.RecordPoliceDecision);
        (task.Mandatory, task.OwnerRole, task.Clause).ShouldBe((true, Role.Slt, "testbourne.6b.06"));
        task.Due.ShouldBe(noted + CaseUrgency.Allowed(Lanyard.Core.Policies.Parameters.Urgency.AsSoonAsPossible));
    }

    [Fact]
    public void Heathcoat_parents_10_CorrectedResponse_ChangesWhatTheLadderAllowsNext()
    {
        var walk = new CaseWalk("heathcoat", CaseType.ParentPost).Take(CaseStep.InitialAssessment).Take(CaseStep.DiscussWithParent).Take(CaseStep.RequestRemoval)
            .Take(CaseStep.RecordResponse, (CaseDetails.Response, "refused-and-continuing"));
        walk.Allowed.ShouldContain(CaseStep.WrittenWarning);

        walk.Correct(4, (CaseDetails.Response, "removed"));

        walk.Allowed.ShouldNotContain(CaseStep.WrittenWarning);
        walk.Allowed.ShouldNotContain(CaseStep.OtherLegalAction);
        walk.Try(CaseStep.WrittenWarning).Allowed.ShouldBeFalse();

        walk.Correct(5, (CaseDetails.Response, "refused-and-continuing"));

        walk.Allowed.ShouldContain(CaseStep.WrittenWarning);
    }

    [Fact]
    public void Correction_DetailsAreCheckedAsTheStepsDetailsAre()
    {
        var walk = new CaseWalk("heathcoat", CaseType.ParentPost).Take(CaseStep.InitialAssessment).Take(CaseStep.DiscussWithParent)
            .Take(CaseStep.RecordResponse, (CaseDetails.Response, "removed"));

        var check = walk.TryCorrect(CaseWalk.Leader, 3, (CaseDetails.Response, "maybe"));

        check.Allowed.ShouldBeFalse();
        check.Refusal!.ShouldStartWith("Cannot correct entry 3: 'response' must be one of: removed, refused");
        check.Field.ShouldBe("Details");
        walk.TryCorrect(CaseWalk.Leader, 3).Refusal!.ShouldContain("'response' must be one of");
    }

    [Fact]
    public void Correction_OfAnEntryAlreadyCorrected_IsRefusedNamingTheCorrection_WhichCanItselfBeCorrected()
    {
        var walk = new CaseWalk("heathcoat", CaseType.OnlineAbuseOfStaff).Take(CaseStep.InitialAssessment).Take(CaseStep.AddNote, (CaseDetails.Flags, "harassment"))
            .Correct(2, (CaseDetails.Flags, "threat-of-violence"));
        walk.Allowed.ShouldContain(CaseStep.ContactPolice);

        var again = walk.TryCorrect(CaseWalk.Leader, 2);

        again.Refusal.ShouldBe("Entry 2 has already been corrected by entry 3: correct entry 3 instead.");
        again.Field.ShouldBe("Corrects");
        walk.Correct(3);
        walk.Allowed.ShouldNotContain(CaseStep.ContactPolice);
    }

    [Fact]
    public void Correction_ReRecordsTheCorrectedStep_AndNamesAnEntryOfThisCase()
    {
        var walk = new CaseWalk("heathcoat", CaseType.ParentPost).Take(CaseStep.InitialAssessment);

        var otherStep = walk.Procedure.CheckCorrection(walk.File, 1, CaseStep.AddNote, CaseWalk.Leader, new Dictionary<string, string>());
        otherStep.Refusal.ShouldBe("A correction re-records the step of the entry it corrects: entry 1 is 'initial-assessment', not 'add-note'.");
        otherStep.Field.ShouldBe("Step");

        var missing = walk.Procedure.CheckCorrection(walk.File, 99, CaseStep.AddNote, CaseWalk.Leader, new Dictionary<string, string>());
        missing.Refusal.ShouldBe("Entry 99 is not an entry of this case: choose an entry of this case to correct.");
        missing.Field.ShouldBe("Corrects");
    }

    [Fact]
    public void Chapmanslade_roles_slt_04_OnlySltCorrectsTheInitialAssessment_AnyoneWorkingTheCaseCorrectsANote()
    {
        var walk = new CaseWalk("chapmanslade", CaseType.StaffBreach).Take(CaseStep.InitialAssessment).Take(CaseStep.AddNote, (CaseDetails.Flags, "illegal-conduct"));

        walk.TryCorrect(Dsl, 1).Refusal.ShouldBe("Only slt may correct entry 1 ('initial-assessment') on this case (chapmanslade.roles-slt.04, chapmanslade.roles-slt.03).");
        walk.Procedure.MayCorrect(walk.File, 1, Dsl).ShouldBeFalse();
        walk.TryCorrect(Slt, 1).Allowed.ShouldBeTrue();
        walk.TryCorrect(Dsl, 2).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Testbourne_5c_17_OutcomeCorrectedAfterClosing_MeetsTheSameGates_AndTheCaseStaysClosed()
    {
        var walk = new CaseWalk("testbourne", CaseType.AccidentalAccess).Take(CaseStep.ConfirmLeftSite, (CaseDetails.LeftSiteAt, "2025-11-03T08:55:00Z"))
            .Take(CaseStep.InitialAssessment).Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "no-breach"), (CaseDetails.Flags, CaseFlags.GenuineMistake))
            .Take(CaseStep.RecordNotified, (CaseDetails.NotifiedRole, "it-manager")).Take(CaseStep.RecordNotified, (CaseDetails.NotifiedRole, "slt")).Take(CaseStep.Close);

        walk.TryCorrect(CaseWalk.Leader, 3, (CaseDetails.Outcome, "warning"), (CaseDetails.Flags, CaseFlags.GenuineMistake)).Refusal.ShouldBe(
            "Cannot record an outcome: the outcome must be 'no-breach' when the case is flagged genuine-mistake (testbourne.5c.17), so entry 3 cannot be corrected that way.");

        walk.Correct(3, (CaseDetails.Outcome, "warning"));

        walk.File.Stage.ShouldBe(CaseStage.Closed);
        walk.File.Entries[^1].From.ShouldBe(CaseStage.Closed);
        CaseReading.Outcome(walk.File).ShouldBe("warning");
        walk.Allowed.ShouldBe([CaseStep.AddNote, CaseStep.Reopen]);
    }

    [Fact]
    public void Testbourne_5c_17_GenuineMistakeCorrectedInAfterAWarning_IsRefusedNamingTheOutcome_UntilTheOutcomeIsCorrectedFirst()
    {
        var walk = new CaseWalk("testbourne", CaseType.AccidentalAccess).Take(CaseStep.ConfirmLeftSite, (CaseDetails.LeftSiteAt, "2025-11-03T08:55:00Z"))
            .Take(CaseStep.InitialAssessment).Take(CaseStep.AddNote).Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "warning"));

        // The note should have said it was a genuine mistake; a warning would then break 5c.17.
        var refused = walk.TryCorrect(CaseWalk.Leader, 3, (CaseDetails.Flags, CaseFlags.GenuineMistake));

        refused.Allowed.ShouldBeFalse();
        refused.Refusal.ShouldBe(
            "Entry 3 cannot be corrected that way: the outcome recorded on the case ('warning', entry 4) would no longer stand, as the outcome must be 'no-breach' when the case is flagged genuine-mistake (testbourne.5c.17). Correct entry 4 first, then this one.");
        refused.Clauses.ShouldBe(["testbourne.5c.17"]);

        walk.Correct(4, (CaseDetails.Outcome, "no-breach"));
        walk.Correct(3, (CaseDetails.Flags, CaseFlags.GenuineMistake));

        CaseReading.Outcome(walk.File).ShouldBe("no-breach");
        walk.TryCorrect(CaseWalk.Leader, 5, (CaseDetails.Outcome, "warning")).Refusal.ShouldBe(
            "Cannot record an outcome: the outcome must be 'no-breach' when the case is flagged genuine-mistake (testbourne.5c.17), so entry 5 cannot be corrected that way.");
    }

    [Fact]
    public void Testbourne_5c_17_GenuineMistakeNotedAfterAWarning_OpensAMandatoryTaskToRecordTheOutcomeAgain_BeforeClosing()
    {
        var walk = new CaseWalk("testbourne", CaseType.AccidentalAccess).Take(CaseStep.ConfirmLeftSite, (CaseDetails.LeftSiteAt, "2025-11-03T08:55:00Z"))
            .Take(CaseStep.InitialAssessment).Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "warning"))
            .Take(CaseStep.RecordNotified, (CaseDetails.NotifiedRole, "it-manager")).Take(CaseStep.RecordNotified, (CaseDetails.NotifiedRole, "slt"));
        walk.Allowed.ShouldContain(CaseStep.Close);

        // New information, never refused: the member of staff's account shows it was a genuine mistake.
        walk.Take(CaseStep.AddNote, (CaseDetails.Flags, CaseFlags.GenuineMistake));

        var task = walk.Tasks.ShouldHaveSingleItem();
        (task.Step, task.Mandatory, task.Clause).ShouldBe((CaseStep.RecordOutcome, true, "testbourne.5c.17"));
        task.Title.ShouldBe("Record the outcome again: the outcome must be 'no-breach' when the case is flagged genuine-mistake");
        walk.Allowed.ShouldNotContain(CaseStep.Close);
        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "warning")).Refusal!.ShouldContain("testbourne.5c.17");

        walk.Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "no-breach"));

        walk.Tasks.ShouldBeEmpty();
        walk.Take(CaseStep.Close).File.Stage.ShouldBe(CaseStage.Closed);
    }

    [Fact]
    public void Correction_ThatLeavesTheOutcomeAsItStood_IsNotHeldUpByIt()
    {
        // A flag corrected away never makes a recorded outcome wrong; and a note's wording is not judged by outcome gates.
        var walk = new CaseWalk("testbourne", CaseType.AccidentalAccess).Take(CaseStep.ConfirmLeftSite, (CaseDetails.LeftSiteAt, "2025-11-03T08:55:00Z"))
            .Take(CaseStep.InitialAssessment).Take(CaseStep.AddNote, (CaseDetails.Flags, CaseFlags.GenuineMistake)).Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "no-breach"));

        walk.TryCorrect(CaseWalk.Leader, 3).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void EvidenceEntry_ItsStoredItemCannotBeCorrected_OnlyItsNote()
    {
        var walk = new CaseWalk("testbourne", CaseType.OnlineAbuseOfStaff).Take(CaseStep.InitialAssessment)
            .Take(CaseStep.RecordEvidence, (CaseDetails.IndecentImage, "yes"), (CaseDetails.EvidenceId, "5"));

        var check = walk.TryCorrect(CaseWalk.Leader, 2, (CaseDetails.EvidenceId, "5"));

        check.Refusal.ShouldBe("Entry 2 names a stored evidence item: a correction may change its note, not 'indecent-image'.");
        walk.TryCorrect(CaseWalk.Leader, 2, (CaseDetails.IndecentImage, "yes"), (CaseDetails.EvidenceId, "5")).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void CorrectedEntry_IsReadInItsOwnPlace_SoALaterValueStillWins()
    {
        var walk = new CaseWalk("heathcoat", CaseType.OnlineAbuseOfStaff).Take(CaseStep.InitialAssessment)
            .Take(CaseStep.AddNote, (CaseDetails.Assessment, "first")).Take(CaseStep.AddNote, (CaseDetails.Assessment, "second"))
            .Correct(2, (CaseDetails.Assessment, "first, corrected"));

        CaseReading.Latest(walk.File, CaseDetails.Assessment).ShouldBe("second");
        walk.Correct(3, (CaseDetails.Assessment, "second, corrected"));
        CaseReading.Latest(walk.File, CaseDetails.Assessment).ShouldBe("second, corrected");
    }
}
