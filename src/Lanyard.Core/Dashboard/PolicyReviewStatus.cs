using Lanyard.Core.Policies;

namespace Lanyard.Core.Dashboard;

/// <summary>
/// A pack's review status on a day, worked out once for the dashboard and the governors' report so
/// the two never disagree.
/// </summary>
/// <param name="State">Where it stands.</param>
/// <param name="DueBy">The review date, when one can be worked out.</param>
/// <param name="DaysOverdue">Days past the latest day of <paramref name="DueBy"/>, when overdue; else 0.</param>
public sealed record PolicyReviewStatus(PolicyReviewState State, PackDate? DueBy, int DaysOverdue)
{
    /// <summary>The status of <paramref name="pack"/> on <paramref name="today"/>.</summary>
    public static PolicyReviewStatus Of(PolicyPack pack, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(pack);
        if (pack.Review.CycleMonths is null && pack.Review.NextReview is null)
        {
            return new PolicyReviewStatus(PolicyReviewState.NoCycle, null, 0);
        }

        if (pack.Review.NextDue(pack.Approval.Date) is not { } next)
        {
            return new PolicyReviewStatus(PolicyReviewState.Unknown, null, 0);
        }

        var due = next.Latest;
        return due < today ? new PolicyReviewStatus(PolicyReviewState.Overdue, next, today.DayNumber - due.DayNumber)
            : due <= today.AddDays(WhatNeedsAttention.ReminderDays) ? new PolicyReviewStatus(PolicyReviewState.DueSoon, next, 0)
            : new PolicyReviewStatus(PolicyReviewState.InDate, next, 0);
    }
}
