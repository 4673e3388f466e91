using Lanyard.Core.Policies;

namespace Lanyard.Core.Policies.Parameters;

/// <summary>One circumstance that brings in the police.</summary>
public sealed record PoliceTrigger
{
    /// <summary>The circumstance.</summary>
    public required PoliceTriggerKind Trigger { get; init; }

    /// <summary>Mandatory, immediate, optional, or advise the employee.</summary>
    public required PoliceMode Mode { get; init; }

    /// <summary>Who decides or acts.</summary>
    public Role? Actor { get; init; }

    /// <summary>The clause id.</summary>
    public required string Clause { get; init; }
}
