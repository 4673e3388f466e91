namespace Lanyard.Core.Policies.Parameters;

/// <summary>Staff identifying with the school on personal accounts (§3 row 32).</summary>
public sealed record PersonalAccountIdentity : PackParameter
{
    /// <summary>Whether a personal account may name or associate with the school.</summary>
    public SchoolNamingRule? MayNameSchool { get; init; }

    /// <summary>Whether the school logo or branding may appear.</summary>
    public bool? SchoolBrandingAllowed { get; init; }

    /// <summary>Staff must identify themselves when contributing for the school.</summary>
    public bool? MustIdentifyWhenActingForSchool { get; init; }

    /// <summary>Never present own views as the school's.</summary>
    public bool? MustNotPresentViewsAsSchools { get; init; }

    /// <summary>A different display name is advised.</summary>
    public bool? DifferentDisplayNameAdvised { get; init; }
}
