namespace Lanyard.Core.Policies.Parameters;

/// <summary>A check the official account register applies (§3 row 13).</summary>
public enum AccountRule
{
    /// <summary>The account is linked to an official school email address. Written <c>linked-email-school-domain</c>.</summary>
    LinkedEmailSchoolDomain,

    /// <summary>Creation needs approval from the named role. Written <c>approval-required</c>.</summary>
    ApprovalRequired,

    /// <summary>The platform's minimum age fits the pupils who use it. Written <c>platform-minimum-age-fits-pupils</c>.</summary>
    PlatformMinimumAgeFitsPupils,

    /// <summary>Parents are told before pupils use it. Written <c>parents-informed</c>.</summary>
    ParentsInformed,

    /// <summary>The account is kept separate from the owner's personal accounts. Written <c>separate-from-personal-accounts</c>.</summary>
    SeparateFromPersonalAccounts,

    /// <summary>Its address and identity are notified to leadership before pupils get access. Written <c>leadership-notified-before-pupil-access</c>.</summary>
    LeadershipNotifiedBeforePupilAccess,

    /// <summary>The profile links to the policy on the school website. Written <c>policy-link-required</c>.</summary>
    PolicyLinkRequired,

    /// <summary>Only listed admins may post. Written <c>admins-restricted</c>.</summary>
    AdminsRestricted,

    /// <summary>Measures keeping staff and pupils safe are recorded. Written <c>safety-measures-required</c>.</summary>
    SafetyMeasuresRequired,

    /// <summary>Personal accounts are never used for school business. Written <c>no-personal-accounts-for-school-business</c>.</summary>
    NoPersonalAccountsForSchoolBusiness,

    /// <summary>A school email address is never used for a personal account. Written <c>no-school-email-on-personal-accounts</c>.</summary>
    NoSchoolEmailOnPersonalAccounts,

    /// <summary>A personal account is not named after, or linked to, the school. Written <c>personal-account-not-named-after-school</c>.</summary>
    PersonalAccountNotNamedAfterSchool,
}
