namespace Lanyard.Core.Policies.Parameters;

/// <summary>A kind of tagging a pack forbids (§3 row 12).</summary>
public enum TaggingRule
{
    /// <summary>Staff tagging staff in photos. Written <c>staff-tag-staff</c>.</summary>
    StaffTagStaff,

    /// <summary>Staff tagging pupils in photos. Written <c>staff-tag-pupils</c>.</summary>
    StaffTagPupils,

    /// <summary>Pupils tagging or naming themselves or classmates on school sites. Written <c>pupils-tag-on-school-sites</c>.</summary>
    PupilsTagOnSchoolSites,
}
