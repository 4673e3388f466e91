namespace Lanyard.Core.Policies.Parameters;

/// <summary>Tagging the pack forbids (§3 row 12).</summary>
public sealed record TaggingRules : PackParameter
{
    /// <summary>The kinds of tagging forbidden.</summary>
    public required IReadOnlyList<TaggingRule> Forbidden { get; init; }
}
