namespace Lanyard.Core.Casework;

/// <summary>
/// Everything that can be done to a case, as one vocabulary for every procedure. Which steps a
/// case allows, in which stage, after what, and by whom, comes from its CaseProcedure
/// (built from the school's pack); a step the procedure does not allow is refused with the list of
/// steps that are.
/// </summary>
public enum CaseStep
{
    /// <summary>The first assessment of a reported case (moves it out of "reported"). Written <c>initial-assessment</c>.</summary>
    InitialAssessment,

    /// <summary>Escalate to a more senior person or another role. Written <c>escalate</c>.</summary>
    Escalate,

    /// <summary>Discuss the post with the parent. Written <c>discuss-with-parent</c>.</summary>
    DiscussWithParent,

    /// <summary>Ask for the content to be removed. Written <c>request-removal</c>.</summary>
    RequestRemoval,

    /// <summary>Invite the person to a meeting. Written <c>invite-meeting</c>.</summary>
    InviteMeeting,

    /// <summary>Make sure they know how to raise a complaint properly. Written <c>explain-complaints-procedure</c>.</summary>
    ExplainComplaintsProcedure,

    /// <summary>Refer them to the complaints procedure. Written <c>refer-to-complaints-procedure</c>.</summary>
    ReferToComplaintsProcedure,

    /// <summary>Ask the website host to amend or remove the material. Written <c>ask-host-to-remove</c>.</summary>
    AskHostToRemove,

    /// <summary>Support the complainant to ask the host in person. Written <c>support-complainant</c>.</summary>
    SupportComplainant,

    /// <summary>Report the content to the platform. Written <c>report-to-platform</c>.</summary>
    ReportToPlatform,

    /// <summary>Ask the local authority, legal advisers or an agency (UK Safer Internet Centre) for advice. Written <c>seek-external-advice</c>.</summary>
    SeekExternalAdvice,

    /// <summary>Take legal advice. Written <c>legal-advice</c>.</summary>
    LegalAdvice,

    /// <summary>Send a written warning. Written <c>written-warning</c>.</summary>
    WrittenWarning,

    /// <summary>Contact the police. Written <c>contact-police</c>.</summary>
    ContactPolice,

    /// <summary>Take other legal action. Written <c>other-legal-action</c>.</summary>
    OtherLegalAction,

    /// <summary>Involve the LADO. Written <c>involve-lado</c>.</summary>
    InvolveLado,

    /// <summary>Refer to social care. Written <c>refer-to-social-care</c>.</summary>
    ReferToSocialCare,

    /// <summary>Refer to the safeguarding lead. Written <c>refer-to-safeguarding-lead</c>.</summary>
    ReferToSafeguardingLead,

    /// <summary>Record how the other party responded (removed, refused, refused and continuing, unresolved, a reasonable complaint, host requires the complainant). Written <c>record-response</c>.</summary>
    RecordResponse,

    /// <summary>Record the seriousness factors the pack names. Written <c>record-seriousness</c>.</summary>
    RecordSeriousness,

    /// <summary>Record whether the member of staff was responsible for, or the source of, the content. Written <c>record-attribution</c>.</summary>
    RecordAttribution,

    /// <summary>Record which policy applies, assessed before one is invoked. Written <c>record-applicable-policy</c>.</summary>
    RecordApplicablePolicy,

    /// <summary>Record the support (or counselling) offered to the person affected. Written <c>record-support-offered</c>.</summary>
    RecordSupportOffered,

    /// <summary>Record the decision on police involvement (or on advising the employee to go to the police). Written <c>record-police-decision</c>.</summary>
    RecordPoliceDecision,

    /// <summary>Record whether the member of staff handed over login details (yes/no; the credentials are never stored). Written <c>record-credentials-provided</c>.</summary>
    RecordCredentialsProvided,

    /// <summary>Confirm the site was left at once, and when. Written <c>confirm-left-site</c>.</summary>
    ConfirmLeftSite,

    /// <summary>Record that a recipient the procedure names has been told. Written <c>record-notified</c>.</summary>
    RecordNotified,

    /// <summary>Record that the media policy step is done (journalist contact). Written <c>follow-media-policy</c>.</summary>
    FollowMediaPolicy,

    /// <summary>Reply to the journalist. Written <c>reply-to-journalist</c>.</summary>
    ReplyToJournalist,

    /// <summary>Block, report or delete a user or comment on a school page, with the public explanation. Written <c>moderate-comment</c>.</summary>
    ModerateComment,

    /// <summary>Record the outcome. Written <c>record-outcome</c>.</summary>
    RecordOutcome,

    /// <summary>Confirm a posting the outcome required removed has gone. Written <c>confirm-removal</c>.</summary>
    ConfirmRemoval,

    /// <summary>Close the case. Written <c>close</c>.</summary>
    Close,

    /// <summary>Reopen a closed case. Written <c>reopen</c>.</summary>
    Reopen,

    /// <summary>Record a piece of evidence (the entry carries the evidence id; for indecent images of children, <c>indecent-image=yes</c> and no file). Written <c>record-evidence</c>.</summary>
    RecordEvidence,

    /// <summary>Add a note (with flags or an assignment, if any). A correction of an entry re-records that entry's own step (see <see cref="CaseProcedure.CheckCorrection"/>). Written <c>add-note</c>.</summary>
    AddNote,
}
