using System.Globalization;
using Lanyard.Core.Governance;

namespace Lanyard.Cli.Governance;

/// <summary>The text form of <c>lanyard governance due</c>: one block per organisation.</summary>
internal static class GovernanceDueText
{
    public static void Write(GovernanceDue.Result result, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Governance due on {result.Today:yyyy-MM-dd}: {result.Organisations.Count(o => o.AnythingDue)} of {result.Organisations.Count} organisations need attention."));
        foreach (var due in result.Organisations)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{due.Organisation.Name} (#{due.Organisation.Id}): {due.PackId} version {due.Version}"));
            if (due.Review is { } review)
            {
                output.WriteLine($"  review: {Review(review)}");
                foreach (var warning in review.Warnings)
                {
                    output.WriteLine($"    warning: {warning}");
                }
            }

            foreach (var task in due.OpenReviewTasks)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  early review open since {task.RaisedOn:yyyy-MM-dd}: {task.Title}{(task.ClauseId is { } clause ? $" ({clause})" : string.Empty)}"));
            }

            var declarations = due.Declarations;
            output.WriteLine(declarations.Required
                ? string.Create(CultureInfo.InvariantCulture, $"  declarations: {declarations.SignedCount} of {declarations.Entries.Count} up to date ({declarations.CompletionPercent?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-"}%), {declarations.OutstandingCount} outstanding")
                : $"  declarations: not required. {declarations.Message}");
            var training = due.Training;
            output.WriteLine(training.Required
                ? string.Create(CultureInfo.InvariantCulture, $"  training: {training.DueCount} of {training.Entries.Count} due. {training.Message}")
                : $"  training: not required. {training.Message}");
        }
    }

    private static string Review(PolicyReviewState review) => review.Status switch
    {
        ReviewStatus.NoCycleSet => "no review cycle set",
        ReviewStatus.NotDue => string.Create(CultureInfo.InvariantCulture, $"not due (due by {review.DueBy:yyyy-MM-dd})"),
        ReviewStatus.DueSoon => string.Create(CultureInfo.InvariantCulture, $"due soon (by {review.DueBy:yyyy-MM-dd})"),
        ReviewStatus.DueToday => "due today",
        _ => string.Create(CultureInfo.InvariantCulture, $"OVERDUE by {review.DaysOverdue} days (was due by {review.DueBy:yyyy-MM-dd})"),
    };
}
