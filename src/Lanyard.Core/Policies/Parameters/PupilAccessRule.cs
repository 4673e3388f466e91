namespace Lanyard.Core.Policies.Parameters;

/// <summary>Pupils' own use of social media through the school (§3 row 16).</summary>
public sealed record PupilAccessRule : PackParameter
{
    /// <summary>None, age-gated, or school-led only.</summary>
    public required PupilAccessMode Mode { get; init; }

    /// <summary>Platform minimum ages the pack states.</summary>
    public IReadOnlyList<PlatformMinimumAge> MinimumAges { get; init; } = [];

    /// <summary>Parents must be told when pupils use it.</summary>
    public bool? ParentsInformed { get; init; }
}
