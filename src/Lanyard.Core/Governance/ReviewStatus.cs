namespace Lanyard.Core.Governance;

/// <summary>Where a policy stands against its review cycle on a given day.</summary>
public enum ReviewStatus
{
    /// <summary>The policy states no review cycle and no review date (St Mary's): a warning, never "not due".</summary>
    NoCycleSet,

    /// <summary>Due more than <see cref="PolicyReviewCalendar.ReminderDays"/> days from today.</summary>
    NotDue,

    /// <summary>Due within <see cref="PolicyReviewCalendar.ReminderDays"/> days: the reminder is showing.</summary>
    DueSoon,

    /// <summary>Due today.</summary>
    DueToday,

    /// <summary>The due day has passed without a completed review.</summary>
    Overdue,
}
