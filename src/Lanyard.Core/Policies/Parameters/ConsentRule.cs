namespace Lanyard.Core.Policies.Parameters;

/// <summary>The consent model for pupil images and names (§3 row 11).</summary>
public sealed record ConsentRule : PackParameter
{
    /// <summary>The model the pack applies.</summary>
    public required ConsentModel Model { get; init; }

    /// <summary>How long a consent record lasts.</summary>
    public required ConsentPeriod Period { get; init; }

    /// <summary>Where consent applies.</summary>
    public IReadOnlyList<ConsentChannel> Channels { get; init; } = [];

    /// <summary>Photo and name consent are recorded separately.</summary>
    public bool PhotoAndNameSeparate { get; init; }

    /// <summary>A second model the document also states; the loader warns.</summary>
    public ConsentModel? ConflictingModel { get; init; }
}
