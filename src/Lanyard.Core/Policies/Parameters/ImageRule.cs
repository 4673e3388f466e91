namespace Lanyard.Core.Policies.Parameters;

/// <summary>Whether pupil images (or identifying details) may appear on a kind of channel (§3 row 9).</summary>
public enum ImageRule
{
    /// <summary>Allowed. Written <c>allowed</c>.</summary>
    Allowed,

    /// <summary>Allowed only with an approval record. Written <c>approval-required</c>.</summary>
    ApprovalRequired,

    /// <summary>Allowed only where consent is held for the current school year. Written <c>consent-required</c>.</summary>
    ConsentRequired,

    /// <summary>Never allowed. Written <c>forbidden</c>.</summary>
    Forbidden,
}
