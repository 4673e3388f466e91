namespace Lanyard.Core.Policies.Parameters;

/// <summary>Where pupil photos and identifying details may appear (§3 row 9). An absent channel means the pack is silent about it.</summary>
public sealed record PupilImageRules : PackParameter
{
    /// <summary>On registered school (or trust) social media accounts.</summary>
    public ImageRule? OfficialAccounts { get; init; }

    /// <summary>On the school website.</summary>
    public ImageRule? Website { get; init; }

    /// <summary>On staff personal accounts.</summary>
    public ImageRule? PersonalAccounts { get; init; }

    /// <summary>Photos taken in school or work-related, of the author, colleagues or pupils, on personal accounts.</summary>
    public ImageRule? WorkPhotosOnPersonalAccounts { get; init; }

    /// <summary>True when the policy assumes the school has no official account yet, so nowhere is allowed in practice.</summary>
    public bool NoOfficialAccountYet { get; init; }
}
