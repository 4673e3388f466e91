using Lanyard.Core.Policies;

namespace Lanyard.Core.Policies.Parameters;

/// <summary>Social media training (§3 row 31).</summary>
public sealed record TrainingRule : PackParameter
{
    /// <summary>Staff must attend.</summary>
    public required bool Required { get; init; }

    /// <summary>Who arranges it.</summary>
    public Role? ProviderRole { get; init; }

    /// <summary>Required interval; null when the policy sets none.</summary>
    public int? IntervalMonths { get; init; }
}
