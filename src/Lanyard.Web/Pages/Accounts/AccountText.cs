using System.Globalization;
using Lanyard.Core.Accounts;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Web.Pages.Accounts;

/// <summary>The words and badge styles the account pages put around the core's judgements.</summary>
internal static class AccountText
{
    /// <summary>The decision's word and the badge class that colours it (the word is always shown).</summary>
    public static (string Word, string Badge) Decision(AccountDecision decision) => decision switch
    {
        AccountDecision.Accepted => ("accepted", "verdict-allow"),
        AccountDecision.Flagged => ("flagged", "verdict-flag"),
        AccountDecision.Held => ("held", "verdict-hold"),
        _ => ("rejected", "verdict-block"),
    };

    /// <summary>
    /// The attestation state for the register's table: a badge when something is due (the word is
    /// always in it), and a short line of detail. The core's full sentence is on the attest page.
    /// </summary>
    public static (string? Badge, string BadgeClass, string Detail) Attestation(AttestationStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.State switch
        {
            AttestationState.Overdue => ("overdue", "verdict-block", string.Create(CultureInfo.InvariantCulture, $"{status.DaysOverdue} day{(status.DaysOverdue == 1 ? "" : "s")} late: it was due on {Date(status.DueOn!.Value)}.")),
            AttestationState.DueToday => ("due today", "verdict-warn", "Confirm the entry is still true."),
            AttestationState.NotYetDue => (null, string.Empty, status.DueOn is { } due ? "Next due " + Date(due) + "." : "Not yet due."),
            _ => (null, string.Empty, "No date set: set when it is next confirmed."),
        };
    }

    /// <summary>The purpose as the form offers it: "closed space".</summary>
    public static string Purpose(Lanyard.Core.Policies.Parameters.AccountPurpose purpose) => YamlNaming.Kebab(purpose).Replace('-', ' ');

    /// <summary>A date as a UK reader writes it: 1 March 2026.</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
