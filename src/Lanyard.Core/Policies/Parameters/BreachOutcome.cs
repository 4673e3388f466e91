namespace Lanyard.Core.Policies.Parameters;

/// <summary>An outcome a breach case may end in.</summary>
public enum BreachOutcome
{
    /// <summary>No breach, e.g. a genuine mistake. Written <c>no-breach</c>.</summary>
    NoBreach,

    /// <summary>Handled internally. Written <c>internal</c>.</summary>
    Internal,

    /// <summary>Dealt with under the pupil behaviour policy. Written <c>behaviour-policy</c>.</summary>
    BehaviourPolicy,

    /// <summary>A warning. Written <c>warning</c>.</summary>
    Warning,

    /// <summary>Disciplinary action. Written <c>disciplinary</c>.</summary>
    Disciplinary,

    /// <summary>Potential gross misconduct. Written <c>potential-gross-misconduct</c>.</summary>
    PotentialGrossMisconduct,

    /// <summary>Dismissal. Written <c>dismissal</c>.</summary>
    Dismissal,

    /// <summary>Loss of IT or internet access. Written <c>it-access-withdrawn</c>.</summary>
    ItAccessWithdrawn,

    /// <summary>The member of staff must remove the posting. Written <c>removal-required</c>.</summary>
    RemovalRequired,

    /// <summary>Legal action. Written <c>legal-action</c>.</summary>
    LegalAction,

    /// <summary>Other sanctions. Written <c>sanction</c>.</summary>
    Sanction,

    /// <summary>Referral to the police. Written <c>police-referral</c>.</summary>
    PoliceReferral,
}
