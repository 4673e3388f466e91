using Lanyard.Core.Notifications;

namespace Lanyard.Data.Notifications;

/// <summary>
/// The notification outbox on either provider, inside the request's unit of work. A notification is
/// pending until it is sent, read in the app (then there is nothing left to tell), or has failed
/// <see cref="MaxAttempts"/> times (then it stays in the app only, with its last error).
/// </summary>
public sealed class NotificationOutboxStore : INotificationOutbox
{
    /// <summary>Delivery attempts after which a notification is no longer offered to the sender.</summary>
    public const int MaxAttempts = 5;

    // Long enough for a sender's exception message; cut so a misbehaving relay cannot fill the table.
    private const int MaxErrorLength = 500;

    private readonly UnitOfWork _work;

    /// <summary>An outbox that runs in the given unit of work.</summary>
    public NotificationOutboxStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public Task<long> EnqueueAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return _work.InsertAsync(
            "INSERT INTO notifications (organisation_id, recipient_person_id, subject, body, link, created_at) " +
            "VALUES (@OrganisationId, @RecipientPersonId, @Subject, @Body, @Link, @CreatedAt)",
            new { notification.OrganisationId, notification.RecipientPersonId, notification.Subject, notification.Body, notification.Link, notification.CreatedAt },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Notification>> ForRecipientAsync(long personId, CancellationToken cancellationToken) =>
        [.. (await _work.QueryAsync<NotificationRow>(
            $"SELECT {NotificationRow.Columns} FROM notifications WHERE recipient_person_id = @PersonId ORDER BY created_at DESC, id DESC",
            new { PersonId = personId },
            cancellationToken).ConfigureAwait(false)).Select(r => r.ToNotification())];

    /// <inheritdoc />
    public async Task<int> UnreadCountAsync(long personId, CancellationToken cancellationToken) =>
        (int)await _work.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM notifications WHERE recipient_person_id = @PersonId AND read_at IS NULL",
            new { PersonId = personId },
            cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Notification>> PendingAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return [.. (await _work.QueryAsync<NotificationRow>(
            $"SELECT {NotificationRow.Columns} FROM notifications WHERE sent_at IS NULL AND read_at IS NULL AND attempts < @MaxAttempts " +
            "ORDER BY created_at, id LIMIT @Limit",
            new { MaxAttempts, Limit = limit },
            cancellationToken).ConfigureAwait(false)).Select(r => r.ToNotification())];
    }

    /// <inheritdoc />
    public async Task MarkSentAsync(long id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Counted as an attempt too, so attempts says how many times delivery was tried in all.
        var updated = await _work.ExecuteAsync(
            "UPDATE notifications SET sent_at = @At, attempts = attempts + 1, last_error = NULL WHERE id = @Id AND sent_at IS NULL",
            new { Id = id, At = at },
            cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            await EnsureExistsAsync(id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task MarkFailedAsync(long id, string failure, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(failure);
        var updated = await _work.ExecuteAsync(
            "UPDATE notifications SET attempts = attempts + 1, last_error = @Failure WHERE id = @Id AND sent_at IS NULL",
            new { Id = id, Failure = failure.Length > MaxErrorLength ? failure[..MaxErrorLength] : failure },
            cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            await EnsureExistsAsync(id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task MarkReadAsync(long id, long personId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Only the recipient can mark it read; reading it twice keeps the first time.
        var updated = await _work.ExecuteAsync(
            "UPDATE notifications SET read_at = @At WHERE id = @Id AND recipient_person_id = @PersonId AND read_at IS NULL",
            new { Id = id, PersonId = personId, At = at },
            cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            var recipient = await _work.QuerySingleOrDefaultAsync<long?>(
                "SELECT recipient_person_id FROM notifications WHERE id = @Id", new { Id = id }, cancellationToken).ConfigureAwait(false);
            if (recipient != personId)
            {
                throw new InvalidOperationException($"Notification {id} is not addressed to person {personId}.");
            }
        }
    }

    private async Task EnsureExistsAsync(long id, CancellationToken cancellationToken)
    {
        var exists = await _work.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM notifications WHERE id = @Id", new { Id = id }, cancellationToken).ConfigureAwait(false);
        if (exists == 0)
        {
            throw new InvalidOperationException($"There is no notification {id}.");
        }
    }
}
