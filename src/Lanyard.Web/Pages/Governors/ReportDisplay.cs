using System.Globalization;
using Lanyard.Core.Casework;
using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Lanyard.Core.Workflows;
using Lanyard.Web.Charts;

namespace Lanyard.Web.Pages.Governors;

/// <summary>How the governors' report words its fixed values: case types, outcome words, months, review states.</summary>
internal static class ReportDisplay
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Online abuse of staff" for <see cref="CaseType.OnlineAbuseOfStaff"/>.</summary>
    public static string Type(CaseType type) => Sentence(WorkflowText.Kebab(type));

    /// <summary>An outcome word as a phrase; "No outcome yet" for <see cref="GovernorCaseReport.NoOutcome"/>.</summary>
    public static string Outcome(string outcome) => outcome == GovernorCaseReport.NoOutcome ? "No outcome yet" : Sentence(outcome);

    /// <summary>"March 2025".</summary>
    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", EnGb);

    /// <summary>"1 March 2025".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", EnGb);

    /// <summary>The bars of the by-type chart, every type in the report's order.</summary>
    public static IReadOnlyList<ChartBar> TypeBars(GovernorCaseReport.Report report) => [.. report.ByType.Select(t => new ChartBar(Type(t.Type), t.Count))];

    /// <summary>The bars of the by-outcome chart.</summary>
    public static IReadOnlyList<ChartBar> OutcomeBars(GovernorCaseReport.Report report) => [.. report.ByOutcome.Select(o => new ChartBar(Outcome(o.Outcome), o.Count))];

    /// <summary>The bars of the by-month chart, labelled with the month's short name ("Mar"), oldest first.</summary>
    public static IReadOnlyList<ChartBar> MonthBars(GovernorCaseReport.Report report) => [.. report.Months.Select(m => new ChartBar(m.Month.ToString("MMM", EnGb), m.Reported, Month(m.Month)))];

    /// <summary>The year under the first month shown and under each January, so the months read unambiguously.</summary>
    public static IReadOnlyDictionary<int, string> MonthYears(GovernorCaseReport.Report report) =>
        report.Months.Select((m, i) => (m, i)).Where(x => x.i == 0 || x.m.Month.Month == 1).ToDictionary(x => x.i, x => x.m.Month.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>Whether the review position needs the governing body to act (shown as a warning).</summary>
    public static bool NeedsAction(GovernorCaseReport.SchoolReview review) =>
        review.Review is not { } state || state.Status is ReviewStatus.NoCycleSet or ReviewStatus.Overdue or ReviewStatus.DueToday or ReviewStatus.DueSoon;

    /// <summary>The review position in a short phrase with its dates, as the policy register gives it.</summary>
    public static string Review(GovernorCaseReport.SchoolReview review) => review.Review is not { } state
        ? "No policy attached"
        : state.Status switch
        {
            ReviewStatus.NoCycleSet => "No review cycle set",
            ReviewStatus.Overdue => $"Review overdue: due by {When(state.NextDue)}, {state.DaysOverdue} days ago",
            ReviewStatus.DueToday => $"Review due today: {When(state.NextDue)}",
            ReviewStatus.DueSoon => $"Review due soon: by {When(state.NextDue)}",
            _ => $"In date: next review by {When(state.NextDue)}",
        };

    /// <summary>"Last reviewed 3 March 2026 (no change)" when a review completed in the register moved the cycle on; else null.</summary>
    public static string? LastReviewed(GovernorCaseReport.SchoolReview review) => review.Review?.LastCompleted is { } last
        ? $"Last reviewed {Day(last.CompletedOn)}"
        : null;

    /// <summary>What the governing body should do about the position, or null when nothing.</summary>
    public static string? Advice(GovernorCaseReport.SchoolReview review) => review.Review?.Status switch
    {
        null => "Attach the school's policy so its procedures and review schedule apply.",
        ReviewStatus.NoCycleSet => "The policy states no review cycle and no review date. Agree one so the policy cannot drift out of date.",
        ReviewStatus.Overdue or ReviewStatus.DueToday => "Schedule the review at the next meeting.",
        _ => null,
    };

    /// <summary>A pack date in words: "April 2027", or "1 April 2027" when the day is known.</summary>
    public static string When(PackDate? date) => date is not { } d
        ? "no date"
        : d.Day is { } day ? Day(new DateOnly(d.Year, d.Month, day)) : Month(new DateOnly(d.Year, d.Month, 1));

    private static string Sentence(string kebab)
    {
        var words = kebab.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
