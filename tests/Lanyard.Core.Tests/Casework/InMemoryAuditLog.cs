using Lanyard.Core.Audit;

namespace Lanyard.Core.Tests.Casework;

/// <summary>An audit log that keeps the events in order, for assertions.</summary>
internal sealed class InMemoryAuditLog : IAuditLog
{
    public List<AuditEvent> Events { get; } = [];

    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        Events.Add(auditEvent);
        return Task.CompletedTask;
    }
}
