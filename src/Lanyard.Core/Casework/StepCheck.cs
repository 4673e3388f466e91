using Lanyard.Core.Policies;

namespace Lanyard.Core.Casework;

/// <summary>Whether a step may be taken on a case now, and if so where it leads; if not, why and what is allowed.</summary>
/// <param name="Allowed">True when the step may be taken.</param>
/// <param name="To">The stage it leads to (when allowed).</param>
/// <param name="Clauses">The clause ids the procedure cites for the step (or for the refusal).</param>
/// <param name="Refusal">Why not, naming every step allowed now or the unmet requirement and its clause (when refused).</param>
/// <param name="AllowedNow">The steps allowed now.</param>
public sealed record StepCheck(bool Allowed, CaseStage To, IReadOnlyList<string> Clauses, string? Refusal, IReadOnlyList<CaseStep> AllowedNow)
{
    /// <summary>For an outcome naming the clauses breached: the severity they carry (recorded on the entry).</summary>
    public Severity? Severity { get; init; }

    /// <summary>For a refused correction: the part of the request the refusal concerns (<c>Corrects</c>, <c>Step</c>, <c>Details</c>); null when it concerns the actor or the case.</summary>
    public string? Field { get; init; }
}
