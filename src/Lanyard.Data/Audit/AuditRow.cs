using Lanyard.Core.Audit;
using Lanyard.Data.Accounts;

namespace Lanyard.Data.Audit;

// Settable properties, not a positional record: the engines disagree on integer widths.
internal sealed class AuditRow
{
    public const string Columns =
        "sequence AS Sequence, at AS At, actor_user_id AS ActorUserId, actor AS Actor, action AS Action, subject_kind AS SubjectKind, " +
        "subject_id AS SubjectId, organisation_id AS OrganisationId, detail AS Detail, previous_hash AS PreviousHash, hash AS Hash";

    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public long? ActorUserId { get; set; }

    public string Actor { get; set; } = "";

    public string Action { get; set; } = "";

    public string SubjectKind { get; set; } = "";

    public long SubjectId { get; set; }

    public long? OrganisationId { get; set; }

    public string? Detail { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    // An action the enum does not know (written by hand) still reads, as an event that cannot match
    // its hash, so verification names the entry instead of the reader throwing.
    public AuditEntry ToEntry() => new(
        Sequence,
        new AuditEvent(At, ActorUserId, Actor, ParseAction(Action), SubjectKind, SubjectId, OrganisationId, Detail),
        PreviousHash,
        Hash);

    private static AuditAction ParseAction(string text) =>
        Enum.TryParse<AuditAction>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var action) && Enum.IsDefined(action)
            ? action
            : (AuditAction)(-1);
}
