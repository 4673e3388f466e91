namespace Lanyard.Core.Policies;

/// <summary>One row of the document's change history.</summary>
public sealed record ChangeHistoryEntry
{
    /// <summary>The version the row records, e.g. "1.0.3".</summary>
    public required string Version { get; init; }

    /// <summary>The date of the change.</summary>
    public PackDate? Date { get; init; }

    /// <summary>Who made the change.</summary>
    public string? Author { get; init; }

    /// <summary>What changed.</summary>
    public required string Details { get; init; }
}
