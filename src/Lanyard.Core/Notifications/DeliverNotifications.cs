using Lanyard.Core.People;

namespace Lanyard.Core.Notifications;

/// <summary>
/// One delivery round: takes the oldest pending notifications, looks up each recipient's email in
/// the people register, hands it to the sender and records the outcome (sent, or a failed attempt
/// with the reason). A failure never stops the round; the reasons recorded name no one.
/// </summary>
public static class DeliverNotifications
{
    /// <summary>How many notifications one round takes at most.</summary>
    /// <param name="Limit">The most to deliver in this round.</param>
    public sealed record Request(int Limit);

    /// <summary>What the round did, by notification id only.</summary>
    /// <param name="Sent">Delivered.</param>
    /// <param name="Failed">Attempted and failed (recorded on the notification).</param>
    public sealed record Result(IReadOnlyList<long> Sent, IReadOnlyList<long> Failed);

    /// <summary>Delivers up to <see cref="Request.Limit"/> pending notifications.</summary>
    public static async Task<Result> HandleAsync(Request request, INotificationOutbox outbox, IPeopleRegister people, INotificationSender sender, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(clock);
        var sent = new List<long>();
        var failed = new List<long>();
        foreach (var notification in await outbox.PendingAsync(request.Limit, cancellationToken).ConfigureAwait(false))
        {
            var recipient = await people.GetAsync(notification.RecipientPersonId, cancellationToken).ConfigureAwait(false);
            if (recipient?.Email is not { Length: > 0 } email)
            {
                await outbox.MarkFailedAsync(notification.Id, "The recipient has no email address in the people register.", cancellationToken).ConfigureAwait(false);
                failed.Add(notification.Id);
                continue;
            }

            try
            {
                await sender.SendAsync(notification, email, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The exception's type and message, not the address: a relay's message may quote it.
                await outbox.MarkFailedAsync(notification.Id, Describe(ex, email), cancellationToken).ConfigureAwait(false);
                failed.Add(notification.Id);
                continue;
            }

            await outbox.MarkSentAsync(notification.Id, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            sent.Add(notification.Id);
        }

        return new Result(sent, failed);
    }

    private static string Describe(Exception ex, string email) =>
        ex.GetType().Name + ": " + ex.Message.Replace(email, "(recipient)", StringComparison.OrdinalIgnoreCase);
}
