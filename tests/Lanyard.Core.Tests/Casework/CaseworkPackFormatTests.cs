using Lanyard.Core.Casework;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Tests.Casework;

public class CaseworkPackFormatTests
{
    private const string Source = "packs/example.yaml";

    private static string WithCasework(string casework) =>
        TestPacks.With("\nclauses:\n", $"\n  casework:\n{casework}    clauses: [example-primary.staff.01]\nclauses:\n");

    private static PackDiagnostic SingleError(string yaml)
    {
        var result = PolicyPackLoader.LoadText(yaml, Source);
        result.Pack.ShouldBeNull();
        result.Errors.Count.ShouldBe(1, string.Join(Environment.NewLine, result.Errors));
        return result.Errors[0];
    }

    [Fact]
    public void Casework_ValidGate_Loads()
    {
        var yaml = WithCasework("    gates:\n      - { requirement: step-recorded, step: record-support-offered, before: close, caseTypes: [online-abuse-of-staff], clause: example-primary.staff.01 }\n");

        var result = PolicyPackLoader.LoadText(yaml, Source);

        result.Errors.ShouldBeEmpty();
        result.Pack!.Parameters.Casework!.Gates.ShouldHaveSingleItem().ShouldBe(new CaseGate
        {
            Requirement = CaseRequirement.StepRecorded,
            Step = CaseStep.RecordSupportOffered,
            Before = GatePoint.Close,
            CaseTypes = [CaseType.OnlineAbuseOfStaff],
            Clause = "example-primary.staff.01",
        }, new GateComparer());
    }

    [Fact]
    public void Casework_UnknownGatePoint_NamesLineColumnAndAllowedValues()
    {
        var yaml = WithCasework("    gates:\n      - { requirement: step-recorded, step: record-support-offered, before: closing, clause: example-primary.staff.01 }\n");

        var error = SingleError(yaml);

        error.Line.ShouldBe(TestPacks.LineOf(yaml, "closing"));
        error.Message.ShouldContain("unknown value 'closing'; allowed: leave-reported, outcome, breach-outcome, reply, close");
    }

    [Fact]
    public void Casework_StepRecordedWithoutStep_IsRejectedAtTheGate()
    {
        var yaml = WithCasework("    gates:\n      - { requirement: step-recorded, before: close, clause: example-primary.staff.01 }\n");

        var error = SingleError(yaml);

        error.Line.ShouldBe(TestPacks.LineOf(yaml, "- { requirement"));
        error.Message.ShouldStartWith("casework.gates (example-primary.staff.01): requirement step-recorded needs step; allowed: initial-assessment, escalate,");
    }

    [Fact]
    public void Casework_UnknownFlag_ListsTheFlagsLanyardKnows()
    {
        var yaml = WithCasework("    gates:\n      - { requirement: outcome-is, outcome: no-breach, whenFlagged: oops, before: outcome, clause: example-primary.staff.01 }\n");

        SingleError(yaml).Message.ShouldBe($"casework.gates (example-primary.staff.01): whenFlagged: unknown flag 'oops'; allowed: {string.Join(", ", CaseFlags.All)}");
    }

    [Fact]
    public void Casework_SeriousnessGateWithoutFactors_IsRejected()
    {
        var yaml = WithCasework("    gates:\n      - { requirement: seriousness-factors, before: outcome, clause: example-primary.staff.01 }\n");

        SingleError(yaml).Message.ShouldBe("casework.gates (example-primary.staff.01): requirement seriousness-factors needs breachConsequences.seriousnessFactors to name the factors");
    }

    [Fact]
    public void Casework_RouteCitingAnotherPacksClause_IsRejected()
    {
        var yaml = WithCasework("    routes:\n      - { caseTypes: [accidental-access], recipients: [it-manager], notify: all, clause: testbourne.5c.16 }\n");

        SingleError(yaml).Message.ShouldContain("cites clause 'testbourne.5c.16', which is not a clause of pack 'example-primary'");
    }

    [Fact]
    public void Casework_OwnerRuleWithSteps_IsRejected()
    {
        var yaml = WithCasework("    owners:\n      - { roles: [slt], steps: [close], clause: example-primary.staff.01 }\n");

        SingleError(yaml).Message.ShouldBe("casework.owners (example-primary.staff.01): an owner rule takes no steps (use stepRoles to limit who takes a step)");
    }

    [Fact]
    public void Casework_Silence_NoParameterMeansNoGatesAndTheFrameOnly()
    {
        var pack = PolicyPackLoader.LoadText(TestPacks.Minimal, Source).Pack!;

        pack.Parameters.Casework.ShouldBeNull();
        CaseProcedures.For(pack, CaseType.StaffBreach).Gates.ShouldBeEmpty();
    }

    private sealed class GateComparer : IEqualityComparer<CaseGate>
    {
        public bool Equals(CaseGate? x, CaseGate? y) =>
            x is not null && y is not null && x.Requirement == y.Requirement && x.Step == y.Step && x.Before == y.Before && x.Clause == y.Clause && x.CaseTypes.SequenceEqual(y.CaseTypes);

        public int GetHashCode(CaseGate obj) => obj.Clause.GetHashCode(StringComparison.Ordinal);
    }
}
