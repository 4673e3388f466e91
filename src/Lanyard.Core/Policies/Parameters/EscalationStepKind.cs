namespace Lanyard.Core.Policies.Parameters;

/// <summary>A step on a parent-post escalation ladder (§3 row 19).</summary>
public enum EscalationStepKind
{
    /// <summary>Discuss the post with the parent. Written <c>discuss-with-parent</c>.</summary>
    DiscussWithParent,

    /// <summary>Ask for the content to be removed. Written <c>request-removal</c>.</summary>
    RequestRemoval,

    /// <summary>Invite the person to a meeting. Written <c>invite-meeting</c>.</summary>
    InviteMeeting,

    /// <summary>Make sure they know how to complain properly. Written <c>explain-complaints-procedure</c>.</summary>
    ExplainComplaintsProcedure,

    /// <summary>Point them to the complaints procedure. Written <c>refer-to-complaints-procedure</c>.</summary>
    ReferToComplaintsProcedure,

    /// <summary>Ask the website host to amend or remove the material. Written <c>ask-host-to-remove</c>.</summary>
    AskHostToRemove,

    /// <summary>Support the complainant to ask the host in person. Written <c>support-complainant</c>.</summary>
    SupportComplainant,

    /// <summary>Report the content to the platform. Written <c>report-to-platform</c>.</summary>
    ReportToPlatform,

    /// <summary>Ask the local authority, legal advisers or an agency such as the UK Safer Internet Centre. Written <c>seek-external-advice</c>.</summary>
    SeekExternalAdvice,

    /// <summary>Take legal advice. Written <c>legal-advice</c>.</summary>
    LegalAdvice,

    /// <summary>Write to the person with a warning and a removal request. Written <c>written-warning</c>.</summary>
    WrittenWarning,

    /// <summary>Contact the police. Written <c>contact-police</c>.</summary>
    ContactPolice,

    /// <summary>Take other legal action. Written <c>other-legal-action</c>.</summary>
    OtherLegalAction,

    /// <summary>Ask the LADO for support. Written <c>involve-lado</c>.</summary>
    InvolveLado,
}
