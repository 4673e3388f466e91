namespace Lanyard.Core.Policies;

/// <summary>
/// Who a clause binds, or which object it checks (CLAUSES.md §1, "applies to"). Written in packs
/// in kebab case (<c>staff-personal-account</c>). Office-holders are roles too, because procedures
/// route to them.
/// </summary>
public enum Role
{
    /// <summary>Anyone the policy reaches.</summary>
    Everyone,

    /// <summary>Staff as the pack defines them (see the pack's bound roles).</summary>
    Staff,

    /// <summary>A member of staff acting through their own, personal account.</summary>
    StaffPersonalAccount,

    /// <summary>A member of staff commenting with approval on the school's behalf.</summary>
    StaffActingForSchool,

    /// <summary>Staff who have left the school.</summary>
    FormerStaff,

    /// <summary>Employees of the school, trust or council.</summary>
    Employees,

    /// <summary>Casual workers.</summary>
    CasualWorkers,

    /// <summary>Agency workers.</summary>
    AgencyStaff,

    /// <summary>Staff on temporary contracts.</summary>
    TemporaryStaff,

    /// <summary>External contractors.</summary>
    Contractors,

    /// <summary>Teacher and other trainees.</summary>
    Trainees,

    /// <summary>Volunteers.</summary>
    Volunteers,

    /// <summary>Staff seconded from other organisations.</summary>
    Secondees,

    /// <summary>Governors.</summary>
    Governors,

    /// <summary>The Chair of Governors.</summary>
    ChairOfGovernors,

    /// <summary>Co-chairs of Governors.</summary>
    CoChairsOfGovernors,

    /// <summary>The governing board or full governing body.</summary>
    GoverningBody,

    /// <summary>A named committee of governors (the name is in the pack's metadata).</summary>
    Committee,

    /// <summary>Pupils (students).</summary>
    Pupils,

    /// <summary>Parents, carers and guardians.</summary>
    Parents,

    /// <summary>The wider school community and members of the public.</summary>
    WiderCommunity,

    /// <summary>An official or registered school account and the people posting from it.</summary>
    SchoolAccount,

    /// <summary>The school as an institution.</summary>
    School,

    /// <summary>The multi-academy trust.</summary>
    Trust,

    /// <summary>The federation of schools.</summary>
    Federation,

    /// <summary>The academies of a trust.</summary>
    Academies,

    /// <summary>The senior leadership team.</summary>
    Slt,

    /// <summary>The leadership team (Heathcoat's wording for SLT).</summary>
    LeadershipTeam,

    /// <summary>A senior member of staff.</summary>
    SeniorStaff,

    /// <summary>A senior manager (investigates breaches at Cambrian).</summary>
    SeniorManager,

    /// <summary>The head teacher.</summary>
    Headteacher,

    /// <summary>The deputy head.</summary>
    DeputyHead,

    /// <summary>The designated safeguarding lead.</summary>
    Dsl,

    /// <summary>The safeguarding team or lead officer (St Mary's wording; not named as DSL).</summary>
    SafeguardingLead,

    /// <summary>The IT manager.</summary>
    ItManager,

    /// <summary>A member of staff's line manager.</summary>
    LineManager,

    /// <summary>Head of House.</summary>
    HeadOfHouse,

    /// <summary>The investigating officer of a case.</summary>
    InvestigatingOfficer,

    /// <summary>A manager recruiting staff.</summary>
    RecruitingManager,

    /// <summary>The trust's chief operating officer.</summary>
    Coo,

    /// <summary>Whoever prepares and maintains the policy.</summary>
    PolicyOwner,

    /// <summary>Anyone using the school's ICT systems.</summary>
    SchoolSystemUsers,

    /// <summary>Anyone using social media within the policy's reach.</summary>
    SocialMediaUsers,
}
