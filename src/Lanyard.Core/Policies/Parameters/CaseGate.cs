namespace Lanyard.Core.Policies.Parameters;

/// <summary>
/// Something a case must have before it passes a point of its procedure, e.g. "support offered
/// before a staff-victim case closes" or "all seriousness factors before an outcome".
/// </summary>
public sealed record CaseGate
{
    /// <summary>What must be on the case.</summary>
    public required CaseRequirement Requirement { get; init; }

    /// <summary>For <c>step-recorded</c>: the step that must be recorded.</summary>
    public Casework.CaseStep? Step { get; init; }

    /// <summary>For <c>outcome-is</c>: the only outcome allowed.</summary>
    public BreachOutcome? Outcome { get; init; }

    /// <summary>The point it guards.</summary>
    public required GatePoint Before { get; init; }

    /// <summary>The case types it applies to; empty for every type.</summary>
    public IReadOnlyList<Casework.CaseType> CaseTypes { get; init; } = [];

    /// <summary>Applies only once the case carries this flag (see <c>CaseFlags</c>), e.g. <c>genuine-mistake</c>.</summary>
    public string? WhenFlagged { get; init; }

    /// <summary>Applies only once this outcome is recorded, e.g. <c>removal-required</c>.</summary>
    public BreachOutcome? WhenOutcome { get; init; }

    /// <summary>The clause id.</summary>
    public required string Clause { get; init; }
}
