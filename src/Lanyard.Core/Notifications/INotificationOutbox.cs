namespace Lanyard.Core.Notifications;

/// <summary>The outbox: notifications queued in the same transaction as the change that causes them.</summary>
public interface INotificationOutbox
{
    /// <summary>Queues a notification; returns its id.</summary>
    Task<long> EnqueueAsync(Notification notification, CancellationToken cancellationToken);

    /// <summary>A member of staff's notifications, newest first.</summary>
    Task<IReadOnlyList<Notification>> ForRecipientAsync(long personId, CancellationToken cancellationToken);

    /// <summary>
    /// How many of a member of staff's notifications they have not read (the badge on every page).
    /// Stores answer with one count; this default reads the list, for doubles that keep it in memory.
    /// </summary>
    async Task<int> UnreadCountAsync(long personId, CancellationToken cancellationToken) =>
        (await ForRecipientAsync(personId, cancellationToken).ConfigureAwait(false)).Count(n => n.ReadAt is null);

    /// <summary>Notifications not yet delivered, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Notification>> PendingAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Marks a notification delivered.</summary>
    Task MarkSentAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a failed delivery attempt.</summary>
    Task MarkFailedAsync(long id, string failure, CancellationToken cancellationToken);

    /// <summary>Marks a notification read by its recipient.</summary>
    Task MarkReadAsync(long id, long personId, DateTimeOffset at, CancellationToken cancellationToken);
}
