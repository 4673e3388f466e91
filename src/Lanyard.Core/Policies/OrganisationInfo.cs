namespace Lanyard.Core.Policies;

/// <summary>The organisation whose policy the pack is, and the level it attaches to.</summary>
public sealed record OrganisationInfo
{
    /// <summary>The organisation's name as the policy gives it.</summary>
    public required string Name { get; init; }

    /// <summary>Where the pack attaches: a school, or a trust or federation whose schools inherit it.</summary>
    public required OrganisationLevel Level { get; init; }

    /// <summary>Member schools named by the policy, for a trust or federation.</summary>
    public IReadOnlyList<string> MemberSchools { get; init; } = [];

    /// <summary>Phase of education, e.g. "primary".</summary>
    public string? Phase { get; init; }

    /// <summary>Local authority or other context the policy names, e.g. Hampshire County Council.</summary>
    public string? LocalAuthority { get; init; }
}
