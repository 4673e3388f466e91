namespace Lanyard.Core.Governance;

/// <summary>Why a policy review task exists. Stored kebab-cased (<c>early-review</c>).</summary>
public enum ReviewTaskKind
{
    /// <summary>An event the policy names forces a review before its cycle says one is due (Chapmanslade review.01: the school's first official account).</summary>
    EarlyReview,
}
