namespace Lanyard.Core.Casework;

/// <summary>Which group of case types a case belongs to for reading it: each group has one reading rule (<see cref="CaseAccess"/>).</summary>
public enum CaseAudience
{
    /// <summary>Safeguarding cases: DSL, deputy DSL and head teacher only. Written <c>safeguarding</c>.</summary>
    Safeguarding,

    /// <summary>Staff-breach investigations: SLT and the investigating officer assigned to the case. Written <c>staff-breach</c>.</summary>
    StaffBreach,

    /// <summary>Every other case: leadership, safeguarding leads and whoever it was routed, escalated or assigned to. Written <c>general</c>.</summary>
    General,
}
