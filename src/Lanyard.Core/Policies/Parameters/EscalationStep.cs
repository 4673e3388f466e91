namespace Lanyard.Core.Policies.Parameters;

/// <summary>One step on an escalation ladder.</summary>
public sealed record EscalationStep
{
    /// <summary>The step.</summary>
    public required EscalationStepKind Step { get; init; }

    /// <summary>When it becomes available.</summary>
    public required StepCondition When { get; init; }

    /// <summary>The clause id the step comes from.</summary>
    public required string Clause { get; init; }
}
