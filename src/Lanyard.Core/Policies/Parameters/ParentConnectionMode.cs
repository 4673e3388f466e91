namespace Lanyard.Core.Policies.Parameters;

/// <summary>How the pack treats staff connecting with parents on personal accounts (§3 row 7).</summary>
public enum ParentConnectionMode
{
    /// <summary>Allowed with caution: warn. Written <c>warn</c>.</summary>
    Warn,

    /// <summary>Banned unless a relationship or friendship existed beforehand. Written <c>block-unless-prior-relationship</c>.</summary>
    BlockUnlessPriorRelationship,

    /// <summary>Banned; an incoming request may be accepted only after the head teacher's advice. Written <c>hold-for-headteacher-advice</c>.</summary>
    HoldForHeadteacherAdvice,

    /// <summary>Banned only where a conflict of interest is likely. Written <c>conflict-of-interest-test</c>.</summary>
    ConflictOfInterestTest,
}
