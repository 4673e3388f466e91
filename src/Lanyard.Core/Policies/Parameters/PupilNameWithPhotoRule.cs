namespace Lanyard.Core.Policies.Parameters;

/// <summary>What name may accompany a pupil photo (§3 row 10).</summary>
public sealed record PupilNameWithPhotoRule : PackParameter
{
    /// <summary>Approval required, no name at all, or first name only.</summary>
    public required NameWithPhotoPolicy Policy { get; init; }

    /// <summary>The name also needs consent for the current school year.</summary>
    public bool RequiresConsent { get; init; }
}
