namespace Lanyard.Core.Audit;

/// <summary>Reads the audit log back: in pages for verifying the chain, and per record for "who viewed this".</summary>
public interface IAuditLogReader
{
    /// <summary>Up to <paramref name="count"/> entries after <paramref name="afterSequence"/>, in sequence order (0 reads from the start).</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int count, CancellationToken cancellationToken);

    /// <summary>Every entry about one record (e.g. <c>case</c> 12), in sequence order.</summary>
    Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string subjectKind, long subjectId, CancellationToken cancellationToken);
}
