namespace Lanyard.Core.Policies.Parameters;

/// <summary>Staff social media use at work (§3 row 14). Each absent answer is silence.</summary>
public sealed record StaffUsageAtWork : PackParameter
{
    /// <summary>Whether reasonable private use is allowed.</summary>
    public bool? PrivateUseAllowed { get; init; }

    /// <summary>Whether use during lessons is banned.</summary>
    public bool? LessonTimeBlocked { get; init; }

    /// <summary>Whether significant use outside working hours needs prior approval.</summary>
    public bool? OutOfHoursApprovalRequired { get; init; }

    /// <summary>Whether excessive use may lead to disciplinary action.</summary>
    public bool? ExcessiveUseDisciplinary { get; init; }

    /// <summary>Whether the school may withdraw access at will.</summary>
    public bool? AccessWithdrawable { get; init; }
}
