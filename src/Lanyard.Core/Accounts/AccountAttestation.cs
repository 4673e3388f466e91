using Lanyard.Core.Policies;

namespace Lanyard.Core.Accounts;

/// <summary>
/// Use case: is an account's register entry due to be confirmed again? None of the five policies
/// sets a schedule for reviewing official accounts (their review clauses are about the policy,
/// and their reminders about staff's own profiles), so the due date is the register's own
/// <see cref="OfficialAccount.NextAttestationOn"/> and no clause is cited. The pack is taken so
/// the message can say whose policy is silent; an account whose school has lost its pack still has
/// a date to keep, so a missing pack changes only the wording.
/// </summary>
public static class AccountAttestation
{
    /// <summary>The account's attestation status on <paramref name="today"/>.</summary>
    /// <param name="account">The account.</param>
    /// <param name="pack">The pack in force at the owning school, or null when none is attached.</param>
    /// <param name="today">The day to judge on.</param>
    public static AttestationStatus Handle(OfficialAccount account, PolicyPack? pack, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(account);
        var policy = pack is null ? "the school has no policy attached, so nothing" : $"{pack.Organisation.Name}'s policy";
        var basis = $"the register's own date; {policy} sets no schedule for reviewing official accounts";
        if (account.NextAttestationOn is not { } due)
        {
            return new AttestationStatus(
                AttestationState.NotScheduled,
                null,
                0,
                [],
                $"No attestation date is set for {account}. Set the date someone should next confirm the entry is still true ({policy} sets no schedule).");
        }

        var days = today.DayNumber - due.DayNumber;
        return days switch
        {
            < 0 => new AttestationStatus(AttestationState.NotYetDue, due, 0, [], $"Attestation of {account} is due on {AccountWording.Date(due)} ({basis})."),
            0 => new AttestationStatus(AttestationState.DueToday, due, 0, [], $"Attestation of {account} is due today ({basis}): confirm the entry is still true."),
            _ => new AttestationStatus(
                AttestationState.Overdue,
                due,
                days,
                [],
                $"Attestation of {account} is {days} day{(days == 1 ? string.Empty : "s")} overdue: it was due on {AccountWording.Date(due)} ({basis}). Confirm the entry is still true and set the next date."),
        };
    }
}
