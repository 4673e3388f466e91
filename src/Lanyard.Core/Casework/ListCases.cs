using Lanyard.Core.Organisations;

namespace Lanyard.Core.Casework;

/// <summary>
/// Use case: the cases of the schools in the reader's scope that they may see, each shown at the
/// level <see cref="CaseAccess"/> gives them, newest first. A list is not audited row by row: each
/// row carries no more than its level allows (no entries, parties or evidence at any level, and no
/// summary below full), and opening a case (<see cref="ViewCase"/>) is the audited view.
/// </summary>
public static class ListCases
{
    /// <summary>Who is asking, and the filters.</summary>
    /// <param name="Actor">The signed-in member of staff.</param>
    /// <param name="Type">Only cases of this type.</param>
    /// <param name="Stage">Only cases at this stage.</param>
    /// <param name="OpenOnly">Only cases not closed.</param>
    /// <param name="OverdueOnly">Only cases with an overdue task (never a status-only row: the reporter is not shown tasks).</param>
    public sealed record Request(CaseActor Actor, CaseType? Type = null, CaseStage? Stage = null, bool OpenOnly = false, bool OverdueOnly = false);

    /// <summary>One case in the list, filled only as far as its level allows.</summary>
    /// <param name="CaseId">The case.</param>
    /// <param name="OrganisationId">Its school.</param>
    /// <param name="Type">Its type.</param>
    /// <param name="Stage">Its stage.</param>
    /// <param name="Level">How much of it the reader sees.</param>
    /// <param name="ReportedMonth">The first day of the month it was reported (every level).</param>
    /// <param name="ReportedAt">When it was reported (full and own-status only; governors see the month).</param>
    /// <param name="Outcome">Its outcome (full and anonymised).</param>
    /// <param name="Summary">What happened, in the reporter's words (full only).</param>
    /// <param name="IsOpen">Whether it is not closed.</param>
    /// <param name="OpenTasks">How many tasks are open (full and anonymised; null for the reporter).</param>
    /// <param name="OverdueTasks">How many of them are overdue (full and anonymised; null for the reporter).</param>
    public sealed record Row(long CaseId, long OrganisationId, CaseType Type, CaseStage Stage, CaseAccessLevel Level, DateOnly ReportedMonth,
        DateTimeOffset? ReportedAt, string? Outcome, string? Summary, bool IsOpen, int? OpenTasks, int? OverdueTasks)
    {
        /// <summary>Whether a task on it is overdue (false when the reader is not shown tasks).</summary>
        public bool IsOverdue => OverdueTasks > 0;
    }

    /// <summary>Lists the cases.</summary>
    public static async Task<IReadOnlyList<Row>> HandleAsync(Request request, ICaseStore cases, IOrganisationRegister organisations, CasePacks packs, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(clock);
        var scope = await CaseScope.SchoolIdsAsync(request.Actor, organisations, cancellationToken).ConfigureAwait(false);
        if (scope.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var files = await cases.ListAsync(scope, cancellationToken).ConfigureAwait(false);
        return Select(request, files, scope, now, await CaseReading.OpenTasksAsync(files, packs, now, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The rows for <paramref name="files"/>, given each case's open tasks (from its procedure).</summary>
    internal static IReadOnlyList<Row> Select(Request request, IEnumerable<CaseFile> files, IReadOnlyCollection<long> scope, DateTimeOffset now, Func<CaseFile, IReadOnlyList<CaseTask>> openTasks)
    {
        var rows = new List<Row>();
        foreach (var file in files.OrderByDescending(f => f.Case.ReportedAt).ThenByDescending(f => f.Case.Id))
        {
            var level = CaseAccess.LevelFor(request.Actor, file, scope);
            if (level == CaseAccessLevel.None
                || (request.Type is { } type && file.Case.Type != type)
                || (request.Stage is { } stage && file.Stage != stage)
                || (request.OpenOnly && !CaseReading.IsOpen(file)))
            {
                continue;
            }

            var row = ToRow(file, level, level == CaseAccessLevel.OwnStatusOnly ? null : openTasks(file), now);
            if (!request.OverdueOnly || row.IsOverdue)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static Row ToRow(CaseFile file, CaseAccessLevel level, IReadOnlyList<CaseTask>? tasks, DateTimeOffset now)
    {
        var full = level == CaseAccessLevel.Full;
        var outcome = level switch
        {
            CaseAccessLevel.Full => CaseReading.Outcome(file),
            CaseAccessLevel.Anonymised => CaseReading.FixedWord(CaseReading.Outcome(file)),
            _ => null,
        };
        return new Row(file.Case.Id, file.Case.OrganisationId, file.Case.Type, file.Stage, level, CaseReading.ReportedMonth(file),
            level is CaseAccessLevel.Full or CaseAccessLevel.OwnStatusOnly ? file.Case.ReportedAt : null,
            outcome, full ? file.Case.Summary : null, CaseReading.IsOpen(file),
            tasks?.Count, tasks?.Count(t => t.IsOverdueAt(now)));
    }
}
