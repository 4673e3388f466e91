namespace Lanyard.Core.Policies.Parameters;

/// <summary>Which family ties lift the ban on staff contact with pupils (§3 row 5).</summary>
public enum FamilyExceptionMode
{
    /// <summary>No family exception: relatives are banned too. Written <c>none</c>.</summary>
    None,

    /// <summary>Any family relation lifts the ban. Written <c>any-family</c>.</summary>
    AnyFamily,

    /// <summary>Only the staff member being that pupil's parent or carer lifts the ban. Written <c>parent-or-carer-only</c>.</summary>
    ParentOrCarerOnly,
}
