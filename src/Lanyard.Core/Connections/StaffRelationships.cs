namespace Lanyard.Core.Connections;

/// <summary>
/// What is recorded between the staff member and the other person: family, a friendship and when
/// it began, advice a pack requires, and a conflict-of-interest assessment. Empty by default:
/// nothing recorded is never read as something in the staff member's favour.
/// </summary>
public sealed record StaffRelationships
{
    /// <summary>Nothing recorded.</summary>
    public static StaffRelationships None { get; } = new();

    /// <summary>The staff member's family tie to the other person (to the pupil, or for a family member to that person).</summary>
    public FamilyTie FamilyTie { get; init; } = FamilyTie.None;

    /// <summary>A friendship or other personal relationship, with when it began.</summary>
    public Friendship? Friendship { get; init; }

    /// <summary>Advice recorded by the role the pack names (St Mary's: the head teacher).</summary>
    public RecordedAdvice? Advice { get; init; }

    /// <summary>A recorded conflict-of-interest assessment (Heathcoat).</summary>
    public ConflictOfInterestAssessment? ConflictOfInterest { get; init; }
}
