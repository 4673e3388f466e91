namespace Lanyard.Core.Policies.Parameters;

/// <summary>Who receives a report of some case types, where the pack names a recipient outside rows 17–18.</summary>
public sealed record CaseRoute
{
    /// <summary>The case types it routes.</summary>
    public required IReadOnlyList<Casework.CaseType> CaseTypes { get; init; }

    /// <summary>Recipients in order.</summary>
    public required IReadOnlyList<Role> Recipients { get; init; }

    /// <summary>Whether every recipient must be told, or any one of them suffices.</summary>
    public required NotifyMode Notify { get; init; }

    /// <summary>How quickly, where the pack says.</summary>
    public Urgency? Urgency { get; init; }

    /// <summary>Who receives it when every recipient is absent, where the pack says.</summary>
    public RoutingFallback? Fallback { get; init; }

    /// <summary>The clause id (with a fallback, the clause that sets it may follow in the casework's clauses).</summary>
    public required string Clause { get; init; }

    /// <summary>How the route was read from the document, where that needs saying.</summary>
    public string? Note { get; init; }
}
