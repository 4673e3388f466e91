namespace Lanyard.Core.Audit;

/// <summary>
/// One thing to put in the audit log: who did what to which record, when. It names records by kind
/// and id only; <paramref name="Detail"/> is a short fixed phrase (e.g. "step record-outcome"), never
/// a name, post text or anything else personal, because the log is read by people who may not see
/// the record itself.
/// </summary>
/// <param name="At">When.</param>
/// <param name="ActorUserId">The signed-in user, or null for the system (the CLI names its operator in <paramref name="Actor"/>).</param>
/// <param name="Actor">How the actor is shown: a user id, or "cli:&lt;os user&gt;", or "system".</param>
/// <param name="Action">Create, change, view or download.</param>
/// <param name="SubjectKind">The kind of record: <c>case</c>, <c>person</c>, <c>evidence</c>, <c>letter</c>.</param>
/// <param name="SubjectId">The record's id.</param>
/// <param name="OrganisationId">The school the record belongs to, when it belongs to one.</param>
/// <param name="Detail">A short fixed phrase with no personal data.</param>
public sealed record AuditEvent(DateTimeOffset At, long? ActorUserId, string Actor, AuditAction Action, string SubjectKind, long SubjectId, long? OrganisationId, string? Detail);
