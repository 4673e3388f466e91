namespace Lanyard.Core.People;

/// <summary>A recorded tie between a member of staff and a pupil or parent.</summary>
/// <param name="Id">The register's id; 0 before it is stored.</param>
/// <param name="StaffId">The member of staff.</param>
/// <param name="OtherId">The pupil or parent.</param>
/// <param name="Kind">What the tie is.</param>
/// <param name="BeganOn">When it began, if known (a friendship that began before the pupil joined is "prior").</param>
/// <param name="Note">Free text, e.g. "sister's child".</param>
public sealed record StaffRelationship(long Id, long StaffId, long OtherId, RelationshipKind Kind, DateOnly? BeganOn, string? Note);
