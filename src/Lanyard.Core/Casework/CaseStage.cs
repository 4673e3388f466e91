namespace Lanyard.Core.Casework;

/// <summary>
/// The stage of a case. Every procedure shares these stages; what moves a case between them (and
/// which steps are allowed within one) comes from the school's pack (CaseProcedure).
/// </summary>
public enum CaseStage
{
    /// <summary>Reported, not yet assessed. Written <c>reported</c>.</summary>
    Reported,

    /// <summary>Assessed by the person the pack names; the procedure can start. Written <c>triaged</c>.</summary>
    Triaged,

    /// <summary>The procedure is under way (investigation, escalation ladder, contacts). Written <c>in-progress</c>.</summary>
    InProgress,

    /// <summary>An outcome is recorded; what the pack requires before closing is outstanding or done. Written <c>outcome-recorded</c>.</summary>
    OutcomeRecorded,

    /// <summary>Closed. Written <c>closed</c>.</summary>
    Closed,
}
