namespace Lanyard.Core.People;

/// <summary>
/// A role a member of staff holds. One person may hold several (a head teacher who is also the DSL).
/// Procedures route by these roles, and the web app's permissions derive from them.
/// </summary>
public enum StaffRole
{
    /// <summary>Head teacher. Written <c>headteacher</c>.</summary>
    Headteacher,

    /// <summary>Deputy head teacher. Written <c>deputy-head</c>.</summary>
    DeputyHead,

    /// <summary>Senior leadership team. Written <c>slt</c>.</summary>
    Slt,

    /// <summary>Designated safeguarding lead. Written <c>dsl</c>.</summary>
    Dsl,

    /// <summary>Deputy designated safeguarding lead. Written <c>deputy-dsl</c>.</summary>
    DeputyDsl,

    /// <summary>IT manager or network manager. Written <c>it-manager</c>.</summary>
    ItManager,

    /// <summary>Line manager. Written <c>line-manager</c>.</summary>
    LineManager,

    /// <summary>Head of house or year. Written <c>head-of-house</c>.</summary>
    HeadOfHouse,

    /// <summary>Governor. Written <c>governor</c>.</summary>
    Governor,

    /// <summary>Chair of governors. Written <c>chair-of-governors</c>.</summary>
    ChairOfGovernors,

    /// <summary>Investigating officer for a staff breach. Written <c>investigating-officer</c>.</summary>
    InvestigatingOfficer,

    /// <summary>Chief operating officer of a trust. Written <c>coo</c>.</summary>
    Coo,

    /// <summary>Contractor. Written <c>contractor</c>.</summary>
    Contractor,

    /// <summary>Volunteer. Written <c>volunteer</c>.</summary>
    Volunteer,

    /// <summary>Agency or supply staff. Written <c>agency</c>.</summary>
    Agency,

    /// <summary>Runs the school's official accounts. Written <c>comms-lead</c>.</summary>
    CommsLead,

    /// <summary>Teacher or other member of staff with no further role. Written <c>teacher</c>.</summary>
    Teacher,
}
