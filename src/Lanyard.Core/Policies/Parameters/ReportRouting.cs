using Lanyard.Core.Policies;

namespace Lanyard.Core.Policies.Parameters;

/// <summary>Who receives a report (§3 rows 17–18).</summary>
public sealed record ReportRouting : PackParameter
{
    /// <summary>Recipients in order; empty when the policy names nobody.</summary>
    public required IReadOnlyList<Role> Recipients { get; init; }

    /// <summary>Whether all recipients or any one must be told.</summary>
    public required NotifyMode Notify { get; init; }

    /// <summary>Who receives it when every recipient is absent.</summary>
    public RoutingFallback? Fallback { get; init; }

    /// <summary>The policy says "report" without naming a recipient; the school's configured default applies.</summary>
    public bool RecipientUnnamed { get; init; }

    /// <summary>How quickly.</summary>
    public Urgency? Urgency { get; init; }

    /// <summary>The recipient is the office-holder at the school concerned, not a trust-central inbox.</summary>
    public bool RecipientAtPupilsSchool { get; init; }

    /// <summary>Non-safeguarding concerns about particular pupils go here first (Heathcoat: Head of House).</summary>
    public Role? OtherPupilConcernsTo { get; init; }
}
