namespace Lanyard.Core.Governance;

/// <summary>
/// Where a version of a school's policy stands. Draft, Approved and Withdrawn are stored; InForce
/// and Superseded are read from the effective dates on the day asked (see <see cref="PolicyVersionWorkflow.StateOn"/>),
/// because a version takes effect on a date, not when someone presses a button.
/// </summary>
public enum PolicyVersionState
{
    /// <summary>Being written: its YAML may still change.</summary>
    Draft,

    /// <summary>Approved by the body the policy names, waiting for its effective date.</summary>
    Approved,

    /// <summary>The version staff are held to today.</summary>
    InForce,

    /// <summary>A later approved version has taken effect; still readable.</summary>
    Superseded,

    /// <summary>A draft abandoned before approval; still readable.</summary>
    Withdrawn,
}
