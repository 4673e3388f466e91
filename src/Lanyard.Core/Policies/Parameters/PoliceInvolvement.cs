namespace Lanyard.Core.Policies.Parameters;

/// <summary>When the police are involved (§3 row 20).</summary>
public sealed record PoliceInvolvement : PackParameter
{
    /// <summary>The triggers.</summary>
    public required IReadOnlyList<PoliceTrigger> Triggers { get; init; }
}
