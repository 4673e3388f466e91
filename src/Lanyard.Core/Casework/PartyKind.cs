namespace Lanyard.Core.Casework;

/// <summary>Who a person involved in a case is, in relation to the school.</summary>
public enum PartyKind
{
    /// <summary>A pupil (current or former). Written <c>pupil</c>.</summary>
    Pupil,

    /// <summary>A member of staff. Written <c>staff</c>.</summary>
    Staff,

    /// <summary>A parent or carer. Written <c>parent</c>.</summary>
    Parent,

    /// <summary>A member of the public. Written <c>public</c>.</summary>
    Public,

    /// <summary>Not known (an anonymous account). Written <c>unknown</c>.</summary>
    Unknown,
}
