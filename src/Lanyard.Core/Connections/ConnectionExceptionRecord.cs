using Lanyard.Core.People;

namespace Lanyard.Core.Connections;

/// <summary>
/// A time-limited exception as recorded: who granted it (checked against the register when it was
/// granted), in which role, for which member of staff and which person, from when until when, and
/// why. The check reads it as an <see cref="ExceptionGrant"/>; whether it counts is the pack's call.
/// </summary>
public sealed record ConnectionExceptionRecord
{
    /// <summary>The log's id; 0 before it is recorded.</summary>
    public long Id { get; init; }

    /// <summary>The school.</summary>
    public required long OrganisationId { get; init; }

    /// <summary>The member of staff it is for.</summary>
    public required long StaffId { get; init; }

    /// <summary>The person they may connect with.</summary>
    public required long OtherPersonId { get; init; }

    /// <summary>The register id of who granted it.</summary>
    public required long GrantedById { get; init; }

    /// <summary>Their name at the time.</summary>
    public required string GrantedByName { get; init; }

    /// <summary>The register role they granted it in: DSL, deputy DSL or head teacher.</summary>
    public required StaffRole GrantedAs { get; init; }

    /// <summary>The first day it is in force (the day it was granted).</summary>
    public required DateOnly GrantedOn { get; init; }

    /// <summary>The last day it is in force.</summary>
    public required DateOnly Until { get; init; }

    /// <summary>Why it was granted.</summary>
    public required string Reason { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>Whether it is in force on <paramref name="day"/>.</summary>
    public bool IsInForceOn(DateOnly day) => day >= GrantedOn && day <= Until;

    /// <summary>The exception as the check reads it.</summary>
    public ExceptionGrant ToGrant() => new(GrantedByName, ConnectionRoles.ToPolicyRole(GrantedAs), GrantedOn, Until, Reason);
}
