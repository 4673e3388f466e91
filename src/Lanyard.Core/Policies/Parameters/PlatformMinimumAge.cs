namespace Lanyard.Core.Policies.Parameters;

/// <summary>A platform and the minimum age the pack applies to it.</summary>
public sealed record PlatformMinimumAge
{
    /// <summary>The platform, e.g. Facebook.</summary>
    public required string Platform { get; init; }

    /// <summary>The minimum age.</summary>
    public required int Age { get; init; }
}
