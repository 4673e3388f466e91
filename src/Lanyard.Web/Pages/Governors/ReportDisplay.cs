using System.Globalization;
using Lanyard.Core.Casework;
using Lanyard.Core.Dashboard;
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

    /// <summary>Whether the review state needs the governing body to act (shown as a warning).</summary>
    public static bool NeedsAction(GovernorCaseReport.SchoolReview review) =>
        review.Review is not { } status || status.State is PolicyReviewState.NoCycle or PolicyReviewState.Overdue or PolicyReviewState.DueSoon or PolicyReviewState.Unknown;

    /// <summary>The review state in a short phrase with its dates.</summary>
    public static string Review(GovernorCaseReport.SchoolReview review) => review.Review is not { } status
        ? "No policy attached"
        : status.State switch
        {
            PolicyReviewState.NoCycle => "No review cycle set",
            PolicyReviewState.Overdue => $"Review overdue: due by {When(status.DueBy)}, {status.DaysOverdue} days ago",
            PolicyReviewState.DueSoon => $"Review due soon: by {When(status.DueBy)}",
            PolicyReviewState.InDate => $"In date: next review by {When(status.DueBy)}",
            _ => "Review date unknown: a cycle is stated but no approval or review date",
        };

    /// <summary>What the governing body should do about the state, or null when nothing.</summary>
    public static string? Advice(GovernorCaseReport.SchoolReview review) => review.Review?.State switch
    {
        null => "Attach the school's policy so its procedures and review schedule apply.",
        PolicyReviewState.NoCycle => "The policy states no review cycle and no review date. Agree one so the policy cannot drift out of date.",
        PolicyReviewState.Overdue => "Schedule the review at the next meeting.",
        PolicyReviewState.Unknown => "Record when the policy was approved or last reviewed.",
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
