namespace Lanyard.Core.Accounts;

/// <summary>When an account's next attestation is due and whether it is overdue.</summary>
/// <param name="State">Not scheduled, not yet due, due today or overdue.</param>
/// <param name="DueOn">The date it is due, when one is set.</param>
/// <param name="DaysOverdue">Days since it fell due; 0 unless overdue.</param>
/// <param name="ClauseIds">Clauses that set the schedule; empty when it is the register's own date (no shipped pack sets one).</param>
/// <param name="Message">The status in plain English.</param>
public sealed record AttestationStatus(AttestationState State, DateOnly? DueOn, int DaysOverdue, IReadOnlyList<string> ClauseIds, string Message)
{
    /// <summary>True when the date has passed.</summary>
    public bool IsOverdue => State == AttestationState.Overdue;
}
