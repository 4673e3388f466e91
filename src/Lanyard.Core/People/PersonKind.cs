namespace Lanyard.Core.People;

/// <summary>What a person in the register is to the school.</summary>
public enum PersonKind
{
    /// <summary>A member of staff, governor, contractor or volunteer: anyone bound by the staff rules. Written <c>staff</c>.</summary>
    Staff,

    /// <summary>A pupil on the roll (or who has left it). Written <c>pupil</c>.</summary>
    Pupil,

    /// <summary>A parent or carer of a pupil. Written <c>parent</c>.</summary>
    Parent,
}
