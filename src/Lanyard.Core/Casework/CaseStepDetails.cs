using System.Globalization;
using System.Reflection;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>Checks the details a step carries against the vocabulary and the pack (outcomes, factors, moderation actions).</summary>
internal static class CaseStepDetails
{
    public static readonly string[] Responses = ["removed", "refused", "refused-and-continuing", "unresolved", "reasonable-complaint", "host-requires-complainant"];
    private static readonly string[] Attributions = ["responsible", "not-responsible", "undetermined"];
    private static readonly string[] PoliceDecisions = ["referred", "advised-employee", "not-needed"];
    private static readonly string[] YesNo = ["yes", "no"];
    private static readonly string NoBreach = WorkflowText.Kebab(BreachOutcome.NoBreach);

    /// <summary>Every key of <see cref="CaseDetails"/>, read from its constants so a key added there is known here.</summary>
    private static readonly HashSet<string> Keys = [.. typeof(CaseDetails).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.Name != nameof(CaseDetails.FactorPrefix)).Select(f => (string)f.GetRawConstantValue()!)];

    /// <summary>The outcomes a case under this pack may record: "resolved" and "no-breach" always; then the pack's own list, or every outcome when it lists none.</summary>
    public static IReadOnlyList<string> Outcomes(PolicyPack pack)
    {
        var listed = pack.Parameters.BreachConsequences?.Outcomes is { Count: > 0 } outcomes ? outcomes : Enum.GetValues<BreachOutcome>();
        return [CaseFacts.Resolved, .. listed.Select(o => WorkflowText.Kebab(o)).Prepend(NoBreach).Distinct()];
    }

    /// <summary>What is wrong with the details, or null.</summary>
    public static string? Problem(PolicyPack pack, CaseStep step, IReadOnlyDictionary<string, string> details)
    {
        foreach (var key in details.Keys)
        {
            if (!Keys.Contains(key) && !key.StartsWith(CaseDetails.FactorPrefix, StringComparison.Ordinal))
            {
                return $"'{key}' is not a detail Lanyard records; known: {string.Join(", ", Keys.Order(StringComparer.Ordinal))}, {CaseDetails.FactorPrefix}<factor>";
            }
        }

        if (details.ContainsKey(CaseDetails.Severity))
        {
            return $"'{CaseDetails.Severity}' is read from the breached clauses, not given";
        }

        foreach (var flag in CaseFlags.Parse(details.GetValueOrDefault(CaseDetails.Flags)))
        {
            if (!CaseFlags.All.Contains(flag))
            {
                return $"'{flag}' is not a flag Lanyard knows; allowed: {string.Join(", ", CaseFlags.All)}";
            }
        }

        foreach (var id in CaseFlags.Parse(details.GetValueOrDefault(CaseDetails.BreachedClauses)))
        {
            if (pack.FindClause(id) is null)
            {
                return $"'{id}' is not a clause of {pack.Id}";
            }
        }

        if (details.GetValueOrDefault(CaseDetails.SignificantIncident) is { } significant
            && (step != CaseStep.Close || !YesNo.Contains(significant, StringComparer.Ordinal)))
        {
            return step != CaseStep.Close
                ? $"'{CaseDetails.SignificantIncident}' is recorded when the case is closed, not on '{WorkflowText.Kebab(step)}'"
                : $"'{CaseDetails.SignificantIncident}' must be one of: {string.Join(", ", YesNo)}";
        }

        if (details.GetValueOrDefault(CaseDetails.AssignedTo) is { } assigned && !long.TryParse(assigned, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return $"'{CaseDetails.AssignedTo}' must be a person's register id";
        }

        return step switch
        {
            CaseStep.RecordOutcome => OneOf(details, CaseDetails.Outcome, Outcomes(pack)),
            CaseStep.RecordResponse => OneOf(details, CaseDetails.Response, Responses),
            CaseStep.RecordAttribution => OneOf(details, CaseDetails.Attribution, Attributions),
            CaseStep.RecordPoliceDecision => OneOf(details, CaseDetails.PoliceDecision, PoliceDecisions),
            CaseStep.RecordCredentialsProvided => OneOf(details, CaseDetails.CredentialsProvided, YesNo),
            CaseStep.RecordApplicablePolicy => Required(details, CaseDetails.ApplicablePolicy),
            CaseStep.RecordSeriousness => Factors(pack, details),
            CaseStep.ConfirmLeftSite => LeftSite(details),
            CaseStep.RecordNotified => OneOf(details, CaseDetails.NotifiedRole, [.. Enum.GetValues<Role>().Select(r => WorkflowText.Kebab(r))]),
            CaseStep.Escalate => OneOf(details, CaseDetails.EscalatedTo, [.. Enum.GetValues<Role>().Select(r => WorkflowText.Kebab(r))]),
            CaseStep.ModerateComment => Moderation(pack, details),
            _ => null,
        };
    }

    private static string? OneOf(IReadOnlyDictionary<string, string> details, string key, IReadOnlyList<string> allowed) =>
        details.GetValueOrDefault(key) is { } value && allowed.Contains(value, StringComparer.Ordinal)
            ? null
            : $"'{key}' must be one of: {string.Join(", ", allowed)}";

    private static string? Required(IReadOnlyDictionary<string, string> details, string key) =>
        string.IsNullOrWhiteSpace(details.GetValueOrDefault(key)) ? $"'{key}' must be given" : null;

    private static string? Factors(PolicyPack pack, IReadOnlyDictionary<string, string> details)
    {
        var named = (pack.Parameters.BreachConsequences?.SeriousnessFactors ?? []).Select(f => WorkflowText.Kebab(f)).ToList();
        var given = details.Where(d => d.Key.StartsWith(CaseDetails.FactorPrefix, StringComparison.Ordinal)).ToList();
        if (given.FirstOrDefault(d => !named.Contains(d.Key[CaseDetails.FactorPrefix.Length..])) is { Key: not null } unknown)
        {
            return $"'{unknown.Key}' is not a seriousness factor of this policy; it names: {(named.Count == 0 ? "none" : string.Join(", ", named))}";
        }

        var missing = named.Where(f => string.IsNullOrWhiteSpace(details.GetValueOrDefault(CaseDetails.FactorPrefix + f))).ToList();
        return missing.Count > 0 ? $"every seriousness factor must be assessed; missing: {string.Join(", ", missing)}" : null;
    }

    private static string? LeftSite(IReadOnlyDictionary<string, string> details) =>
        DateTimeOffset.TryParse(details.GetValueOrDefault(CaseDetails.LeftSiteAt), CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : $"'{CaseDetails.LeftSiteAt}' must give the time the site was left (ISO 8601, e.g. 2025-11-03T10:15:00Z)";

    private static string? Moderation(PolicyPack pack, IReadOnlyDictionary<string, string> details)
    {
        var rules = pack.Parameters.ParentPostEscalation?.Moderation;
        var allowed = (rules?.Actions ?? Enum.GetValues<ModerationAction>()).Select(a => WorkflowText.Kebab(a)).ToList();
        if (OneOf(details, CaseDetails.ModerationAction, allowed) is { } problem)
        {
            return problem;
        }

        return rules is { PublicExplanationRequired: true } && string.IsNullOrWhiteSpace(details.GetValueOrDefault(CaseDetails.PublicExplanation))
            ? $"'{CaseDetails.PublicExplanation}' must say publicly why it was done ({string.Join(", ", pack.Parameters.ParentPostEscalation!.Clauses)})"
            : null;
    }
}
