using Lanyard.Core.Policies;
using Lanyard.Core.Time;

namespace Lanyard.Core.Governance;

/// <summary>
/// When a policy's next review is due and whether it is due now, from the pack's review data and
/// the reviews the school has completed since. Each completed review starts a new cycle from the
/// day it closed, so an early or late review moves every later due date with it. A pack that states
/// no cycle has no due date: it is reported as "no review cycle set", never as "not due".
/// </summary>
public static class PolicyReviewCalendar
{
    /// <summary>How many days before the due day the reminder starts (issue 6: 28 days).</summary>
    public const int ReminderDays = 28;

    /// <summary>The position today, by the injected clock's UK date (as the dashboard counts "today").</summary>
    public static PolicyReviewState Now(PolicyPack pack, IReadOnlyList<CompletedReview> completed, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return On(pack, completed, UkTime.Today(clock));
    }

    /// <summary>
    /// The position on <paramref name="today"/>. Reviews completed after that day are not yet
    /// history and are ignored, so the same record can be replayed day by day.
    /// </summary>
    public static PolicyReviewState On(PolicyPack pack, IReadOnlyList<CompletedReview> completed, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(completed);

        var review = pack.Review;
        var latest = completed.Where(r => r.CompletedOn <= today).MaxBy(r => r.CompletedOn);

        // A review recorded before the pack's own last review (or approval) is older history the
        // pack has already moved past; only a later one restarts the cycle.
        var packStart = review.LastReviewed ?? pack.Approval.Date;
        var counted = latest is not null && (packStart is not { } start || latest.CompletedOn > start.Earliest) ? latest : null;

        var next = counted is not null
            ? review.CycleMonths is { } months ? PackDate.Of(counted.CompletedOn.AddMonths(months)) : (PackDate?)null
            : review.NextDue(pack.Approval.Date);

        var state = new PolicyReviewState
        {
            PackId = pack.Id,
            Today = today,
            Status = ReviewStatus.NoCycleSet,
            LastReviewed = counted is not null ? PackDate.Of(counted.CompletedOn) : review.LastReviewed,
            LastCompleted = counted,
            Warnings = Warnings(pack),
            Clauses = review.Clauses,
        };
        if (next is not { } due)
        {
            return state;
        }

        var dueBy = due.Latest;
        var daysLeft = dueBy.DayNumber - today.DayNumber;
        return state with
        {
            NextDue = due,
            DueBy = dueBy,
            RemindFrom = dueBy.AddDays(-ReminderDays),
            DaysOverdue = Math.Max(0, -daysLeft),
            Status = daysLeft switch
            {
                < 0 => ReviewStatus.Overdue,
                0 => ReviewStatus.DueToday,
                <= ReminderDays => ReviewStatus.DueSoon,
                _ => ReviewStatus.NotDue,
            },
        };
    }

    private static List<string> Warnings(PolicyPack pack)
    {
        var review = pack.Review;
        var warnings = new List<string>();
        if (review.CycleMonths is null)
        {
            warnings.Add(review.NextReview is null
                ? "No review cycle set: the policy states no review cycle and no review date, so no review will ever fall due. Agree a cycle with the governing body."
                : $"No review cycle set: the policy states only a next review ({review.NextReview}); after that review no further one falls due. Agree a cycle with the governing body.");
        }

        // The loader keeps the pack's reading of a contradiction; where the contradiction is about
        // the review terms themselves (Cambrian's 3-year cycle against "bi-yearly"), whoever plans
        // the review should see it beside the date.
        foreach (var inconsistency in pack.Inconsistencies.Where(i => i.Clauses.Any(c => review.Clauses.Contains(c, StringComparer.Ordinal))))
        {
            warnings.Add($"The policy contradicts itself about its review ({string.Join(", ", inconsistency.Clauses)}): {inconsistency.Note}");
        }

        return warnings;
    }
}
