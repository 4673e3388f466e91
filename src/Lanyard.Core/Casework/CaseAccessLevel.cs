namespace Lanyard.Core.Casework;

/// <summary>
/// How much of a case a member of staff may read. Ordered: a person given two levels by two
/// reasons (a reporter who is also the DSL) gets the higher one.
/// </summary>
public enum CaseAccessLevel
{
    /// <summary>Nothing; the case is answered as "not found", exactly like a case that does not exist. Written <c>none</c>.</summary>
    None,

    /// <summary>The reporter's view of their own report: type, stage and when reported; no entries, parties or evidence. Written <c>own-status-only</c>.</summary>
    OwnStatusOnly,

    /// <summary>The governors' view: type, stage, month reported and outcome; no names, no free text. Written <c>anonymised</c>.</summary>
    Anonymised,

    /// <summary>Everything on the case. Written <c>full</c>.</summary>
    Full,
}
