using Lanyard.Core.Policies;

namespace Lanyard.Core.Casework;

/// <summary>One line of an evidence pack's timeline: every entry stays in it, a corrected one marked with the position of its correction.</summary>
/// <param name="At">When it was recorded.</param>
/// <param name="Step">The step, in kebab case (e.g. <c>request-removal</c>).</param>
/// <param name="By">Who recorded it; null where the recipient is not given staff names.</param>
/// <param name="ActingAs">The pack role they acted in, if any.</param>
/// <param name="Clauses">The clauses the procedure cites for the step.</param>
/// <param name="Note">What they wrote; null where the recipient is not given internal notes.</param>
/// <param name="Corrects">The timeline position (1-based) of the entry this one corrects, if any.</param>
public sealed record EvidencePackEntry(DateTimeOffset At, string Step, string? By, Role? ActingAs, IReadOnlyList<string> Clauses, string? Note, int? Corrects)
{
    /// <summary>The timeline position (1-based) of the entry correcting this one, if it was corrected.</summary>
    public int? CorrectedBy { get; init; }
}
