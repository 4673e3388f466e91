namespace Lanyard.Core.Dashboard;

/// <summary>What kind of thing needs attention.</summary>
public enum AttentionKind
{
    /// <summary>The policy's review is overdue or near, or the policy sets no review cycle.</summary>
    PolicyReview,

    /// <summary>An early review a trigger opened (the first official account at Chapmanslade).</summary>
    ReviewTask,

    /// <summary>A connection request held for this person's decision.</summary>
    ConnectionRequest,

    /// <summary>An official account whose register entry must be confirmed.</summary>
    AccountAttestation,

    /// <summary>Pupils with no consent answer for the current school year.</summary>
    ConsentGap,

    /// <summary>A task on a case that the person owns (by role) or that is assigned to them.</summary>
    CaseTask,

    /// <summary>The policy declaration (or the changes to it) the person has to sign, or for leadership the staff who have not.</summary>
    Declaration,

    /// <summary>Social media training due under the policy.</summary>
    Training,
}
