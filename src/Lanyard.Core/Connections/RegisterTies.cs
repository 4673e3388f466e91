using Lanyard.Core.People;

namespace Lanyard.Core.Connections;

/// <summary>What the people register records, in the terms <see cref="CheckConnection"/> reads.</summary>
internal static class RegisterTies
{
    /// <summary>
    /// Nobody records whether the staff member teaches the child, so that stays unknown: where a pack
    /// turns on it (Heathcoat) the check holds for a decision rather than assume there is no link.
    /// </summary>
    public static RelatedPupil Related(Person child, DateOnly today) =>
        child.LeavingDate is { } left && left < today
            ? RelatedPupil.Former(child.DateOfBirth, child.StartDate, left, child.DisplayName)
            : RelatedPupil.Current(child.DateOfBirth, child.StartDate, taughtByStaffMember: null, child.DisplayName);

    /// <summary>
    /// The recorded ties as the check reads them. A member of staff who is parent or carer of one of
    /// this parent's children shares the child with them (FamilyTie's own reading); a friendship's
    /// earliest recorded start is the one that can show it came first.
    /// </summary>
    public static StaffRelationships Relationships(List<StaffRelationship> ties, Person other, List<Person> children)
    {
        var direct = ties.Where(t => t.OtherId == other.Id).ToList();
        var childIds = children.Select(c => c.Id).ToHashSet();
        var tie = direct.Any(t => t.Kind == RelationshipKind.ParentOrCarer)
            || ties.Any(t => t.Kind == RelationshipKind.ParentOrCarer && childIds.Contains(t.OtherId))
                ? FamilyTie.ParentOrCarer
                : direct.Any(t => t.Kind == RelationshipKind.OtherFamily) ? FamilyTie.OtherFamily : FamilyTie.None;
        var friendship = direct.Where(t => t.Kind == RelationshipKind.PriorFriendship)
            .OrderBy(t => t.BeganOn ?? DateOnly.MaxValue)
            .Select(t => new Friendship(t.BeganOn, t.Note))
            .FirstOrDefault();
        return new StaffRelationships { FamilyTie = tie, Friendship = friendship };
    }
}
