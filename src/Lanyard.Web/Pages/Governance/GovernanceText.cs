using System.Globalization;
using Lanyard.Core.Governance;
using Lanyard.Core.Policies;

namespace Lanyard.Web.Pages.Governance;

/// <summary>Words and badges for the governance pages, so every page says the same thing the same way.</summary>
internal static class GovernanceText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"24 April 2019".</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", EnGb);

    /// <summary>"24 April 2019", or "—" when there is no day.</summary>
    public static string Date(DateOnly? day) => day is { } d ? Date(d) : "—";

    /// <summary>A pack's date at its own precision: "April 2018" for a month, "24 April 2018" for a day.</summary>
    public static string Date(PackDate date) => date.IsMonthOnly ? date.Earliest.ToString("MMMM yyyy", EnGb) : Date(date.Earliest);

    /// <summary>The <c>yyyy-MM-dd</c> value of a date input.</summary>
    public static string? Input(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A version's state in words and its badge class.</summary>
    public static (string Text, string Badge) State(PolicyVersionState state) => state switch
    {
        PolicyVersionState.Draft => ("draft", "verdict-warn"),
        PolicyVersionState.Approved => ("approved, not yet in force", "verdict-hold"),
        PolicyVersionState.InForce => ("in force", "verdict-allow"),
        PolicyVersionState.Superseded => ("superseded", "verdict-flag"),
        _ => ("withdrawn", "verdict-block"),
    };

    /// <summary>A review position in words and its badge class.</summary>
    public static (string Text, string Badge) Review(ReviewStatus status) => status switch
    {
        ReviewStatus.NoCycleSet => ("no review cycle set", "verdict-warn"),
        ReviewStatus.NotDue => ("in date", "verdict-allow"),
        ReviewStatus.DueSoon => ("due soon", "verdict-warn"),
        ReviewStatus.DueToday => ("due today", "verdict-flag"),
        _ => ("overdue", "verdict-block"),
    };

    /// <summary>A declaration state in words and its badge class.</summary>
    public static (string Text, string Badge) Declaration(DeclarationState state) => state switch
    {
        DeclarationState.UpToDate => ("signed", "verdict-allow"),
        DeclarationState.Reacknowledge => ("changes to sign", "verdict-warn"),
        _ => ("outstanding", "verdict-block"),
    };

    /// <summary>A trigger event in words.</summary>
    public static string Trigger(ReviewTrigger trigger) => trigger switch
    {
        ReviewTrigger.StatutoryGuidanceChange => "Statutory guidance changed",
        ReviewTrigger.FirstOfficialAccount => "The school opened its first official account",
        ReviewTrigger.Legislation => "New or changed legislation",
        ReviewTrigger.GoodPracticeGuidance => "New good-practice guidance",
        ReviewTrigger.CaseLaw => "Relevant case law",
        ReviewTrigger.SignificantIncident => "A significant incident",
        _ => "A change in technology",
    };

    /// <summary>The approval the pack records, in a line.</summary>
    public static string Approval(Approval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        var who = approval.Kind switch
        {
            ApprovalKind.Body or ApprovalKind.Committee => approval.Body ?? "the governing body",
            ApprovalKind.Role when approval.Role is { } role => Core.Workflows.WorkflowText.Kebab(role).Replace('-', ' '),
            ApprovalKind.Signatories => string.Join(" and ", approval.Signatures.Select(s => Core.Workflows.WorkflowText.Kebab(s.Role).Replace('-', ' '))),
            _ => "not stated",
        };
        return approval.Date is { } date ? $"{who}, {Date(date)}" : who;
    }

    /// <summary>Who signed or approved a version, in a line.</summary>
    public static string Approvers(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var people = string.Join("; ", version.Approvers.Select(a => $"{a.Name} ({Core.Workflows.WorkflowText.Kebab(a.Capacity).Replace('-', ' ')}), {Date(a.SignedOn)}"));
        return version.ApprovingBody is { } body ? $"{body}: {people}" : people;
    }
}
