using Lanyard.Core.Policies;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>Builds the procedure a pack sets for a type of case.</summary>
public static class CaseProcedures
{
    /// <summary>The procedure for <paramref name="type"/> under <paramref name="pack"/>.</summary>
    public static CaseProcedure For(PolicyPack pack, CaseType type)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Transition<CaseStage, CaseStep> Row(CaseStage from, CaseStep step, CaseStage to) => new(from, step, to, []);
        return new CaseProcedure(pack, type, new TransitionTable<CaseStage, CaseStep>(
        [
            Row(CaseStage.Reported, CaseStep.InitialAssessment, CaseStage.Triaged),
            Row(CaseStage.Triaged, CaseStep.RecordOutcome, CaseStage.OutcomeRecorded),
            Row(CaseStage.OutcomeRecorded, CaseStep.Close, CaseStage.Closed),
        ]));
    }
}
