namespace Lanyard.Core.Dashboard;

/// <summary>Where a policy stands against its review schedule.</summary>
public enum PolicyReviewState
{
    /// <summary>The pack states no review cycle and no review date. Written <c>no-cycle</c>.</summary>
    NoCycle,

    /// <summary>Past the date it was due for review. Written <c>overdue</c>.</summary>
    Overdue,

    /// <summary>Due within <see cref="WhatNeedsAttention.ReminderDays"/> days. Written <c>due-soon</c>.</summary>
    DueSoon,

    /// <summary>Not due for a while yet. Written <c>in-date</c>.</summary>
    InDate,

    /// <summary>A cycle is stated but no due date can be worked out (no approval or review date). Written <c>unknown</c>.</summary>
    Unknown,
}
