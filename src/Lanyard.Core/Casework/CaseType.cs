namespace Lanyard.Core.Casework;

/// <summary>What a case is about (CLAUSES.md §4, "Case / incident"). Each type runs its own procedure, built from the school's pack.</summary>
public enum CaseType
{
    /// <summary>Online content or activity that gives cause for safeguarding concern. Written <c>safeguarding-concern</c>.</summary>
    SafeguardingConcern,

    /// <summary>Unsolicited social media contact from a pupil, former pupil or parent. Written <c>unsolicited-contact</c>.</summary>
    UnsolicitedContact,

    /// <summary>A member of staff abused, harassed or defamed online (by pupils, parents, the public or colleagues). Written <c>online-abuse-of-staff</c>.</summary>
    OnlineAbuseOfStaff,

    /// <summary>An offensive or inappropriate post by a parent. Written <c>parent-post</c>.</summary>
    ParentPost,

    /// <summary>A pupil's conduct online (behaviour policy). Written <c>pupil-misconduct</c>.</summary>
    PupilMisconduct,

    /// <summary>A suspected breach of the policy by a member of staff. Written <c>staff-breach</c>.</summary>
    StaffBreach,

    /// <summary>Accidental access to a blocked or prohibited site. Written <c>accidental-access</c>.</summary>
    AccidentalAccess,

    /// <summary>A journalist asking about social media posts. Written <c>journalist-contact</c>.</summary>
    JournalistContact,

    /// <summary>Evidence that includes indecent images of children: never stored, physical record only. Written <c>indecent-image-evidence</c>.</summary>
    IndecentImageEvidence,

    /// <summary>Excessive personal use of social media at work. Written <c>excessive-use</c>.</summary>
    ExcessiveUse,
}
