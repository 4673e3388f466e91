namespace Lanyard.Core.Policies.Parameters;

/// <summary>Where consent applies.</summary>
public enum ConsentChannel
{
    /// <summary>Official social media. Written <c>official-social-media</c>.</summary>
    OfficialSocialMedia,

    /// <summary>The school website. Written <c>website</c>.</summary>
    Website,

    /// <summary>Press and public relations. Written <c>press</c>.</summary>
    Press,
}
