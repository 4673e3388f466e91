namespace Lanyard.Core.Casework;

/// <summary>What the reading use cases work out from a case file, in one place so they agree.</summary>
internal static class CaseReading
{
    /// <summary>The procedure of the pack the case is judged under; null when that pack is not shipped with Lanyard.</summary>
    public static CaseProcedure? Procedure(CaseFile file) =>
        CasePacks.Of(file.Case) is { } pack ? CaseProcedures.For(pack, file.Case.Type) : null;

    /// <summary>The tasks the case leaves open at <paramref name="now"/>.</summary>
    public static IReadOnlyList<CaseTask> OpenTasks(CaseFile file, DateTimeOffset now) =>
        Procedure(file)?.OpenTasks(file, now) ?? [];

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
