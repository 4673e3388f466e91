using Lanyard.Core.Casework;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Tests.Casework;

public class StMarysProcedureTests
{
    private const string Pack = "st-marys-sefton";

    private static CaseWalk Breach() => new CaseWalk(Pack, CaseType.StaffBreach).Take(CaseStep.InitialAssessment);

    [Fact]
    public void StMarys_8_1_02_BreachOf4_1c_IsPotentialGrossMisconduct()
    {
        var walk = Breach();

        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "disciplinary"), (CaseDetails.BreachedClauses, "st-marys-sefton.4-1c.01")).Refusal!
            .ShouldStartWith("Cannot record an outcome: a breach of st-marys-sefton.4-1c.01 is potential-gross-misconduct; the outcome must be 'potential-gross-misconduct' (st-marys-sefton.8-1.02).");
        var check = walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "potential-gross-misconduct"), (CaseDetails.BreachedClauses, "st-marys-sefton.4-1c.01"));
        check.Allowed.ShouldBeTrue();
        check.Severity.ShouldBe(Severity.PotentialGrossMisconduct);
    }

    [Fact]
    public void StMarys_8_1_02_BreachOf4_1f_OnASchoolAccount_IsDisciplinary()
    {
        var walk = Breach();

        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "potential-gross-misconduct"), (CaseDetails.BreachedClauses, "st-marys-sefton.4-1f.01")).Refusal!
            .ShouldContain("is disciplinary; the outcome must be 'disciplinary'");
        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "disciplinary"), (CaseDetails.BreachedClauses, "st-marys-sefton.4-1f.01")).Severity.ShouldBe(Severity.Disciplinary);
    }

    [Fact]
    public void StMarys_8_1_02_BreachOutcomeMustNameTheClausesBreached_NoBreachNeedsNone()
    {
        var walk = Breach();

        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "disciplinary")).Refusal!.ShouldContain("the clauses breached are not named (breached-clauses)");
        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "no-breach")).Allowed.ShouldBeTrue();
        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "disciplinary"), (CaseDetails.BreachedClauses, "st-marys-sefton.9-9.99")).Refusal!.ShouldContain("'st-marys-sefton.9-9.99' is not a clause of st-marys-sefton");
    }

    [Fact]
    public void StMarys_5_3_02_RemovalRequiredKeepsTheCaseOpenUntilRemovalConfirmed()
    {
        var walk = Breach().Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "removal-required"), (CaseDetails.BreachedClauses, "st-marys-sefton.4-1c.01"));

        walk.Tasks.ShouldContain(t => t.Step == CaseStep.ConfirmRemoval && t.Mandatory && t.Clause == "st-marys-sefton.5-3.02");
        walk.Try(CaseStep.Close).Refusal!.ShouldStartWith("Cannot close the case: no 'confirm-removal' entry is recorded (st-marys-sefton.5-3.02).");

        walk.Take(CaseStep.ConfirmRemoval).Take(CaseStep.Close);
    }

    [Fact]
    public void StMarys_7_1_02_StaffVictimCaseNeedsSupportOfferedBeforeClosing()
    {
        var walk = new CaseWalk(Pack, CaseType.OnlineAbuseOfStaff).Take(CaseStep.InitialAssessment);

        walk.Try(CaseStep.Close).Refusal!.ShouldStartWith("Cannot close the case: no 'record-support-offered' entry is recorded (st-marys-sefton.7-1.02).");
        walk.Take(CaseStep.RecordSupportOffered).Take(CaseStep.Close);
    }

    [Fact]
    public void StMarys_app1_06_MeetingInvitedIsTheFirstStepBeforeARemovalRequest()
    {
        var walk = new CaseWalk(Pack, CaseType.ParentPost).Take(CaseStep.InitialAssessment);

        walk.Allowed.ShouldContain(CaseStep.InviteMeeting);
        walk.Allowed.ShouldNotContain(CaseStep.RequestRemoval);
        walk.Take(CaseStep.InviteMeeting);
        walk.Allowed.ShouldContain(CaseStep.RequestRemoval);
    }

    [Fact]
    public void StMarys_app1_09_RemovalRefused_ReportToPlatformAllowed()
    {
        var walk = new CaseWalk(Pack, CaseType.ParentPost).Take(CaseStep.InitialAssessment).Take(CaseStep.InviteMeeting).Take(CaseStep.RequestRemoval);
        walk.Allowed.ShouldNotContain(CaseStep.ReportToPlatform);

        walk.Take(CaseStep.RecordResponse, (CaseDetails.Response, "refused"));

        walk.Try(CaseStep.ReportToPlatform).Clauses.ShouldBe(["st-marys-sefton.app1.09"]);
        walk.Allowed.ShouldContain(CaseStep.SeekExternalAdvice);
    }

    [Fact]
    public void StMarys_ParentPostClosesWithoutASeriousnessRecord_ThePolicyNamesNoFactors()
    {
        var walk = new CaseWalk(Pack, CaseType.ParentPost).Take(CaseStep.InitialAssessment);

        walk.Procedure.Table.Rows.ShouldNotContain(r => r.Trigger == CaseStep.RecordSeriousness);
        walk.Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "resolved")).Take(CaseStep.Close);
    }
}
