namespace Lanyard.Core.Policies.Parameters;

/// <summary>A procedure module the pack enables.</summary>
public sealed record WorkflowModuleEntry
{
    /// <summary>The module.</summary>
    public required WorkflowModule Module { get; init; }

    /// <summary>The clause ids it comes from.</summary>
    public required IReadOnlyList<string> Clauses { get; init; }
}
