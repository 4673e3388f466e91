using Lanyard.Core.Notifications;
using Lanyard.Core.People;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: the review reminders sent, not only shown (issue 6: "reminders at 28 days before and
/// when overdue"). For each organisation that holds a policy (a school inheriting its trust's or
/// federation's policy is reminded through the holder), when the policy register's calendar says the
/// review is due within <see cref="PolicyReviewCalendar.ReminderDays"/> days, or overdue, a
/// notification goes to the head teacher and to whoever may approve the policy (the body or role
/// the policy in force names), in the app and by email where a sender is set up. Each reminder is
/// sent once: one when it falls due, one when it becomes overdue, and again only for a new due date
/// (after a completed review or a new version). A pack with no cycle gets no reminder, only the
/// register's warning. Run daily by a scheduled job (<c>lanyard governance due --notify</c>); the
/// messages carry the policy's title and dates, nothing about any person.
/// </summary>
public static class SendReviewReminders
{
    /// <summary>One reminder queued.</summary>
    /// <param name="OrganisationId">The organisation holding the policy.</param>
    /// <param name="RecipientPersonId">Who it is for.</param>
    /// <param name="Subject">Its subject, which also keeps it from being sent twice.</param>
    public sealed record Queued(long OrganisationId, long RecipientPersonId, string Subject);

    /// <summary>What was queued this run.</summary>
    /// <param name="Reminders">The reminders queued; empty when nothing fell due or all were already sent.</param>
    public sealed record Result(IReadOnlyList<Queued> Reminders);

    /// <summary>Queues the reminders due on the clock's today.</summary>
    public static async Task<Result> HandleAsync(GovernancePorts ports, INotificationOutbox outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(clock);
        var today = GovernanceDay.Today(clock);
        var queued = new List<Queued>();
        foreach (var organisation in await ports.Organisations.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await PolicyReviewStatus.PositionAsync(organisation.Id, ports, clock, cancellationToken).ConfigureAwait(false) is not { } position
                || position.InForce.PackFrom.Id != organisation.Id
                || Reminder(position) is not { } reminder)
            {
                continue;
            }

            var roles = ApprovalAuthority.Holders(position.InForce.Pack.Approval).Append(StaffRole.Headteacher).ToHashSet();
            var staff = await ports.People.ListAsync(organisation.Id, PersonKind.Staff, cancellationToken).ConfigureAwait(false);
            foreach (var person in staff.Where(p => p.Roles.Any(roles.Contains) && !(p.LeavingDate is { } left && left < today)))
            {
                var sent = await outbox.ForRecipientAsync(person.Id, cancellationToken).ConfigureAwait(false);
                if (sent.Any(n => n.OrganisationId == organisation.Id && n.Subject == reminder.Subject))
                {
                    continue;
                }

                await outbox.EnqueueAsync(
                    new Notification
                    {
                        OrganisationId = organisation.Id,
                        RecipientPersonId = person.Id,
                        Subject = reminder.Subject,
                        Body = reminder.Body,
                        Link = "/governance",
                        CreatedAt = clock.GetUtcNow(),
                    },
                    cancellationToken).ConfigureAwait(false);
                queued.Add(new Queued(organisation.Id, person.Id, reminder.Subject));
            }
        }

        return new Result(queued);
    }

    private static (string Subject, string Body)? Reminder(PolicyReviewStatus.Position position)
    {
        var state = position.State;
        if (state.DueBy is not { } dueBy)
        {
            return null;
        }

        var policy = $"{position.InForce.Pack.Title} (version {position.InForce.VersionLabel})";
        var clauses = state.Clauses.Count > 0 ? $" ({string.Join(", ", state.Clauses)})" : string.Empty;
        var due = GovernanceDay.Date(dueBy);
        return state.Status switch
        {
            ReviewStatus.DueSoon or ReviewStatus.DueToday => ($"Policy review due by {due}",
                $"{policy} is due for review by {due}{clauses}. Record the review in the policy register when it is done."),
            ReviewStatus.Overdue => ($"Policy review overdue since {due}",
                $"{policy} was due for review by {due}{clauses} and no review is recorded. Schedule it, and record it in the policy register."),
            _ => null,
        };
    }
}
