namespace Lanyard.Web.Checking;

/// <summary>
/// The capacities a signed-in member of staff may check a post in. Parents and pupils are not
/// offered: everyone who signs in is on the school's staff register.
/// </summary>
internal enum DraftAuthorRole
{
    /// <summary>Staff (employees, and the kinds of worker a pack counts as staff).</summary>
    Staff,

    /// <summary>A governor.</summary>
    Governors,

    /// <summary>A volunteer.</summary>
    Volunteers,

    /// <summary>A contractor.</summary>
    Contractors,

    /// <summary>Agency staff.</summary>
    AgencyStaff,
}
