namespace Lanyard.Core.Accounts;

/// <summary>Where an account stands against its next attestation (someone confirming the register entry is still true).</summary>
public enum AttestationState
{
    /// <summary>No attestation date is set.</summary>
    NotScheduled,

    /// <summary>The date is still to come.</summary>
    NotYetDue,

    /// <summary>The date is today.</summary>
    DueToday,

    /// <summary>The date has passed.</summary>
    Overdue,
}
