namespace Lanyard.Core.Policies;

/// <summary>An event that forces a review before the cycle says one is due.</summary>
public enum ReviewTrigger
{
    /// <summary>Statutory guidance changes.</summary>
    StatutoryGuidanceChange,

    /// <summary>The school opens its first official social media account.</summary>
    FirstOfficialAccount,

    /// <summary>New or changed legislation.</summary>
    Legislation,

    /// <summary>New good-practice guidance or advice.</summary>
    GoodPracticeGuidance,

    /// <summary>Relevant case law.</summary>
    CaseLaw,

    /// <summary>A significant incident.</summary>
    SignificantIncident,

    /// <summary>Changes in technology.</summary>
    TechnologyChange,
}
