using Lanyard.Core.Casework;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Policies.Loading;

/// <summary>The casework parameter's rules: what the binder's types cannot say about routes, role rules and gates.</summary>
internal sealed partial class PackValidator
{
    private void ValidateCasework(CaseworkRules casework, PackParameters parameters)
    {
        var routed = new HashSet<CaseType>();
        foreach (var route in casework.Routes)
        {
            if (route.CaseTypes.Count == 0)
            {
                Error(route, $"casework.routes ({route.Clause}): caseTypes must name at least one case type; allowed: {Allowed<CaseType>()}");
            }

            if (route.Recipients.Count == 0)
            {
                Error(route, $"casework.routes ({route.Clause}): recipients must name at least one role; leave the route out when the policy names nobody (Lanyard's default applies)");
            }

            foreach (var type in route.CaseTypes.Where(t => !routed.Add(t)))
            {
                Error(route, $"casework.routes ({route.Clause}): case type '{YamlNaming.Kebab(type)}' is already routed by an earlier route");
            }
        }

        foreach (var rule in casework.StepRoles)
        {
            if (rule.Steps.Count == 0)
            {
                Error(rule, $"casework.stepRoles ({rule.Clause}): steps must name at least one step; allowed: {Allowed<CaseStep>()}");
            }

            CheckRoles(rule);
        }

        foreach (var rule in casework.Owners)
        {
            if (rule.Steps.Count > 0)
            {
                Error(rule, $"casework.owners ({rule.Clause}): an owner rule takes no steps (use stepRoles to limit who takes a step)");
            }

            CheckRoles(rule);
        }

        foreach (var gate in casework.Gates)
        {
            ValidateGate(gate, parameters);
        }
    }

    private void CheckRoles(CaseRoleRule rule)
    {
        if (rule.Roles.Count == 0)
        {
            Error(rule, $"casework ({rule.Clause}): roles must name at least one role");
        }
    }

    private void ValidateGate(CaseGate gate, PackParameters parameters)
    {
        var what = $"casework.gates ({gate.Clause})";
        if (gate.Requirement == CaseRequirement.StepRecorded && gate.Step is null)
        {
            Error(gate, $"{what}: requirement step-recorded needs step; allowed: {Allowed<CaseStep>()}");
        }
        else if (gate.Requirement != CaseRequirement.StepRecorded && gate.Step is not null)
        {
            Error(gate, $"{what}: step only goes with requirement step-recorded");
        }

        if (gate.Requirement == CaseRequirement.OutcomeIs && gate.Outcome is null)
        {
            Error(gate, $"{what}: requirement outcome-is needs outcome; allowed: {Allowed<BreachOutcome>()}");
        }
        else if (gate.Requirement != CaseRequirement.OutcomeIs && gate.Outcome is not null)
        {
            Error(gate, $"{what}: outcome only goes with requirement outcome-is (use whenOutcome for a condition)");
        }

        if (gate.Requirement is CaseRequirement.OutcomeIs or CaseRequirement.OutcomeMatchesSeverity && gate.Before is not (GatePoint.Outcome or GatePoint.BreachOutcome))
        {
            Error(gate, $"{what}: requirement {YamlNaming.Kebab(gate.Requirement)} judges an outcome, so before must be outcome or breach-outcome");
        }

        if (gate.Requirement == CaseRequirement.SeriousnessFactors && parameters.BreachConsequences is not { SeriousnessFactors.Count: > 0 })
        {
            Error(gate, $"{what}: requirement seriousness-factors needs breachConsequences.seriousnessFactors to name the factors");
        }

        if (gate.WhenFlagged is { } flag && !CaseFlags.All.Contains(flag, StringComparer.Ordinal))
        {
            Error(gate, $"{what}: whenFlagged: unknown flag '{flag}'; allowed: {string.Join(", ", CaseFlags.All)}");
        }

        if (gate.Step is CaseStep.InitialAssessment or CaseStep.Close or CaseStep.Reopen)
        {
            Error(gate, $"{what}: step {YamlNaming.Kebab(gate.Step.Value)} is part of every procedure's frame and cannot be required by a gate");
        }
    }

    private static string Allowed<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => YamlNaming.Kebab(v)));
}
