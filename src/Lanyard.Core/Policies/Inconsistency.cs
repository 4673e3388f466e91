namespace Lanyard.Core.Policies;

/// <summary>
/// A place where the source document contradicts itself (CLAUSES.md §3.2). The pack records the
/// reading it applies; the loader reports every inconsistency as a warning so nobody mistakes the
/// choice for the document's own.
/// </summary>
public sealed record Inconsistency
{
    /// <summary>The clauses involved.</summary>
    public required IReadOnlyList<string> Clauses { get; init; }

    /// <summary>What disagrees, and which reading the pack applies.</summary>
    public required string Note { get; init; }
}
