namespace Lanyard.Core.Policies.Parameters;

/// <summary>Whether a personal account may name or associate with the school (§3 row 32).</summary>
public enum SchoolNamingRule
{
    /// <summary>Never. Written <c>never</c>.</summary>
    Never,

    /// <summary>Not in a way that could discredit the school. Written <c>not-where-discrediting</c>.</summary>
    NotWhereDiscrediting,
}
