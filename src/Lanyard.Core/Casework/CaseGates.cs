using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>Reads a pack's casework gates against a case: which apply, and what is missing.</summary>
internal static class CaseGates
{
    /// <summary>The outcomes that say how serious a breach was; a severity gate checks these and leaves the rest (removal required, IT access withdrawn) alone.</summary>
    private static readonly Dictionary<Severity, BreachOutcome> OutcomeOfSeverity = new()
    {
        [Severity.Breach] = BreachOutcome.Internal,
        [Severity.Disciplinary] = BreachOutcome.Disciplinary,
        [Severity.PotentialGrossMisconduct] = BreachOutcome.PotentialGrossMisconduct,
        [Severity.Criminal] = BreachOutcome.PoliceReferral,
    };

    /// <summary>The points a step passes: an outcome that finds a breach passes both outcome points.</summary>
    public static IReadOnlyList<GatePoint> PointsOf(CaseStep step, string? outcome) => step switch
    {
        CaseStep.InitialAssessment => [GatePoint.LeaveReported],
        CaseStep.RecordOutcome when CaseFacts.IsBreachOutcome(outcome) => [GatePoint.Outcome, GatePoint.BreachOutcome],
        CaseStep.RecordOutcome => [GatePoint.Outcome],
        CaseStep.ReplyToJournalist => [GatePoint.Reply],
        CaseStep.Close => [GatePoint.Close],
        _ => [],
    };

    /// <summary>How a refusal at a point starts.</summary>
    public static string Verb(GatePoint point) => point switch
    {
        GatePoint.LeaveReported => "Cannot make the initial assessment",
        GatePoint.Outcome or GatePoint.BreachOutcome => "Cannot record an outcome",
        GatePoint.Reply => "Cannot reply to the journalist",
        _ => "Cannot close the case",
    };

    /// <summary>Whether a gate's condition (flag, outcome) holds.</summary>
    public static bool Applies(CaseGate gate, IReadOnlySet<string> flags, string? outcome) =>
        (gate.WhenFlagged is null || flags.Contains(gate.WhenFlagged))
        && (gate.WhenOutcome is null || outcome == WorkflowText.Kebab(gate.WhenOutcome.Value));

    /// <summary>What the case lacks for the gate, or null when it is met.</summary>
    public static string? Unmet(CaseGate gate, PolicyPack pack, CaseFacts facts, string? outcome, IReadOnlyList<string> breached, out Severity? severity)
    {
        severity = null;
        switch (gate.Requirement)
        {
            case CaseRequirement.StepRecorded when gate.Step is { } step:
                return facts.Has(step) ? null : $"no '{WorkflowText.Kebab(step)}' entry is recorded";
            case CaseRequirement.SeriousnessFactors:
                var missing = (pack.Parameters.BreachConsequences?.SeriousnessFactors ?? [])
                    .Select(f => WorkflowText.Kebab(f)).Where(f => !facts.Factors.Contains(f)).ToList();
                return missing.Count == 0 ? null : $"the seriousness factors {string.Join(", ", missing)} are not recorded";
            case CaseRequirement.RecipientsNotified:
                var untold = PackRoute.For(pack, facts.File.Case.Type).Recipients
                    .Select(r => WorkflowText.Kebab(r)).Where(r => !facts.Notified.Contains(r)).ToList();
                return untold.Count == 0 ? null : $"{string.Join(" and ", untold)} {(untold.Count == 1 ? "has" : "have")} not been recorded as notified";
            case CaseRequirement.OutcomeIs when gate.Outcome is { } required:
                var expected = WorkflowText.Kebab(required);
                return outcome == expected ? null
                    : $"the outcome must be '{expected}'" + (gate.WhenFlagged is { } flag ? $" when the case is flagged {flag}" : string.Empty);
            case CaseRequirement.OutcomeMatchesSeverity:
                return SeverityUnmet(pack, outcome, breached, out severity);
            default:
                return null;
        }
    }

    /// <summary>The severity of a breach of these clauses: the gravest a clause sets, or the pack's default for one that sets none.</summary>
    public static Severity? SeverityOf(PolicyPack pack, IReadOnlyList<string> clauseIds) =>
        clauseIds.Select(id => pack.FindClause(id)?.Severity ?? pack.Parameters.BreachConsequences?.DefaultSeverity).Max();

    private static string? SeverityUnmet(PolicyPack pack, string? outcome, IReadOnlyList<string> breached, out Severity? severity)
    {
        severity = null;
        if (!CaseFacts.IsBreachOutcome(outcome))
        {
            return null;
        }

        if (breached.Count == 0)
        {
            return $"the clauses breached are not named ({CaseDetails.BreachedClauses}), so their severity cannot be read";
        }

        severity = SeverityOf(pack, breached);
        if (severity is not { } level || !OutcomeOfSeverity.TryGetValue(level, out var expected)
            || !(pack.Parameters.BreachConsequences?.Outcomes.Contains(expected) ?? false))
        {
            return null;
        }

        var isGrading = OutcomeOfSeverity.Values.Any(o => WorkflowText.Kebab(o) == outcome);
        return !isGrading || outcome == WorkflowText.Kebab(expected)
            ? null
            : $"a breach of {string.Join(", ", breached)} is {WorkflowText.Kebab(level)}; the outcome must be '{WorkflowText.Kebab(expected)}'";
    }
}
