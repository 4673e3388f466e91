namespace Lanyard.Core.Policies.Parameters;

/// <summary>A channel staff might use to communicate with parents (§3 row 8).</summary>
public enum CommunicationChannel
{
    /// <summary>A registered school social media account. Written <c>official-school-account</c>.</summary>
    OfficialSchoolAccount,

    /// <summary>A registered trust social media account. Written <c>official-trust-account</c>.</summary>
    OfficialTrustAccount,

    /// <summary>An official school email account. Written <c>official-school-email</c>.</summary>
    OfficialSchoolEmail,

    /// <summary>A staff member's personal social media account. Written <c>personal-social-media</c>.</summary>
    PersonalSocialMedia,

    /// <summary>A staff member's personal email account. Written <c>personal-email</c>.</summary>
    PersonalEmail,
}
