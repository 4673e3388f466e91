using System.Globalization;
using System.Text;
using Lanyard.Core.Governance;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Casework;

/// <summary>The governors' report as plain-text tables, for the CLI and for pasting into minutes.</summary>
public static class GovernorCaseReportText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Renders the report; fixed-width columns, one table per section.</summary>
    public static string Render(GovernorCaseReport.Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(EnGb, $"Cases report to governors, {report.Today.ToString("d MMMM yyyy", EnGb)}");
        text.AppendLine(EnGb, $"Schools: {string.Join(", ", report.Schools)}");
        text.AppendLine(EnGb, $"Open cases: {report.Open}. Open with an overdue task: {report.Overdue}.");
        text.AppendLine();
        Table(text, $"Cases reported by type ({Month(report.Months[0].Month)} to {Month(report.Months[^1].Month)})", "Type",
            report.ByType.Select(t => (YamlNaming.Kebab(t.Type), t.Count)));
        Table(text, "Cases reported by outcome", "Outcome", report.ByOutcome.Select(o => (o.Outcome, o.Count)));
        Table(text, "Cases reported by month", "Month", report.Months.Select(m => (Month(m.Month), m.Reported)));

        text.AppendLine("Policy review");
        foreach (var review in report.Reviews)
        {
            text.AppendLine(EnGb, $"  {review.School}: {ReviewText(review)}");
        }

        if (report.Flagged.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(EnGb, $"Closed cases reported to governors ({string.Join(", ", report.Flagged.SelectMany(f => f.Clauses).Distinct(StringComparer.Ordinal))})");
            foreach (var flagged in report.Flagged)
            {
                text.AppendLine(EnGb, $"  {flagged.School}: {YamlNaming.Kebab(flagged.Type)}, reported {Month(flagged.ReportedMonth)}, closed {Month(flagged.ClosedMonth)}, outcome {flagged.Outcome}");
            }
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, string title, string heading, IEnumerable<(string Label, int Count)> rows)
    {
        var list = rows.ToList();
        var width = list.Select(r => r.Label.Length).Append(heading.Length).Max();
        text.AppendLine(title);
        text.AppendLine(EnGb, $"  {heading.PadRight(width)}  Count");
        foreach (var (label, count) in list)
        {
            text.AppendLine(EnGb, $"  {label.PadRight(width)}  {count,5}");
        }

        text.AppendLine();
    }

    private static string ReviewText(GovernorCaseReport.SchoolReview review) => review.Review is not { } state
        ? "no policy attached"
        : $"{review.PackTitle} (version {review.PackVersion}): " + state.Status switch
        {
            ReviewStatus.NoCycleSet => "no review cycle set",
            ReviewStatus.Overdue => $"review overdue (due by {When(state.NextDue)}, {state.DaysOverdue} days ago)",
            ReviewStatus.DueToday => $"review due today ({When(state.NextDue)})",
            ReviewStatus.DueSoon => $"review due soon (by {When(state.NextDue)})",
            _ => $"in date (next review by {When(state.NextDue)})",
        } + (state.LastCompleted is { } last ? $"; last reviewed {Day(last.CompletedOn)}" : string.Empty);

    private static string When(Policies.PackDate? date) => date?.ToString() ?? "no date";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", EnGb);

    private static string Month(DateOnly month) => month.ToString("MMM yyyy", EnGb);
}
