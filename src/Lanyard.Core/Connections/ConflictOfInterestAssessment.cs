using Lanyard.Core.Policies;

namespace Lanyard.Core.Connections;

/// <summary>
/// A recorded judgement of whether contact with a pupil's family member is likely to create a
/// conflict of interest (Heathcoat staff.05). It is what resolves a conflict-of-interest hold.
/// </summary>
public sealed record ConflictOfInterestAssessment
{
    /// <summary>Records an assessment.</summary>
    /// <exception cref="ArgumentException">The assessor's name or the reason is blank.</exception>
    public ConflictOfInterestAssessment(bool conflictLikely, string assessedBy, Role assessedByRole, DateOnly assessedOn, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assessedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ConflictLikely = conflictLikely;
        AssessedBy = assessedBy;
        AssessedByRole = assessedByRole;
        AssessedOn = assessedOn;
        Reason = reason;
    }

    /// <summary>Whether a conflict of interest is likely.</summary>
    public bool ConflictLikely { get; }

    /// <summary>Who assessed it, by name.</summary>
    public string AssessedBy { get; }

    /// <summary>The role they assessed it in.</summary>
    public Role AssessedByRole { get; }

    /// <summary>When.</summary>
    public DateOnly AssessedOn { get; }

    /// <summary>Why, in the assessor's words.</summary>
    public string Reason { get; }
}
