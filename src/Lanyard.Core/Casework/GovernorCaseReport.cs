using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Users;

namespace Lanyard.Core.Casework;

/// <summary>
/// Use case: the report to governors (issue 5, "Reports to governors"): anonymised counts of cases by
/// type, outcome and month reported over the last twelve months, the cases open and overdue now, and
/// where each school's policy stands against its review schedule, for one school or every school of a
/// trust or federation. The model holds no names, no person ids, no case ids and no free text
/// (outcomes are fixed words; anything else is shown as "recorded").
/// Small counts are shown as they are, not suppressed: governors are entitled to know that there was
/// one staff breach in March (Heathcoat reports breaches to them), and hiding a "1" would make the
/// report useless to a small primary; what protects identities is that nothing beyond type, month and
/// outcome is given. Where the pack enables governor breach reporting (heathcoat.evaluation.01), the
/// closed cases flagged <c>include-in-governor-report=yes</c> are listed too, still anonymised; a pack
/// that says nothing about it gets no such list.
/// </summary>
public static class GovernorCaseReport
{
    /// <summary>How many months the report covers, ending with the current one.</summary>
    public const int MonthsCovered = 12;

    /// <summary>Who asks, for which school (null: every school in their scope).</summary>
    /// <param name="Actor">The signed-in member of staff: a governor, the chair, or leadership.</param>
    /// <param name="SchoolId">One school in their scope, or null for all.</param>
    public sealed record Request(CaseActor Actor, long? SchoolId = null);

    /// <summary>A count of cases of one type.</summary>
    /// <param name="Type">The type.</param>
    /// <param name="Count">How many.</param>
    public sealed record TypeCount(CaseType Type, int Count);

    /// <summary>A count of cases with one outcome.</summary>
    /// <param name="Outcome">The outcome word, or <see cref="NoOutcome"/>.</param>
    /// <param name="Count">How many.</param>
    public sealed record OutcomeCount(string Outcome, int Count);

    /// <summary>One month: how many cases were reported in it.</summary>
    /// <param name="Month">Its first day.</param>
    /// <param name="Reported">How many were reported.</param>
    public sealed record MonthCount(DateOnly Month, int Reported);

    /// <summary>One type's counts per month, aligned with <see cref="Report.Months"/> (a chart series).</summary>
    /// <param name="Type">The type.</param>
    /// <param name="Counts">One count per month, oldest first.</param>
    public sealed record TypeSeries(CaseType Type, IReadOnlyList<int> Counts);

    /// <summary>
    /// A school's policy review position, exactly as the policy register shows it: the version in
    /// force and the calendar counted from the reviews completed in the register
    /// (<see cref="Governance.PolicyReviewStatus"/>), so the report and the register never disagree.
    /// </summary>
    /// <param name="School">The school's name.</param>
    /// <param name="PackTitle">The policy in force, or null when none is attached.</param>
    /// <param name="PackVersion">The version in force.</param>
    /// <param name="Review">Its position, or null when no policy is attached.</param>
    public sealed record SchoolReview(string School, string? PackTitle, string? PackVersion, PolicyReviewState? Review);

    /// <summary>A closed case the school chose to report to governors (heathcoat.evaluation.01).</summary>
    /// <param name="School">The school's name.</param>
    /// <param name="Type">The type.</param>
    /// <param name="ReportedMonth">The first day of the month it was reported.</param>
    /// <param name="ClosedMonth">The first day of the month it was closed.</param>
    /// <param name="Outcome">The outcome word, or <see cref="NoOutcome"/>.</param>
    /// <param name="Clauses">The clauses that require reporting it.</param>
    public sealed record FlaggedCase(string School, CaseType Type, DateOnly ReportedMonth, DateOnly ClosedMonth, string Outcome, IReadOnlyList<string> Clauses);

    /// <summary>The report.</summary>
    /// <param name="Today">The day it was worked out for.</param>
    /// <param name="Schools">The schools it covers, by name.</param>
    /// <param name="Months">The months covered, oldest first, with the cases reported in each.</param>
    /// <param name="ByType">Cases reported in those months, by type (every type, zeros included).</param>
    /// <param name="ByOutcome">Cases reported in those months, by outcome, most frequent first.</param>
    /// <param name="Series">Per type, the cases reported in each month (for a stacked chart).</param>
    /// <param name="Open">Cases open now, whenever reported.</param>
    /// <param name="Overdue">Open cases with a task past its due date now.</param>
    /// <param name="Reviews">Each school's policy review status.</param>
    /// <param name="Flagged">Closed cases flagged for governors where the pack asks for it, closed in the months covered.</param>
    public sealed record Report(DateOnly Today, IReadOnlyList<string> Schools, IReadOnlyList<MonthCount> Months, IReadOnlyList<TypeCount> ByType,
        IReadOnlyList<OutcomeCount> ByOutcome, IReadOnlyList<TypeSeries> Series, int Open, int Overdue, IReadOnlyList<SchoolReview> Reviews, IReadOnlyList<FlaggedCase> Flagged);

    /// <summary>The outcome word for a case with no outcome recorded yet.</summary>
    public const string NoOutcome = "none-yet";

    /// <summary>Builds the report; null when the actor may not see it (not a governor or leader) or the school asked for is out of their scope.</summary>
    /// <remarks>
    /// Each school is read under the version of its policy in force today, and its review position
    /// comes from the policy register (completed reviews move the cycle on); each case's tasks are
    /// read under the version recorded on the case (<see cref="CasePacks"/>).
    /// </remarks>
    public static async Task<Report?> HandleAsync(Request request, ICaseStore cases, GovernancePorts governance, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(governance);
        ArgumentNullException.ThrowIfNull(clock);
        if (!MaySee(request.Actor))
        {
            return null;
        }

        var all = await governance.Organisations.ListAsync(cancellationToken).ConfigureAwait(false);
        var scope = SchoolsInScope.Of(request.Actor.OrganisationId, all);
        var schools = request.SchoolId is { } id ? scope.Where(s => s.Id == id).ToList() : [.. scope];
        if (schools.Count == 0)
        {
            return null;
        }

        var contexts = new List<SchoolInContext>();
        var reviews = new List<SchoolReview>();
        foreach (var school in schools)
        {
            var position = await Governance.PolicyReviewStatus.PositionAsync(school.Id, governance, clock, cancellationToken).ConfigureAwait(false);
            contexts.Add(position is { InForce: var inForce } ? new SchoolInContext(school, inForce.Pack, inForce.PackFrom) : new SchoolInContext(school, null, null));
            reviews.Add(new SchoolReview(school.Name, position?.InForce.Pack.Title, position?.InForce.VersionLabel, position?.State));
        }

        var now = clock.GetUtcNow();
        var files = await cases.ListAsync([.. schools.Select(s => s.Id)], cancellationToken).ConfigureAwait(false);
        var openTasks = await CaseReading.OpenTasksAsync(files, new CasePacks(governance.Organisations, governance.Versions), now, cancellationToken).ConfigureAwait(false);
        return Build(contexts, reviews, files, openTasks, now, Time.UkTime.Today(clock));
    }

    /// <summary>Governors, the chair, leadership and the safeguarding leads (who report to governors) may see the report.</summary>
    public static bool MaySee(CaseActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return AccessPolicies.Allows(AccessPolicies.Governance, actor.Roles)
            || AccessPolicies.Allows(AccessPolicies.Leadership, actor.Roles)
            || AccessPolicies.Allows(AccessPolicies.Safeguarding, actor.Roles);
    }

    /// <summary>The report over <paramref name="files"/>, given each school's review position and each case's open tasks.</summary>
    internal static Report Build(IReadOnlyList<SchoolInContext> schools, IReadOnlyList<SchoolReview> reviews, IReadOnlyList<CaseFile> files, Func<CaseFile, IReadOnlyList<CaseTask>> openTasks, DateTimeOffset now, DateOnly today)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var months = Enumerable.Range(0, MonthsCovered).Select(i => thisMonth.AddMonths(i - MonthsCovered + 1)).ToList();
        var inScope = schools.Select(s => s.School.Id).ToHashSet();
        var ours = files.Where(f => inScope.Contains(f.Case.OrganisationId)).ToList();
        var recent = ours.Where(f => CaseReading.ReportedMonth(f) >= months[0]).ToList();
        var types = Enum.GetValues<CaseType>();
        var open = ours.Where(CaseReading.IsOpen).ToList();
        return new Report(
            today,
            [.. schools.Select(s => s.School.Name)],
            [.. months.Select(m => new MonthCount(m, recent.Count(f => CaseReading.ReportedMonth(f) == m)))],
            [.. types.Select(t => new TypeCount(t, recent.Count(f => f.Case.Type == t)))],
            [.. recent.GroupBy(OutcomeOf).Select(g => new OutcomeCount(g.Key, g.Count())).OrderByDescending(o => o.Count).ThenBy(o => o.Outcome, StringComparer.Ordinal)],
            [.. types.Select(t => new TypeSeries(t, [.. months.Select(m => recent.Count(f => f.Case.Type == t && CaseReading.ReportedMonth(f) == m))]))],
            open.Count,
            open.Count(f => openTasks(f).Any(t => t.IsOverdueAt(now))),
            reviews,
            [.. schools.SelectMany(s => Flagged(s, ours, months[0]))]);
    }

    private static string OutcomeOf(CaseFile file) => CaseReading.FixedWord(CaseReading.Outcome(file)) ?? NoOutcome;

    private static IEnumerable<FlaggedCase> Flagged(SchoolInContext school, IEnumerable<CaseFile> files, DateOnly from)
    {
        var module = school.Pack?.Parameters.WorkflowModules?.Modules.FirstOrDefault(m => m.Module == WorkflowModule.GovernorBreachReporting);
        if (module is null)
        {
            return [];
        }

        return files
            .Where(f => f.Case.OrganisationId == school.School.Id && !CaseReading.IsOpen(f)
                && string.Equals(CaseReading.Latest(f, CaseDetails.IncludeInGovernorReport), "yes", StringComparison.Ordinal))
            .Select(f => (File: f, Closed: f.Latest(CaseStep.Close)?.At ?? f.Entries[^1].At))
            .Select(x => (x.File, Closed: CaseReading.MonthOf(x.Closed)))
            .Where(x => x.Closed >= from)
            .OrderBy(x => x.Closed).ThenBy(x => x.File.Case.ReportedAt)
            .Select(x => new FlaggedCase(school.School.Name, x.File.Case.Type, CaseReading.ReportedMonth(x.File), x.Closed, OutcomeOf(x.File), module.Clauses));
    }
}
