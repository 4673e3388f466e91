namespace Lanyard.Core.Casework;

/// <summary>What the reading use cases work out from a case file, in one place so they agree.</summary>
internal static class CaseReading
{
    /// <summary>
    /// The tasks each of <paramref name="files"/> leaves open at <paramref name="now"/>, each read
    /// under the pack version recorded on the case (<see cref="CasePacks"/>); none for a case whose
    /// pack is unknown. The packs are found up front, the tasks worked out when asked.
    /// </summary>
    public static async Task<Func<CaseFile, IReadOnlyList<CaseTask>>> OpenTasksAsync(IEnumerable<CaseFile> files, CasePacks packs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var procedures = new Dictionary<long, CaseProcedure?>();
        foreach (var file in files)
        {
            procedures[file.Case.Id] = await packs.ProcedureOfAsync(file.Case, cancellationToken).ConfigureAwait(false);
        }

        return file => procedures.GetValueOrDefault(file.Case.Id)?.OpenTasks(file, now) ?? [];
    }

    /// <summary>The latest outcome not corrected away, or null.</summary>
    public static string? Outcome(CaseFile file) => Latest(file, CaseDetails.Outcome);

    /// <summary>The latest value of a detail, read with corrections applied (<see cref="CaseCorrections"/>), or null.</summary>
    public static string? Latest(CaseFile file, string key) =>
        CaseCorrections.Effective(file).LastOrDefault(e => e.Details.ContainsKey(key)) is { } entry ? entry.Details[key] : null;

    /// <summary>The first day of the UK month the case was reported (00:30 BST on 1 August is August).</summary>
    public static DateOnly ReportedMonth(CaseFile file) => MonthOf(file.Case.ReportedAt);

    /// <summary>The first day of the UK month an instant falls in.</summary>
    public static DateOnly MonthOf(DateTimeOffset at)
    {
        var day = Time.UkTime.DateOf(at);
        return new DateOnly(day.Year, day.Month, 1);
    }

    /// <summary>Whether the case is still open.</summary>
    public static bool IsOpen(CaseFile file) => file.Stage != CaseStage.Closed;

    /// <summary>The governors' view of the case.</summary>
    public static AnonymisedCaseView Anonymised(CaseFile file) =>
        new(file.Case.Id, file.Case.Type, file.Stage, ReportedMonth(file), FixedWord(Outcome(file)));

    /// <summary>
    /// An outcome as governors may see it: outcomes are fixed kebab-case words, but a value that is not
    /// one (a procedure that wrote a sentence) is shown only as "recorded", so no free text reaches them.
    /// </summary>
    public static string? FixedWord(string? value) =>
        value is null ? null
        : value.Length <= 40 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') ? value
        : "recorded";

    /// <summary>The reporter's view of the case.</summary>
    public static CaseStatusView Status(CaseFile file) => new(file.Case.Id, file.Case.Type, file.Stage, file.Case.ReportedAt);
}
