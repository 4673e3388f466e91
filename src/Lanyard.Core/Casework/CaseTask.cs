using Lanyard.Core.Policies;

namespace Lanyard.Core.Casework;

/// <summary>
/// Something the procedure needs done on a case, with an owner and a due time: read from the
/// case's entries (a task opens when an entry calls for a step and closes when that step is
/// recorded), never stored on its own, so it cannot drift from the record.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="Step">The step that completes it.</param>
/// <param name="Title">What to do, in plain English.</param>
/// <param name="OwnerRole">The pack role that owns it.</param>
/// <param name="Due">When it is due.</param>
/// <param name="Clause">The clause that requires it.</param>
/// <param name="Mandatory">Whether the case cannot close while it is open.</param>
public sealed record CaseTask(long CaseId, CaseStep Step, string Title, Role? OwnerRole, DateTimeOffset Due, string? Clause, bool Mandatory)
{
    /// <summary>Whether it is overdue at <paramref name="now"/>.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => now > Due;
}
