using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Connections;

/// <summary>
/// One connection check as it was decided and recorded: who asked, about which member of staff
/// and which person, the action and platform, and the whole answer under the pack version in force
/// that day. Every check is recorded, allow included, so the school can show what it was told.
/// Names and the date of birth are copied at the time, because the record must still read the same
/// after the register changes.
/// </summary>
public sealed record ConnectionDecisionRecord
{
    /// <summary>The log's id; 0 before it is recorded.</summary>
    public long Id { get; init; }

    /// <summary>The school the check was made at.</summary>
    public required long OrganisationId { get; init; }

    /// <summary>Who asked (the signed-in user, as the host names them).</summary>
    public required string AskedBy { get; init; }

    /// <summary>When it was asked.</summary>
    public required DateTimeOffset AskedAt { get; init; }

    /// <summary>The day ages and exceptions were worked out on.</summary>
    public required DateOnly AskedOn { get; init; }

    /// <summary>The member of staff the question is about.</summary>
    public required long StaffId { get; init; }

    /// <summary>Their name at the time.</summary>
    public required string StaffName { get; init; }

    /// <summary>The other person's register id; null for someone described rather than chosen from the register.</summary>
    public long? OtherPersonId { get; init; }

    /// <summary>The other person's name at the time.</summary>
    public required string OtherName { get; init; }

    /// <summary>The other person's date of birth as it was used (or described), if known.</summary>
    public DateOnly? OtherDateOfBirth { get; init; }

    /// <summary>Who the other person was to the school when asked.</summary>
    public required ConnectionSubjectKind SubjectKind { get; init; }

    /// <summary>What the member of staff wanted to do.</summary>
    public required ConnectionAction Action { get; init; }

    /// <summary>Where, as they named it.</summary>
    public required string Platform { get; init; }

    /// <summary>Allow, warn, hold or block.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The question in words.</summary>
    public required string Question { get; init; }

    /// <summary>Every reason, with its clause ids.</summary>
    public required IReadOnlyList<ConnectionReason> Reasons { get; init; }

    /// <summary>The notes that came with the answer.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>For a hold, the role that must decide.</summary>
    public Role? DecidingRole { get; init; }

    /// <summary>The pack judged under.</summary>
    public required string PackId { get; init; }

    /// <summary>Its version.</summary>
    public required string PackVersion { get; init; }

    /// <summary>The recorded exception that lifted a hold or block, if one did.</summary>
    public long? ExceptionId { get; init; }

    /// <summary>Every clause id the reasons cite, once each, in order.</summary>
    public IReadOnlyList<string> ClauseIds => [.. Reasons.SelectMany(r => r.ClauseIds).Distinct(StringComparer.Ordinal)];
}
