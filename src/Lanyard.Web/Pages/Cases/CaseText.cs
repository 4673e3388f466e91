using System.Globalization;
using Lanyard.Core.Casework;
using Lanyard.Core.Casework.Letters;
using Lanyard.Core.Governance;
using Lanyard.Core.Policies;
using Lanyard.Core.Workflows;
using Lanyard.Web.Pages.Connections;
using PackRole = Lanyard.Core.Policies.Role;

namespace Lanyard.Web.Pages.Cases;

/// <summary>
/// The words the casework pages put around the core's vocabulary: what each case type covers, each
/// step as a button and as a line of the timeline, stages, flags and the pick-lists a step offers.
/// The procedures, refusals and clause ids come from the core; these only label what it returns.
/// </summary>
internal static class CaseText
{
    /// <summary>The types in the order the report form offers them: the most urgent first.</summary>
    public static IReadOnlyList<CaseType> Types { get; } =
    [
        CaseType.SafeguardingConcern, CaseType.IndecentImageEvidence, CaseType.OnlineAbuseOfStaff, CaseType.ParentPost, CaseType.UnsolicitedContact,
        CaseType.PupilMisconduct, CaseType.StaffBreach, CaseType.AccidentalAccess, CaseType.JournalistContact, CaseType.ExcessiveUse,
    ];

    /// <summary>The type as a short title.</summary>
    public static string Title(CaseType type) => type switch
    {
        CaseType.SafeguardingConcern => "Safeguarding concern",
        CaseType.UnsolicitedContact => "Unsolicited contact",
        CaseType.OnlineAbuseOfStaff => "Online abuse of staff",
        CaseType.ParentPost => "Parent post",
        CaseType.PupilMisconduct => "Pupil misconduct online",
        CaseType.StaffBreach => "Suspected staff breach",
        CaseType.AccidentalAccess => "Accidental access to a blocked site",
        CaseType.JournalistContact => "Journalist contact",
        CaseType.IndecentImageEvidence => "Indecent images of children",
        CaseType.ExcessiveUse => "Excessive personal use at work",
        _ => Code(type),
    };

    /// <summary>What the type covers, in plain English, for the report form.</summary>
    public static string Description(CaseType type) => type switch
    {
        CaseType.SafeguardingConcern => "Something online suggests a pupil may be at risk of harm: grooming, exploitation, self-harm, bullying that frightens them, images shared of them.",
        CaseType.UnsolicitedContact => "A pupil, former pupil or parent contacted a member of staff on their personal social media (a request, a follow, a message).",
        CaseType.OnlineAbuseOfStaff => "A member of staff was abused, harassed, threatened or defamed online, by pupils, parents, the public or colleagues.",
        CaseType.ParentPost => "A parent or carer posted something offensive or inappropriate about the school, its staff or its pupils.",
        CaseType.PupilMisconduct => "A pupil's behaviour online breaks the behaviour policy: unkind or abusive posts, filming others, misuse of school systems.",
        CaseType.StaffBreach => "A member of staff may have broken the social media policy (what they posted, who they connected with, how they used school accounts).",
        CaseType.AccidentalAccess => "Someone opened a blocked or inappropriate site by mistake on a school device or network.",
        CaseType.JournalistContact => "A journalist or the media asked about social media posts involving the school. Do not reply yet.",
        CaseType.IndecentImageEvidence => "You have found, or been shown, indecent images of a child. Do not copy, save, forward, print or show them to anyone.",
        CaseType.ExcessiveUse => "A member of staff is using social media for personal reasons excessively in working time.",
        _ => CaseTypeText.Noun(type),
    };

    /// <summary>Any enum as the packs and URLs write it: <c>parent-post</c>.</summary>
    public static string Code<T>(T value) where T : struct, Enum => WorkflowText.Kebab(value);

    /// <summary>Parses a kebab-case (or C#) name of an enum value; null for anything else.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var squashed = text.Replace("-", string.Empty, StringComparison.Ordinal).Trim();
        return Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(v.ToString(), squashed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The stage in plain English.</summary>
    public static string Stage(CaseStage stage) => stage switch
    {
        CaseStage.Reported => "Reported, waiting to be assessed",
        CaseStage.Triaged => "Assessed",
        CaseStage.InProgress => "In progress",
        CaseStage.OutcomeRecorded => "Outcome recorded",
        CaseStage.Closed => "Closed",
        _ => Code(stage),
    };

    /// <summary>What a step does, as a button or form heading says it.</summary>
    public static string Action(CaseStep step) => step switch
    {
        CaseStep.InitialAssessment => "Make the initial assessment",
        CaseStep.Escalate => "Escalate",
        CaseStep.DiscussWithParent => "Record the discussion with the parent",
        CaseStep.RequestRemoval => "Record the request to remove the post",
        CaseStep.InviteMeeting => "Record the invitation to a meeting",
        CaseStep.ExplainComplaintsProcedure => "Record that the complaints procedure was explained",
        CaseStep.ReferToComplaintsProcedure => "Refer to the complaints procedure",
        CaseStep.AskHostToRemove => "Record the request to the website host",
        CaseStep.SupportComplainant => "Record support given to the complainant",
        CaseStep.ReportToPlatform => "Record the report to the platform",
        CaseStep.SeekExternalAdvice => "Record external advice sought",
        CaseStep.LegalAdvice => "Record that legal advice was taken",
        CaseStep.WrittenWarning => "Record the written warning",
        CaseStep.ContactPolice => "Record contact with the police",
        CaseStep.OtherLegalAction => "Record other legal action",
        CaseStep.InvolveLado => "Record that the LADO was involved",
        CaseStep.ReferToSocialCare => "Record the referral to social care",
        CaseStep.ReferToSafeguardingLead => "Refer to the safeguarding lead",
        CaseStep.RecordResponse => "Record the response",
        CaseStep.RecordSeriousness => "Record the seriousness factors",
        CaseStep.RecordAttribution => "Record who was responsible",
        CaseStep.RecordApplicablePolicy => "Record which policy applies",
        CaseStep.RecordSupportOffered => "Record the support offered",
        CaseStep.RecordPoliceDecision => "Record the police decision",
        CaseStep.RecordCredentialsProvided => "Record whether login details were handed over",
        CaseStep.ConfirmLeftSite => "Confirm the site was left at once",
        CaseStep.RecordNotified => "Record that someone was told",
        CaseStep.FollowMediaPolicy => "Record that the media policy was followed",
        CaseStep.ReplyToJournalist => "Record the reply to the journalist",
        CaseStep.ModerateComment => "Moderate a comment on a school page",
        CaseStep.RecordOutcome => "Record the outcome",
        CaseStep.ConfirmRemoval => "Confirm the posting was removed",
        CaseStep.Close => "Close the case",
        CaseStep.Reopen => "Reopen the case",
        CaseStep.RecordEvidence => "Record evidence",
        CaseStep.AddNote => "Add a note, flag or assignment",
        _ => Code(step),
    };

    /// <summary>What a step recorded, as a line of the timeline says it.</summary>
    public static string Done(CaseStep step) => step switch
    {
        CaseStep.InitialAssessment => "Initial assessment made",
        CaseStep.Escalate => "Escalated",
        CaseStep.DiscussWithParent => "Discussed with the parent",
        CaseStep.RequestRemoval => "Asked for the post to be removed",
        CaseStep.InviteMeeting => "Invited to a meeting",
        CaseStep.ExplainComplaintsProcedure => "Complaints procedure explained",
        CaseStep.ReferToComplaintsProcedure => "Referred to the complaints procedure",
        CaseStep.AskHostToRemove => "Website host asked to remove the material",
        CaseStep.SupportComplainant => "Complainant supported to ask the host",
        CaseStep.ReportToPlatform => "Reported to the platform",
        CaseStep.SeekExternalAdvice => "External advice sought",
        CaseStep.LegalAdvice => "Legal advice taken",
        CaseStep.WrittenWarning => "Written warning sent",
        CaseStep.ContactPolice => "Police contacted",
        CaseStep.OtherLegalAction => "Other legal action taken",
        CaseStep.InvolveLado => "LADO involved",
        CaseStep.ReferToSocialCare => "Referred to social care",
        CaseStep.ReferToSafeguardingLead => "Referred to the safeguarding lead",
        CaseStep.RecordResponse => "Response recorded",
        CaseStep.RecordSeriousness => "Seriousness factors recorded",
        CaseStep.RecordAttribution => "Responsibility recorded",
        CaseStep.RecordApplicablePolicy => "Applicable policy recorded",
        CaseStep.RecordSupportOffered => "Support offered",
        CaseStep.RecordPoliceDecision => "Police decision recorded",
        CaseStep.RecordCredentialsProvided => "Login details handover recorded",
        CaseStep.ConfirmLeftSite => "Site left at once, confirmed",
        CaseStep.RecordNotified => "Recipient told",
        CaseStep.FollowMediaPolicy => "Media policy followed",
        CaseStep.ReplyToJournalist => "Replied to the journalist",
        CaseStep.ModerateComment => "Comment moderated",
        CaseStep.RecordOutcome => "Outcome recorded",
        CaseStep.ConfirmRemoval => "Removal confirmed",
        CaseStep.Close => "Closed",
        CaseStep.Reopen => "Reopened",
        CaseStep.RecordEvidence => "Evidence recorded",
        CaseStep.AddNote => "Note",
        _ => Code(step),
    };

    /// <summary>A flag in plain English.</summary>
    public static string Flag(string flag) => flag switch
    {
        "illegal-conduct" => "Conduct that may be illegal",
        "unlawful-content" => "Unlawful content or use",
        "illegal-or-threatens-harm" => "Illegal, or threatens physical or sexual harm",
        "indecent-images-of-children" => "Indecent images of children",
        "harassment" => "Suspected harassment or other crime",
        "racial-or-homophobic" => "Racial or homophobic",
        "gross-obscenity" => "Gross obscenity",
        "threat-of-violence" => "Threat of violence",
        "threatening-abusive-sexist-sexual-or-hate" => "Threatening, abusive, sexist or sexual, or hate crime",
        "pupil-possible-crime" => "A pupil may have committed a crime",
        "misuse" => "Misuse for the police or social care",
        CaseFlags.BreachConfirmed => "A breach of the policy is confirmed",
        CaseFlags.GenuineMistake => "A genuine mistake",
        _ => flag,
    };

    /// <summary>The flags worth offering under a pack: the police triggers it names, then the findings flags.</summary>
    public static IReadOnlyList<(string Flag, string? Clause)> FlagsFor(PolicyPack? pack, bool withFindings)
    {
        var triggers = (pack?.Parameters.Police?.Triggers ?? []).Select(t => (CaseFlags.Of(t.Trigger), (string?)t.Clause))
            .DistinctBy(t => t.Item1).ToList();
        if (triggers.Count == 0)
        {
            triggers = [.. CaseFlags.All.Where(f => f is not CaseFlags.BreachConfirmed and not CaseFlags.GenuineMistake).Select(f => (f, (string?)null))];
        }

        return withFindings ? [.. triggers, (CaseFlags.BreachConfirmed, null), (CaseFlags.GenuineMistake, null)] : triggers;
    }

    /// <summary>The responses a record-response step may give.</summary>
    public static IReadOnlyList<(string Value, string Text)> Responses { get; } =
    [
        ("removed", "Removed it"),
        ("refused", "Refused"),
        ("refused-and-continuing", "Refused and carrying on"),
        ("unresolved", "Not resolved"),
        ("reasonable-complaint", "It is a reasonable complaint"),
        ("host-requires-complainant", "The host requires the complainant to ask"),
    ];

    /// <summary>Attribution findings.</summary>
    public static IReadOnlyList<(string Value, string Text)> Attributions { get; } =
        [("responsible", "Responsible for, or the source of, the content"), ("not-responsible", "Not responsible"), ("undetermined", "Cannot be determined")];

    /// <summary>Police decisions.</summary>
    public static IReadOnlyList<(string Value, string Text)> PoliceDecisions { get; } =
        [("referred", "Referred to the police"), ("advised-employee", "Advised the member of staff to go to the police"), ("not-needed", "Police involvement not needed")];

    /// <summary>What closing as a significant incident does under this pack: an early review where it names the trigger, otherwise only the record.</summary>
    public static string SignificantIncidentHint(PolicyPack? pack) =>
        pack is not null && pack.Review.Triggers.Contains(ReviewTrigger.SignificantIncident)
            ? $"The policy is reviewed early after a significant incident{(RecordReviewTrigger.TriggerClause(pack, ReviewTrigger.SignificantIncident) is { } clause ? $" ({clause})" : string.Empty)}: answering yes opens an early review task."
            : "Recorded on the case. The policy does not name significant incidents as a reason to review it early, so no review task is opened.";

    /// <summary>An outcome or other fixed word in plain English: "no-breach" → "no breach".</summary>
    public static string Word(string? value) => value is null ? string.Empty : value.Replace('-', ' ');

    /// <summary>A role as a title ("head teacher", "DSL").</summary>
    public static string Role(PackRole role) => ConnectionText.Title(role);

    /// <summary>A role written in kebab case, as a title; the value itself when it is not a role.</summary>
    public static string Role(string? kebab) =>
        Parse<PackRole>(kebab) is { } role ? Role(role) : kebab ?? string.Empty;

    /// <summary>The roles a case can be escalated to or recorded as told, in the order a school thinks of them.</summary>
    public static IReadOnlyList<PackRole> StaffRoles { get; } =
    [
        PackRole.Headteacher, PackRole.DeputyHead, PackRole.Slt, PackRole.Dsl, PackRole.SafeguardingLead, PackRole.ItManager,
        PackRole.LineManager, PackRole.HeadOfHouse, PackRole.InvestigatingOfficer, PackRole.Coo, PackRole.SeniorStaff, PackRole.SeniorManager,
        PackRole.ChairOfGovernors, PackRole.GoverningBody,
    ];

    /// <summary>A letter kind as a title.</summary>
    public static string Letter(LetterKind kind) => kind switch
    {
        LetterKind.RemovalRequest => "Request to remove a post",
        LetterKind.MeetingInvitation => "Invitation to a meeting",
        LetterKind.WrittenWarning => "Written warning",
        LetterKind.PlatformRemovalRequest => "Request to a platform to remove content",
        _ => LetterKinds.Name(kind),
    };

    /// <summary>An evidence pack recipient as a title.</summary>
    public static string Recipient(EvidencePackRecipient recipient) => recipient switch
    {
        EvidencePackRecipient.Police => "the police",
        EvidencePackRecipient.Lado => "the LADO",
        EvidencePackRecipient.PlatformTakedown => "a platform takedown",
        EvidencePackRecipient.ProfessionalsOnlineSafetyHelpline => "the Professionals Online Safety Helpline",
        _ => Code(recipient),
    };

    /// <summary>A moment as the school reads it, on the UK clock: 1 March 2026, 14:05 GMT; 1 July 2026, 10:15 BST.</summary>
    public static string When(DateTimeOffset at) => ConnectionText.When(at);

    /// <summary>A moment in a <c>&lt;time&gt;</c> element: UK time for people, ISO 8601 with the UK offset for machines.</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent Time(DateTimeOffset at) => ConnectionText.Time(at);

    /// <summary>A month: March 2026.</summary>
    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A size in bytes, as people read it.</summary>
    public static string Size(long? bytes) => bytes switch
    {
        null => string.Empty,
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    /// <summary>The page a clause is read on.</summary>
    public static string ClauseLink(string packId, string clauseId) => ConnectionText.ClauseLink(packId, clauseId);
}
