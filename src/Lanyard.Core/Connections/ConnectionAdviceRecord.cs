using Lanyard.Core.People;

namespace Lanyard.Core.Connections;

/// <summary>
/// Advice or a conflict-of-interest assessment as recorded for one member of staff and one pupil's
/// family member: which the pack asked for, who gave it (checked against the register) in which
/// role, when, and what they said. The check reads the latest of each kind.
/// </summary>
public sealed record ConnectionAdviceRecord
{
    /// <summary>The log's id; 0 before it is recorded.</summary>
    public long Id { get; init; }

    /// <summary>The school.</summary>
    public required long OrganisationId { get; init; }

    /// <summary>Advice, or a conflict-of-interest assessment.</summary>
    public required ConnectionAdviceKind Kind { get; init; }

    /// <summary>The member of staff it is about.</summary>
    public required long StaffId { get; init; }

    /// <summary>The pupil's family member.</summary>
    public required long OtherPersonId { get; init; }

    /// <summary>The register id of who gave it.</summary>
    public required long GivenById { get; init; }

    /// <summary>Their name at the time.</summary>
    public required string GivenByName { get; init; }

    /// <summary>The register role they gave it in (the role the pack names).</summary>
    public required StaffRole GivenAs { get; init; }

    /// <summary>The day it was given.</summary>
    public required DateOnly GivenOn { get; init; }

    /// <summary>Whether the connection may go ahead: the advice was to go ahead, or no conflict of interest is likely.</summary>
    public required bool MayConnect { get; init; }

    /// <summary>What was said; required for an assessment, whose reason the verdict quotes.</summary>
    public string? Note { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The advice as the check reads it; null for an assessment.</summary>
    public RecordedAdvice? ToAdvice() => Kind == ConnectionAdviceKind.Advice
        ? new RecordedAdvice(GivenByName, ConnectionRoles.ToPolicyRole(GivenAs), GivenOn, MayConnect ? AdviceOutcome.MayConnect : AdviceOutcome.ShouldNotConnect, Note)
        : null;

    /// <summary>The assessment as the check reads it; null for advice.</summary>
    public ConflictOfInterestAssessment? ToAssessment() => Kind == ConnectionAdviceKind.ConflictOfInterestAssessment
        ? new ConflictOfInterestAssessment(!MayConnect, GivenByName, ConnectionRoles.ToPolicyRole(GivenAs), GivenOn, Note ?? "no reason recorded")
        : null;
}
