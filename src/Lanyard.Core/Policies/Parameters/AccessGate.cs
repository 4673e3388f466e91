namespace Lanyard.Core.Policies.Parameters;

/// <summary>What must exist before someone opens a staff member's history or email.</summary>
public enum AccessGate
{
    /// <summary>A legitimate concern: an alert, a colleague's concern or a complaint. Written <c>legitimate-concern</c>.</summary>
    LegitimateConcern,

    /// <summary>A manager's reasonable belief of a breach. Written <c>reasonable-belief-of-breach</c>.</summary>
    ReasonableBeliefOfBreach,
}
