namespace Lanyard.Core.Policies.Parameters;

/// <summary>
/// The typed answers of one pack to every question in CLAUSES.md §3. A null property means the
/// policy is silent, and Lanyard applies no rule: it never borrows another pack's answer.
/// Rows 24–29 (bound roles, level, approver, review cycle and triggers, version) live in the
/// pack's metadata.
/// </summary>
public sealed record PackParameters
{
    /// <summary>Row 1: staff ↔ current pupils on personal accounts.</summary>
    public PupilContactRule? CurrentPupilContact { get; init; }

    /// <summary>Row 2: staff ↔ former pupils, and the age the ban lasts to.</summary>
    public PupilContactRule? FormerPupilContact { get; init; }

    /// <summary>Row 3: a warning band for young adults.</summary>
    public AgeWarningBand? FormerPupilWarning { get; init; }

    /// <summary>Row 5: family exception for pupil contact.</summary>
    public FamilyExceptionRule? PupilFamilyException { get; init; }

    /// <summary>Row 6: authorisation route for pupil contact.</summary>
    public PupilContactAuthorisation? PupilContactAuthorisation { get; init; }

    /// <summary>Row 7: staff ↔ parents on personal accounts.</summary>
    public ParentConnectionRule? ParentConnection { get; init; }

    /// <summary>Row 8: channels for staff ↔ parent communication.</summary>
    public ParentCommunicationChannels? ParentCommunication { get; init; }

    /// <summary>Row 9: where pupil photos may appear.</summary>
    public PupilImageRules? PupilImages { get; init; }

    /// <summary>Row 10: name alongside a pupil photo.</summary>
    public PupilNameWithPhotoRule? PupilNameWithPhoto { get; init; }

    /// <summary>Row 11: consent model for images and names.</summary>
    public ConsentRule? Consent { get; init; }

    /// <summary>Row 12: tagging.</summary>
    public TaggingRules? Tagging { get; init; }

    /// <summary>Row 13: official account requirements.</summary>
    public OfficialAccountRules? OfficialAccounts { get; init; }

    /// <summary>Row 14: staff social media use at work.</summary>
    public StaffUsageAtWork? StaffUsageAtWork { get; init; }

    /// <summary>Row 15: web categories, streaming, downloads.</summary>
    public WebUsageRules? WebUsage { get; init; }

    /// <summary>Row 16: pupils' own social media.</summary>
    public PupilAccessRule? PupilAccess { get; init; }

    /// <summary>Row 17: who receives a safeguarding concern.</summary>
    public ReportRouting? SafeguardingRouting { get; init; }

    /// <summary>Row 18: who receives a report of staff abused online.</summary>
    public ReportRouting? StaffVictimRouting { get; init; }

    /// <summary>Row 19: escalation ladder for an offensive parent post.</summary>
    public ParentPostEscalation? ParentPostEscalation { get; init; }

    /// <summary>Row 20: police involvement.</summary>
    public PoliceInvolvement? Police { get; init; }

    /// <summary>Row 21: procedures only some packs define.</summary>
    public WorkflowModules? WorkflowModules { get; init; }

    /// <summary>Row 22: monitoring of staff communications.</summary>
    public StaffMonitoring? Monitoring { get; init; }

    /// <summary>Row 23: breach severity and outcomes.</summary>
    public BreachConsequences? BreachConsequences { get; init; }

    /// <summary>Row 30: staff declaration or read-and-sign.</summary>
    public DeclarationRule? Declaration { get; init; }

    /// <summary>Row 31: training.</summary>
    public TrainingRule? Training { get; init; }

    /// <summary>Row 32: staff identifying with the school on personal accounts.</summary>
    public PersonalAccountIdentity? PersonalAccountIdentity { get; init; }

    /// <summary>Row 33: political content, per author role.</summary>
    public ContentRestrictions? PoliticalContent { get; init; }

    /// <summary>Commercial promotion and advertising, per author role (used by the post check).</summary>
    public ContentRestrictions? CommercialContent { get; init; }

    /// <summary>Asking the public to send personal details through social media (St Mary's 4.1(e)).</summary>
    public ContentRestrictions? PersonalDetailRequests { get; init; }

    /// <summary>The post check: which clause each kind of finding breaks, on which channel, with what verdict.</summary>
    public ContentChecks? ContentChecks { get; init; }

    /// <summary>Row 34: social media searches on job applicants.</summary>
    public RecruitmentOnlineSearch? RecruitmentOnlineSearch { get; init; }

    /// <summary>Casework the rows above do not say: routing for other case types, who may take or own which step, and gates.</summary>
    public CaseworkRules? Casework { get; init; }
}
