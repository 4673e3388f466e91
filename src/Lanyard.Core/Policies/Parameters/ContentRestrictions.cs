namespace Lanyard.Core.Policies.Parameters;

/// <summary>A kind of content (political, commercial, requests for personal details) restricted per author role (§3 row 33).</summary>
public sealed record ContentRestrictions : PackParameter
{
    /// <summary>The restrictions.</summary>
    public required IReadOnlyList<ContentRestriction> Rules { get; init; }
}
