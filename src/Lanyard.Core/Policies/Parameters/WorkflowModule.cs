namespace Lanyard.Core.Policies.Parameters;

/// <summary>A procedure only some packs define (§3 row 21).</summary>
public enum WorkflowModule
{
    /// <summary>Journalist contact: media policy before any reply. Written <c>journalist-contact</c>.</summary>
    JournalistContact,

    /// <summary>Accidental access to a blocked site. Written <c>accidental-access</c>.</summary>
    AccidentalAccess,

    /// <summary>Indecent-image evidence: never copied, locked away, police at once. Written <c>indecent-image-evidence</c>.</summary>
    IndecentImageEvidence,

    /// <summary>LADO involvement. Written <c>lado-involvement</c>.</summary>
    LadoInvolvement,

    /// <summary>Handover of passwords during an investigation (recorded as yes/no, never stored). Written <c>credential-handover</c>.</summary>
    CredentialHandover,

    /// <summary>Stress counselling for the affected member of staff. Written <c>stress-counselling</c>.</summary>
    StressCounselling,

    /// <summary>No social media searches on applicants. Written <c>recruitment-search-ban</c>.</summary>
    RecruitmentSearchBan,

    /// <summary>Breaches reported to governors. Written <c>governor-breach-reporting</c>.</summary>
    GovernorBreachReporting,

    /// <summary>Pupil concerns go to Head of House first. Written <c>head-of-house-routing</c>.</summary>
    HeadOfHouseRouting,

    /// <summary>Excessive use may lead to disciplinary action. Written <c>excessive-use-disciplinary</c>.</summary>
    ExcessiveUseDisciplinary,

    /// <summary>Moderation of comments on official platforms. Written <c>comment-moderation</c>.</summary>
    CommentModeration,
}
