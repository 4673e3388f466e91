namespace Lanyard.Core.Connections;

/// <summary>What a pack asks for before a member of staff connects with a pupil's family member.</summary>
public enum ConnectionAdviceKind
{
    /// <summary>The named role's advice (St Mary's 5.4(d): the head teacher's, before accepting a parent's request). Written <c>advice</c>.</summary>
    Advice,

    /// <summary>A judgement whether contact is likely to create a conflict of interest (Heathcoat staff.05). Written <c>conflict-of-interest-assessment</c>.</summary>
    ConflictOfInterestAssessment,
}
