using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>
/// Builds the procedure a pack sets for a type of case: one explicit transition table per pack and
/// type. Every procedure shares the frame (assess out of "reported"; steps move a triaged case to
/// "in progress"; an outcome; close; reopen; notes and evidence at any open stage). The steps in
/// between come from the pack: its parent-post ladder, its police triggers, the workflow modules
/// it enables, the steps its casework gates ask for. A note may also be added to a closed case, so
/// that something learned later is recorded without reopening it; a mistake in the record is
/// corrected, at any stage, by a correction, which is not a step through this table
/// (<see cref="CaseProcedure.CheckCorrection"/>).
/// </summary>
public static class CaseProcedures
{
    private static readonly CaseStage[] Working = [CaseStage.Triaged, CaseStage.InProgress, CaseStage.OutcomeRecorded];
    private static readonly CaseStage[] Open = [CaseStage.Reported, .. Working];

    /// <summary>The procedure for <paramref name="type"/> under <paramref name="pack"/>.</summary>
    public static CaseProcedure For(PolicyPack pack, CaseType type)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var steps = ProcedureSteps(pack, type);
        var rows = new List<Transition<CaseStage, CaseStep>>();
        void Row(CaseStage from, CaseStep step, CaseStage to, IReadOnlyList<string> clauses) => rows.Add(new(from, step, to, clauses));

        var assessment = pack.Parameters.Casework?.StepRoles.Where(r => r.Steps.Contains(CaseStep.InitialAssessment) && Applies(r.CaseTypes, type)).Select(r => r.Clause) ?? [];
        Row(CaseStage.Reported, CaseStep.InitialAssessment, CaseStage.Triaged, [.. assessment]);
        foreach (var stage in Open)
        {
            Row(stage, CaseStep.RecordEvidence, stage, []);
            Row(stage, CaseStep.AddNote, stage, []);
            Row(stage, CaseStep.RecordNotified, stage, PackRoute.For(pack, type).Clauses);
        }

        Row(CaseStage.Closed, CaseStep.AddNote, CaseStage.Closed, []);

        // Steps a gate needs before the case leaves "reported" can be taken while it is still there.
        foreach (var gate in GatesFor(pack, type).Where(g => g.Before == GatePoint.LeaveReported && g.Step is not null))
        {
            if (rows.All(r => r.From != CaseStage.Reported || r.Trigger != gate.Step!.Value))
            {
                Row(CaseStage.Reported, gate.Step!.Value, CaseStage.Reported, [gate.Clause]);
            }
        }

        foreach (var (step, clauses) in steps)
        {
            Row(CaseStage.Triaged, step, CaseStage.InProgress, clauses);
            Row(CaseStage.InProgress, step, CaseStage.InProgress, clauses);
            Row(CaseStage.OutcomeRecorded, step, CaseStage.OutcomeRecorded, clauses);
        }

        var outcomeClauses = pack.Parameters.BreachConsequences?.Clauses ?? [];
        foreach (var stage in Working)
        {
            Row(stage, CaseStep.RecordOutcome, CaseStage.OutcomeRecorded, outcomeClauses);
            Row(stage, CaseStep.Close, CaseStage.Closed, []);
        }

        Row(CaseStage.Closed, CaseStep.Reopen, CaseStage.InProgress, []);
        return new CaseProcedure(pack, type, new TransitionTable<CaseStage, CaseStep>(rows));
    }

    /// <summary>The gates of the pack that apply to this type of case.</summary>
    internal static IReadOnlyList<CaseGate> GatesFor(PolicyPack pack, CaseType type) =>
        [.. (pack.Parameters.Casework?.Gates ?? []).Where(g => Applies(g.CaseTypes, type))];

    /// <summary>The pack's parent-post ladder when it applies to this type, else empty.</summary>
    internal static IReadOnlyList<EscalationStep> LadderFor(PolicyPack pack, CaseType type) =>
        pack.Parameters.ParentPostEscalation is { } ladder && (type == CaseType.ParentPost || (pack.Parameters.Casework?.LadderCaseTypes.Contains(type) ?? false))
            ? ladder.Steps
            : [];

    /// <summary>The case step an escalation step is taken as (the vocabularies share names).</summary>
    internal static CaseStep StepOf(EscalationStepKind kind) => Enum.Parse<CaseStep>(kind.ToString());

    internal static bool Applies(IReadOnlyList<CaseType> types, CaseType type) => types.Count == 0 || types.Contains(type);

    /// <summary>The steps between assessment and outcome, each with the clauses it comes from, in the order a reader meets them.</summary>
    private static List<(CaseStep Step, List<string> Clauses)> ProcedureSteps(PolicyPack pack, CaseType type)
    {
        var parameters = pack.Parameters;
        var steps = new List<(CaseStep Step, List<string> Clauses)>();
        void Add(CaseStep step, params IEnumerable<string> clauses)
        {
            var index = steps.FindIndex(s => s.Step == step);
            if (index < 0)
            {
                steps.Add((step, [.. clauses.Distinct()]));
            }
            else
            {
                steps[index].Clauses.AddRange(clauses.Where(c => !steps[index].Clauses.Contains(c)));
            }
        }

        Add(CaseStep.Escalate);
        Add(CaseStep.ReferToSafeguardingLead);
        var ladder = LadderFor(pack, type);
        foreach (var rung in ladder)
        {
            Add(StepOf(rung.Step), rung.Clause);
        }

        if (ladder.Count > 0)
        {
            Add(CaseStep.RecordResponse, parameters.ParentPostEscalation!.Clauses);
        }

        if (parameters.Police is { Triggers.Count: > 0 } police)
        {
            Add(CaseStep.ContactPolice, police.Triggers.Select(t => t.Clause));
            Add(CaseStep.RecordPoliceDecision, police.Triggers.Select(t => t.Clause));
        }

        foreach (var module in parameters.WorkflowModules?.Modules ?? [])
        {
            foreach (var step in ModuleSteps(module.Module, type, ladder.Count > 0))
            {
                Add(step, module.Clauses);
            }
        }

        if (parameters.BreachConsequences is { SeriousnessFactors.Count: > 0 } breach && type is CaseType.StaffBreach or CaseType.ExcessiveUse)
        {
            Add(CaseStep.RecordSeriousness, breach.Clauses);
        }

        if (parameters.BreachConsequences?.Outcomes.Contains(BreachOutcome.RemovalRequired) ?? false)
        {
            Add(CaseStep.ConfirmRemoval, parameters.BreachConsequences.Clauses);
        }

        foreach (var gate in GatesFor(pack, type))
        {
            if (gate.Requirement == CaseRequirement.SeriousnessFactors)
            {
                Add(CaseStep.RecordSeriousness, gate.Clause);
            }
            else if (gate.Step is { } step && step != CaseStep.RecordOutcome)
            {
                Add(step, gate.Clause);
            }
        }

        return steps;
    }

    private static IEnumerable<CaseStep> ModuleSteps(WorkflowModule module, CaseType type, bool hasLadder) => module switch
    {
        WorkflowModule.JournalistContact when type == CaseType.JournalistContact => [CaseStep.FollowMediaPolicy, CaseStep.ReplyToJournalist],
        WorkflowModule.AccidentalAccess when type == CaseType.AccidentalAccess => [CaseStep.ConfirmLeftSite],
        WorkflowModule.CredentialHandover when type == CaseType.StaffBreach => [CaseStep.RecordCredentialsProvided],
        WorkflowModule.StressCounselling when type == CaseType.OnlineAbuseOfStaff => [CaseStep.RecordSupportOffered],
        WorkflowModule.LadoInvolvement when hasLadder || type is CaseType.StaffBreach or CaseType.OnlineAbuseOfStaff or CaseType.SafeguardingConcern => [CaseStep.InvolveLado],
        WorkflowModule.CommentModeration when type == CaseType.ParentPost => [CaseStep.ModerateComment],
        _ => [],
    };
}
