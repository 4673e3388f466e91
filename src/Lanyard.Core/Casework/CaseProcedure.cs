using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>
/// The procedure one pack sets for one type of case: a transition table over <see cref="CaseStage"/>
/// and <see cref="CaseStep"/>, plus the conditions the pack puts on steps (what must come first,
/// who may take them, what must be recorded before an outcome, a reply or closing), the outcomes it
/// allows, and the tasks a case's entries open. Built by <see cref="CaseProcedures.For"/>.
/// </summary>
public sealed partial class CaseProcedure
{
    /// <summary>Creates a procedure from its table.</summary>
    public CaseProcedure(PolicyPack pack, CaseType type, TransitionTable<CaseStage, CaseStep> table)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(table);
        Pack = pack;
        Type = type;
        Table = table;
        Gates = CaseProcedures.GatesFor(pack, type);
        Ladder = CaseProcedures.LadderFor(pack, type);
    }

    /// <summary>The pack.</summary>
    public PolicyPack Pack { get; }

    /// <summary>The case type.</summary>
    public CaseType Type { get; }

    /// <summary>The transition table.</summary>
    public TransitionTable<CaseStage, CaseStep> Table { get; }

    /// <summary>The pack's gates that apply to this type of case.</summary>
    public IReadOnlyList<CaseGate> Gates { get; }

    /// <summary>The parent-post ladder, when this type runs it.</summary>
    public IReadOnlyList<EscalationStep> Ladder { get; }

    /// <summary>The outcomes a case may record under this pack ("resolved" and "no-breach" always, then the pack's list).</summary>
    public IReadOnlyList<string> Outcomes => CaseStepDetails.Outcomes(Pack);

    /// <summary>
    /// The steps allowed on the case now, by anyone: the table's rows from its stage, less the ladder
    /// steps whose condition is not met (a refusal, say, not yet recorded), police steps on a case
    /// with no police trigger flagged, and steps whose gate is not met.
    /// </summary>
    public IReadOnlyList<CaseStep> AllowedNow(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var facts = CaseFacts.Of(file);
        var mandatoryOpen = CaseTaskList.Of(this, file, facts).Any(t => t.Mandatory);
        return [.. Table.AllowedIn(file.Stage).Where(step =>
            ConditionMet(step, facts) && GateProblem(step, facts, EmptyDetails, out _) is null && !(step == CaseStep.Close && mandatoryOpen))];
    }

    /// <summary>The pack roles the actor holds for a step: null when any role may take it, else the roles the pack allows.</summary>
    public CaseRoleRule? RoleRuleFor(CaseStep step) =>
        Pack.Parameters.Casework?.StepRoles.FirstOrDefault(r => r.Steps.Contains(step) && CaseProcedures.Applies(r.CaseTypes, Type));

    /// <summary>The pack's rule on who may own (be assigned) this type of case, if it has one.</summary>
    public CaseRoleRule? OwnerRule =>
        Pack.Parameters.Casework?.Owners.FirstOrDefault(r => CaseProcedures.Applies(r.CaseTypes, Type));

    /// <summary>Whether <paramref name="actorRoles"/> may take <paramref name="step"/> with <paramref name="details"/> now.</summary>
    /// <param name="file">The case.</param>
    /// <param name="step">The step asked for.</param>
    /// <param name="actorRoles">The pack roles the actor acts in (<see cref="CaseRoles.PolicyRolesOf"/>).</param>
    /// <param name="details">The step's details.</param>
    /// <param name="assigneeRoles">When the details assign the case (<see cref="CaseDetails.AssignedTo"/>), the pack roles of the person assigned.</param>
    public StepCheck Check(CaseFile file, CaseStep step, IReadOnlyCollection<Role> actorRoles, IReadOnlyDictionary<string, string> details, IReadOnlyCollection<Role>? assigneeRoles = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(actorRoles);
        ArgumentNullException.ThrowIfNull(details);
        var facts = CaseFacts.Of(file);
        var allowed = AllowedNow(file);
        if (Table.Find(file.Stage, step) is not { } row || !ConditionMet(step, facts))
        {
            return Refused(file, Table.Refusal(step, file.Stage, allowed, "the case"), [], allowed);
        }

        if (CaseStepDetails.Problem(Pack, step, details) is { } problem)
        {
            return Refused(file, $"Cannot take '{WorkflowText.Kebab(step)}': {problem}.", row.Clauses, allowed);
        }

        if (RoleRuleFor(step) is { } rule && !rule.Roles.Any(actorRoles.Contains))
        {
            return Refused(file, $"Only {Roles(rule.Roles)} may take '{WorkflowText.Kebab(step)}' on this case ({rule.Clause}).", [rule.Clause], allowed);
        }

        if (details.ContainsKey(CaseDetails.AssignedTo) && OwnerRule is { } owners && !owners.Roles.Any(r => assigneeRoles?.Contains(r) ?? false))
        {
            return Refused(file, $"Cannot assign the case: its owner must be {Roles(owners.Roles)} ({owners.Clause}).", [owners.Clause], allowed);
        }

        if (GateProblem(step, facts, details, out var severity) is { } gate)
        {
            return Refused(file, $"{gate.Message} ({gate.Clause}). Allowed now: {Describe(allowed)}.", [gate.Clause], allowed);
        }

        if (step == CaseStep.Close && OpenTasks(file, file.Entries.Count > 0 ? file.Entries[^1].At : file.Case.ReportedAt).FirstOrDefault(t => t.Mandatory) is { } task)
        {
            return Refused(file, $"Cannot close the case: the task '{task.Title}' is open ({task.Clause}). Allowed now: {Describe(allowed)}.", task.Clause is null ? [] : [task.Clause], allowed);
        }

        var clauses = row.Clauses.Concat(RoleRuleFor(step) is { } r ? [r.Clause] : []).Distinct().ToList();
        return new StepCheck(true, row.To, clauses, null, allowed) { Severity = severity };
    }

    /// <summary>The tasks the case's entries leave open at <paramref name="now"/>: the assessment, steps a gate still needs, and police steps a flagged trigger requires.</summary>
    public IReadOnlyList<CaseTask> OpenTasks(CaseFile file, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        return CaseTaskList.Of(this, file, CaseFacts.Of(file));
    }

    internal static string Roles(IReadOnlyList<Role> roles) => string.Join(" or ", roles.Select(r => WorkflowText.Kebab(r)));

    private static readonly IReadOnlyDictionary<string, string> EmptyDetails = new Dictionary<string, string>(StringComparer.Ordinal);

    private static string Describe(IReadOnlyList<CaseStep> allowed) =>
        allowed.Count == 0 ? "nothing (the workflow has ended)" : string.Join(", ", allowed.Select(s => WorkflowText.Kebab(s)));

    private static StepCheck Refused(CaseFile file, string refusal, IReadOnlyList<string> clauses, IReadOnlyList<CaseStep> allowed) =>
        new(false, file.Stage, clauses, refusal, allowed);

    /// <summary>Ladder conditions read against the recorded responses; police steps need a trigger flagged (or a ladder rung).</summary>
    private bool ConditionMet(CaseStep step, CaseFacts facts)
    {
        var rungs = Ladder.Where(r => CaseProcedures.StepOf(r.Step) == step).ToList();
        var ladderAllows = rungs.Any(r => LadderConditionMet(r.When, facts));
        switch (step)
        {
            case CaseStep.ContactPolice:
                return ladderAllows || FlaggedTriggers(facts).Any();
            case CaseStep.RecordPoliceDecision:
                return FlaggedTriggers(facts).Any();
            case CaseStep.RecordResponse:
                return Ladder.Any(r => facts.Has(CaseProcedures.StepOf(r.Step)));
            case CaseStep.ConfirmRemoval:
                return facts.Outcome == WorkflowText.Kebab(BreachOutcome.RemovalRequired);
            default:
                return rungs.Count == 0 || ladderAllows;
        }
    }

    /// <summary>
    /// first: from the start. always: once every "first" rung is taken (Chapmanslade asks removal,
    /// then invites a meeting; St Mary's invites a meeting, then asks removal). if-required: whenever
    /// the school judges. The rest wait for a recorded response: a refusal and carrying on is a
    /// refusal, and a host insisting the complainant asks is the host refusing (Cambrian).
    /// </summary>
    private bool LadderConditionMet(StepCondition when, CaseFacts facts) => when switch
    {
        StepCondition.First or StepCondition.IfRequired => true,
        StepCondition.Always => Ladder.Where(r => r.When == StepCondition.First).All(r => facts.Has(CaseProcedures.StepOf(r.Step))),
        StepCondition.Unresolved => facts.Responses.Overlaps(["unresolved", "refused", "refused-and-continuing"]),
        StepCondition.Refused => facts.Responses.Overlaps(["refused", "refused-and-continuing", "host-requires-complainant"]),
        StepCondition.RefusedAndContinuing => facts.Responses.Contains("refused-and-continuing"),
        StepCondition.ReasonableComplaint => facts.Responses.Contains("reasonable-complaint"),
        _ => false,
    };

    internal IEnumerable<(PoliceTrigger Trigger, DateTimeOffset At)> FlaggedTriggers(CaseFacts facts) =>
        (Pack.Parameters.Police?.Triggers ?? [])
            .Where(t => facts.FlaggedAt.ContainsKey(CaseFlags.Of(t.Trigger)))
            .Select(t => (t, facts.FlaggedAt[CaseFlags.Of(t.Trigger)]));

    /// <summary>A gate a step would not pass: where, what is missing, and the clause.</summary>
    internal sealed record GateFailure(GatePoint Point, string Missing, string Clause)
    {
        /// <summary>"Cannot record an outcome: the outcome must be …".</summary>
        public string Message => $"{CaseGates.Verb(Point)}: {Missing}";
    }

    private GateFailure? GateProblem(CaseStep step, CaseFacts facts, IReadOnlyDictionary<string, string> details, out Severity? severity)
    {
        severity = null;
        var outcome = step == CaseStep.RecordOutcome ? details.GetValueOrDefault(CaseDetails.Outcome) : facts.Outcome;
        var flags = facts.FlaggedAt.Keys.Concat(CaseFlags.Parse(details.GetValueOrDefault(CaseDetails.Flags))).ToHashSet(StringComparer.Ordinal);
        var breached = details.ContainsKey(CaseDetails.BreachedClauses) ? CaseFlags.Parse(details[CaseDetails.BreachedClauses]) : facts.BreachedClauses;
        foreach (var point in CaseGates.PointsOf(step, outcome))
        {
            foreach (var gate in Gates.Where(g => g.Before == point && CaseGates.Applies(g, flags, outcome)))
            {
                if (step == CaseStep.RecordOutcome && details.Count == 0 && gate.Requirement is CaseRequirement.OutcomeIs or CaseRequirement.OutcomeMatchesSeverity)
                {
                    continue; // no outcome named yet (listing what is allowed): these judge the outcome itself.
                }

                if (CaseGates.Unmet(gate, Pack, facts, outcome, breached, out var read) is { } missing)
                {
                    return new GateFailure(point, missing, gate.Clause);
                }

                severity ??= read;
            }
        }

        if (step == CaseStep.RecordOutcome && breached.Count > 0)
        {
            severity ??= CaseGates.SeverityOf(Pack, breached);
        }

        return null;
    }
}
