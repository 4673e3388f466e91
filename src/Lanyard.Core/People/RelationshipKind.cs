namespace Lanyard.Core.People;

/// <summary>What ties a member of staff to a pupil or a parent outside school.</summary>
public enum RelationshipKind
{
    /// <summary>The member of staff is the pupil's parent or carer. Written <c>parent-or-carer</c>.</summary>
    ParentOrCarer,

    /// <summary>Other family: sibling, aunt, grandparent, cousin. Written <c>other-family</c>.</summary>
    OtherFamily,

    /// <summary>A friendship with a parent, with the date it began. Written <c>prior-friendship</c>.</summary>
    PriorFriendship,
}
