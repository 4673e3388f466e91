namespace Lanyard.Core.Policies.Parameters;

/// <summary>What a <see cref="CaseGate"/> asks of a case.</summary>
public enum CaseRequirement
{
    /// <summary>A step (named by the gate) has been recorded. Written <c>step-recorded</c>.</summary>
    StepRecorded,

    /// <summary>Every seriousness factor the pack names has been recorded. Written <c>seriousness-factors</c>.</summary>
    SeriousnessFactors,

    /// <summary>Every recipient the routing names has a "notified" entry. Written <c>recipients-notified</c>.</summary>
    RecipientsNotified,

    /// <summary>The outcome is the one the gate names. Written <c>outcome-is</c>.</summary>
    OutcomeIs,

    /// <summary>The outcome is the one the breached clauses' severity sets (potential gross misconduct, disciplinary). Written <c>outcome-matches-severity</c>.</summary>
    OutcomeMatchesSeverity,
}
