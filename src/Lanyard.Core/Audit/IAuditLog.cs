namespace Lanyard.Core.Audit;

/// <summary>The append-only, hash-chained audit log.</summary>
public interface IAuditLog
{
    /// <summary>Appends an event, chaining it to the last entry.</summary>
    Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken);
}
