using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>A policy's review position on one day, as <see cref="PolicyReviewCalendar"/> computes it.</summary>
public sealed record PolicyReviewState
{
    /// <summary>The pack.</summary>
    public required string PackId { get; init; }

    /// <summary>The day the position is for.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>No cycle, not due, due soon, due today or overdue.</summary>
    public required ReviewStatus Status { get; init; }

    /// <summary>When the next review is due, at the precision it is known (the pack's "October 2024" stays a month); null with no cycle.</summary>
    public PackDate? NextDue { get; init; }

    /// <summary>The last day the review can be held without being overdue (for a month, its last day); null with no cycle.</summary>
    public DateOnly? DueBy { get; init; }

    /// <summary>The first day the reminder shows, <see cref="PolicyReviewCalendar.ReminderDays"/> days before <see cref="DueBy"/>.</summary>
    public DateOnly? RemindFrom { get; init; }

    /// <summary>Days past <see cref="DueBy"/>; 0 unless overdue.</summary>
    public int DaysOverdue { get; init; }

    /// <summary>The last review: the latest completed review, or the date the pack states.</summary>
    public PackDate? LastReviewed { get; init; }

    /// <summary>The latest completed review the calendar counted, when one moved the cycle on.</summary>
    public CompletedReview? LastCompleted { get; init; }

    /// <summary>Things a governor should know about the schedule itself: no cycle set, the document contradicting itself.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The clauses the schedule comes from.</summary>
    public IReadOnlyList<string> Clauses { get; init; } = [];
}
