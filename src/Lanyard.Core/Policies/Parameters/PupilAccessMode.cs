namespace Lanyard.Core.Policies.Parameters;

/// <summary>How pupils may use social media through the school (§3 row 16).</summary>
public enum PupilAccessMode
{
    /// <summary>No access at all. Written <c>none</c>.</summary>
    None,

    /// <summary>Access that suits their age, by each platform's minimum age. Written <c>age-gated</c>.</summary>
    AgeGated,

    /// <summary>Only school-led use (closed curriculum spaces, or platforms whose terms allow the age group). Written <c>school-led-only</c>.</summary>
    SchoolLedOnly,
}
