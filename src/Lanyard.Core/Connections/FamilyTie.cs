namespace Lanyard.Core.Connections;

/// <summary>
/// The staff member's family tie to the other person. Packs disagree on which ties lift a ban
/// (CLAUSES.md §3 row 5), so "parent or carer" and "other family" are kept apart.
/// </summary>
public enum FamilyTie
{
    /// <summary>No family tie recorded.</summary>
    None,

    /// <summary>The staff member is the pupil's parent or carer (for a pupil's family member: they share the child).</summary>
    ParentOrCarer,

    /// <summary>Any other relative: aunt, uncle, cousin, grandparent, sibling.</summary>
    OtherFamily,
}
