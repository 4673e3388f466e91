namespace Lanyard.Core.Policies.Parameters;

/// <summary>Procedures only some packs define (§3 row 21).</summary>
public sealed record WorkflowModules : PackParameter
{
    /// <summary>The modules enabled.</summary>
    public required IReadOnlyList<WorkflowModuleEntry> Modules { get; init; }
}
