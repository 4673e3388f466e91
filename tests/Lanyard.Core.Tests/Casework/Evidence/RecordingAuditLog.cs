using Lanyard.Core.Audit;

namespace Lanyard.Core.Tests.Casework.Evidence;

/// <summary>An audit log that keeps what it is given.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    public List<AuditEvent> Events { get; } = [];

    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        Events.Add(auditEvent);
        return Task.CompletedTask;
    }
}
