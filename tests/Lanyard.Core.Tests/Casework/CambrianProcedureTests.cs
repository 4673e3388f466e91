using Lanyard.Core.Casework;
using Lanyard.Core.People;

namespace Lanyard.Core.Tests.Casework;

public class CambrianProcedureTests
{
    private static readonly (string, string)[] AllFactors =
    [
        ("factor.nature", "offensive"), ("factor.time-visible", "two days"), ("factor.recirculation-potential", "shared 40 times"),
        ("factor.impact", "complaints from parents"), ("factor.deliberateness", "deliberate"),
    ];

    private static CaseWalk Breach() => new CaseWalk("cambrian", CaseType.StaffBreach).Take(CaseStep.InitialAssessment);

    [Fact]
    public void Cambrian_breaches_05_AllSeriousnessFactorsRecordedBeforeAnOutcome()
    {
        var walk = Breach().Take(CaseStep.RecordApplicablePolicy, (CaseDetails.ApplicablePolicy, "CLT Disciplinary Policy"));

        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "no-breach")).Refusal!
            .ShouldStartWith("Cannot record an outcome: the seriousness factors nature, time-visible, recirculation-potential, impact, deliberateness are not recorded (cambrian.breaches.05).");
        walk.Try(CaseStep.RecordSeriousness, ("factor.nature", "offensive")).Refusal!
            .ShouldContain("every seriousness factor must be assessed; missing: time-visible, recirculation-potential, impact, deliberateness");

        walk.Take(CaseStep.RecordSeriousness, AllFactors);

        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "no-breach")).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Cambrian_breaches_04_NoBreachFoundWithoutAnAttributionFinding()
    {
        var walk = Breach().Take(CaseStep.RecordApplicablePolicy, (CaseDetails.ApplicablePolicy, "CLT Disciplinary Policy")).Take(CaseStep.RecordSeriousness, AllFactors);

        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "disciplinary")).Refusal!
            .ShouldStartWith("Cannot record an outcome: no 'record-attribution' entry is recorded (cambrian.breaches.04).");
        walk.Take(CaseStep.RecordAttribution, (CaseDetails.Attribution, "responsible")).Take(CaseStep.RecordOutcome, (CaseDetails.Outcome, "disciplinary"));
    }

    [Fact]
    public void Cambrian_employer_action_04_ApplicablePolicyAssessedBeforeAnOutcome()
    {
        var walk = Breach().Take(CaseStep.RecordSeriousness, AllFactors);

        walk.Try(CaseStep.RecordOutcome, (CaseDetails.Outcome, "no-breach")).Refusal!
            .ShouldStartWith("Cannot record an outcome: no 'record-applicable-policy' entry is recorded (cambrian.employer-action.04).");
        walk.Tasks.ShouldContain(t => t.Step == CaseStep.RecordApplicablePolicy && !t.Mandatory);
    }

    [Fact]
    public void Cambrian_employer_action_08_SupportAndCounsellingOfferedBeforeClosing()
    {
        var walk = new CaseWalk("cambrian", CaseType.OnlineAbuseOfStaff).Take(CaseStep.InitialAssessment);

        walk.Try(CaseStep.Close).Refusal!.ShouldStartWith("Cannot close the case: no 'record-support-offered' entry is recorded (cambrian.employer-action.08).");
        walk.Take(CaseStep.RecordSupportOffered).Take(CaseStep.Close);
    }

    [Fact]
    public void Cambrian_employer_action_02_TheInvestigatorMustBeASeniorManager()
    {
        var walk = Breach();
        var assign = new Dictionary<string, string> { [CaseDetails.AssignedTo] = "9", [CaseDetails.EscalatedTo] = "senior-manager" };

        walk.Procedure.Check(walk.File, CaseStep.Escalate, CaseWalk.Leader, assign, CaseWalk.Teacher).Refusal
            .ShouldBe("Cannot assign the case: its owner must be senior-manager (cambrian.employer-action.02).");
        walk.Procedure.Check(walk.File, CaseStep.Escalate, CaseWalk.Leader, assign, [.. CaseRoles.PolicyRolesOf([StaffRole.DeputyHead])]).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Cambrian_breaches_07_UnlawfulConductOpensAMandatoryPoliceTask()
    {
        var walk = Breach().Take(CaseStep.AddNote, (CaseDetails.Flags, "unlawful-content"));

        walk.Tasks.ShouldContain(t => t.Step == CaseStep.ContactPolice && t.Mandatory && t.Clause == "cambrian.breaches.07");
        walk.Allowed.ShouldNotContain(CaseStep.Close);
    }

    [Fact]
    public void Cambrian_breaches_02_CredentialsRecordedAsYesOrNoOnly()
    {
        var walk = Breach();

        walk.Try(CaseStep.RecordCredentialsProvided, (CaseDetails.CredentialsProvided, "hunter2")).Refusal!.ShouldContain("'credentials-provided' must be one of: yes, no");
        walk.Try(CaseStep.RecordCredentialsProvided, (CaseDetails.CredentialsProvided, "yes")).Clauses.ShouldBe(["cambrian.breaches.02"]);
    }
}
