using Lanyard.Core.Notifications;

namespace Lanyard.Core.Tests.Casework;

/// <summary>An outbox in memory: keeps what is queued.</summary>
internal sealed class InMemoryOutbox : INotificationOutbox
{
    public List<Notification> Queued { get; } = [];

    public Task<long> EnqueueAsync(Notification notification, CancellationToken cancellationToken)
    {
        Queued.Add(notification with { Id = Queued.Count + 1L });
        return Task.FromResult((long)Queued.Count);
    }

    public Task<IReadOnlyList<Notification>> ForRecipientAsync(long personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Notification>>([.. Queued.Where(n => n.RecipientPersonId == personId)]);

    public Task<IReadOnlyList<Notification>> PendingAsync(int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task MarkSentAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task MarkFailedAsync(long id, string failure, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task MarkReadAsync(long id, long personId, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();
}
