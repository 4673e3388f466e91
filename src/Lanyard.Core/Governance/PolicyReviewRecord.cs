namespace Lanyard.Core.Governance;

/// <summary>A completed review as the register stores it: the organisation, the day, the outcome, the version it issued and who approved it.</summary>
public sealed record PolicyReviewRecord
{
    /// <summary>The register's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The organisation the pack is attached to.</summary>
    public required long OrganisationId { get; init; }

    /// <summary>The pack reviewed.</summary>
    public required string PackId { get; init; }

    /// <summary>The version reviewed (the one in force when the review closed).</summary>
    public required string ReviewedVersion { get; init; }

    /// <summary>The day the review closed.</summary>
    public required DateOnly CompletedOn { get; init; }

    /// <summary>No change, or a new version.</summary>
    public required ReviewOutcome Outcome { get; init; }

    /// <summary>The version issued, for a new version.</summary>
    public long? NewVersionId { get; init; }

    /// <summary>Its label.</summary>
    public string? NewVersionLabel { get; init; }

    /// <summary>Who approved the outcome (the signed-in approver).</summary>
    public required long ApprovedByPersonId { get; init; }

    /// <summary>Their name at the time.</summary>
    public required string ApprovedByName { get; init; }

    /// <summary>The body they acted for, when a body or committee approves the policy.</summary>
    public string? ApprovingBody { get; init; }

    /// <summary>The review as <see cref="PolicyReviewCalendar"/> reads it.</summary>
    public CompletedReview ToCompleted() =>
        new(CompletedOn, Outcome, ApprovingBody is null ? ApprovedByName : $"{ApprovedByName} for the {ApprovingBody}", Outcome == ReviewOutcome.NewVersion ? NewVersionLabel : null);
}
