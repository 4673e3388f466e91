namespace Lanyard.Core.Casework;

/// <summary>Case types in plain English, for notifications and pages (no personal data).</summary>
public static class CaseTypeText
{
    /// <summary>A noun phrase, e.g. "safeguarding concern".</summary>
    public static string Noun(CaseType type) => type switch
    {
        CaseType.SafeguardingConcern => "safeguarding concern",
        CaseType.UnsolicitedContact => "report of unsolicited contact",
        CaseType.OnlineAbuseOfStaff => "report of online abuse of staff",
        CaseType.ParentPost => "parent post report",
        CaseType.PupilMisconduct => "pupil misconduct report",
        CaseType.StaffBreach => "suspected staff breach",
        CaseType.AccidentalAccess => "accidental access report",
        CaseType.JournalistContact => "journalist contact",
        CaseType.IndecentImageEvidence => "indecent-image evidence report",
        CaseType.ExcessiveUse => "excessive use report",
        _ => "case",
    };
}
