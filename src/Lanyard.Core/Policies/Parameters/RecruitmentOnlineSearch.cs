namespace Lanyard.Core.Policies.Parameters;

/// <summary>Social media searches on job applicants (§3 row 34).</summary>
public sealed record RecruitmentOnlineSearch : PackParameter
{
    /// <summary>Whether recruiting managers may search.</summary>
    public required bool Allowed { get; init; }
}
