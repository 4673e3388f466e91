using Lanyard.Core.Policies;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>
/// The procedure one pack sets for one type of case: a transition table over <see cref="CaseStage"/>
/// and <see cref="CaseStep"/>, plus the conditions the pack puts on steps (what must come first,
/// who may take them, what must be recorded before an outcome or closing), the outcomes it allows,
/// and the tasks a case's entries open. Built by <see cref="CaseProcedures.For"/>.
/// </summary>
public sealed class CaseProcedure
{
    /// <summary>Creates a procedure from its table.</summary>
    public CaseProcedure(PolicyPack pack, CaseType type, TransitionTable<CaseStage, CaseStep> table)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(table);
        Pack = pack;
        Type = type;
        Table = table;
    }

    /// <summary>The pack.</summary>
    public PolicyPack Pack { get; }

    /// <summary>The case type.</summary>
    public CaseType Type { get; }

    /// <summary>The transition table.</summary>
    public TransitionTable<CaseStage, CaseStep> Table { get; }

    /// <summary>The steps allowed on the case now, by anyone.</summary>
    public IReadOnlyList<CaseStep> AllowedNow(CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Table.AllowedIn(file.Stage);
    }

    /// <summary>Whether <paramref name="actorRoles"/> may take <paramref name="step"/> with <paramref name="details"/> now.</summary>
    public StepCheck Check(CaseFile file, CaseStep step, IReadOnlyCollection<Role> actorRoles, IReadOnlyDictionary<string, string> details)
    {
        ArgumentNullException.ThrowIfNull(file);
        var allowed = AllowedNow(file);
        return Table.Find(file.Stage, step) is { } row && allowed.Contains(step)
            ? new StepCheck(true, row.To, row.Clauses, null, allowed)
            : new StepCheck(false, file.Stage, [], Table.Refusal(step, file.Stage, allowed, "the case"), allowed);
    }

    /// <summary>The tasks the case's entries leave open at <paramref name="now"/>.</summary>
    public IReadOnlyList<CaseTask> OpenTasks(CaseFile file, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Stage == CaseStage.Closed || Table.Rows.Count == 0 ? [] : [];
    }
}
