using Lanyard.Core.Audit;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Data.Audit;

/// <summary>
/// The audit log on either provider, inside the request's unit of work: each event is chained to the
/// last entry in the same transaction as the change it records, so a rolled-back request leaves no
/// audit entry and a committed one always has its entry. The schema's triggers refuse any UPDATE or
/// DELETE of the log.
/// </summary>
public sealed class AuditLogStore : IAuditLog, IAuditLogReader
{
    // Any constant will do, as long as every Lanyard process sharing a server uses the same one
    // (and it differs from the migrator's).
    private const long PostgresAppendLock = 0x4C616E41756469;

    private readonly UnitOfWork _work;

    /// <summary>A log that runs in the given unit of work.</summary>
    public AuditLogStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public async Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        // PostgreSQL: two transactions reading the same last entry would fork the chain, so appenders
        // queue on a lock held to the end of the transaction; each then reads the committed last
        // entry (READ COMMITTED takes a new snapshot per statement). SQLite has one writer at a time,
        // and the sequence's primary key refuses a second entry with the same number either way.
        if (_work.Provider == DatabaseProvider.Postgres)
        {
            await _work.ExecuteAsync("SELECT pg_advisory_xact_lock(@Key)", new { Key = PostgresAppendLock }, cancellationToken).ConfigureAwait(false);
        }

        var last = await _work.QuerySingleOrDefaultAsync<AuditRow>(
            $"SELECT {AuditRow.Columns} FROM audit_log ORDER BY sequence DESC LIMIT 1", null, cancellationToken).ConfigureAwait(false);
        var entry = AuditChain.Next(last?.ToEntry(), auditEvent);
        var e = entry.Event;
        await _work.ExecuteAsync(
            "INSERT INTO audit_log (sequence, at, actor_user_id, actor, action, subject_kind, subject_id, organisation_id, detail, previous_hash, hash) " +
            "VALUES (@Sequence, @At, @ActorUserId, @Actor, @Action, @SubjectKind, @SubjectId, @OrganisationId, @Detail, @PreviousHash, @Hash)",
            new
            {
                entry.Sequence,
                e.At,
                e.ActorUserId,
                e.Actor,
                Action = YamlNaming.Kebab(e.Action),
                e.SubjectKind,
                e.SubjectId,
                e.OrganisationId,
                e.Detail,
                entry.PreviousHash,
                entry.Hash,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return [.. (await _work.QueryAsync<AuditRow>(
            $"SELECT {AuditRow.Columns} FROM audit_log WHERE sequence > @After ORDER BY sequence LIMIT @Count",
            new { After = afterSequence, Count = count },
            cancellationToken).ConfigureAwait(false)).Select(r => r.ToEntry())];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string subjectKind, long subjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectKind);
        return [.. (await _work.QueryAsync<AuditRow>(
            $"SELECT {AuditRow.Columns} FROM audit_log WHERE subject_kind = @Kind AND subject_id = @Id ORDER BY sequence",
            new { Kind = subjectKind, Id = subjectId },
            cancellationToken).ConfigureAwait(false)).Select(r => r.ToEntry())];
    }
}
