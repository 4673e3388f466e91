namespace Lanyard.Core.Governance;

/// <summary>
/// A policy review that was held: when it closed, what it decided and who approved it. Valid from
/// the moment it exists: a review without an approver, or a "new version" outcome that does not
/// name the version, is not a review a governing body could point to.
/// </summary>
public sealed record CompletedReview
{
    /// <summary>Records a completed review.</summary>
    /// <param name="completedOn">The day the review closed.</param>
    /// <param name="outcome">No change, or a new version.</param>
    /// <param name="approvedBy">Who approved the outcome, as the policy names them (e.g. "Full Governing Body", the COO).</param>
    /// <param name="newVersion">The version the review issued; required for <see cref="ReviewOutcome.NewVersion"/>, absent otherwise.</param>
    /// <exception cref="ArgumentException">No approver; or the version is missing for a new version, or given for no change.</exception>
    public CompletedReview(DateOnly completedOn, ReviewOutcome outcome, string approvedBy, string? newVersion = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(approvedBy);
        if (outcome == ReviewOutcome.NewVersion && string.IsNullOrWhiteSpace(newVersion))
        {
            throw new ArgumentException("A review that issues a new version names that version.", nameof(newVersion));
        }

        if (outcome == ReviewOutcome.NoChange && newVersion is not null)
        {
            throw new ArgumentException("A review with no change issues no new version.", nameof(newVersion));
        }

        CompletedOn = completedOn;
        Outcome = outcome;
        ApprovedBy = approvedBy.Trim();
        NewVersion = newVersion?.Trim();
    }

    /// <summary>The day the review closed; the next cycle runs from it.</summary>
    public DateOnly CompletedOn { get; }

    /// <summary>No change, or a new version.</summary>
    public ReviewOutcome Outcome { get; }

    /// <summary>Who approved the outcome.</summary>
    public string ApprovedBy { get; }

    /// <summary>The version issued, for <see cref="ReviewOutcome.NewVersion"/>.</summary>
    public string? NewVersion { get; }
}
