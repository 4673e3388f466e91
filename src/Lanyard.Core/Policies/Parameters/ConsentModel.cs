namespace Lanyard.Core.Policies.Parameters;

/// <summary>How photo and name consent is given (§3 row 11).</summary>
public enum ConsentModel
{
    /// <summary>Nothing may be published until consent is recorded. Written <c>opt-in</c>.</summary>
    OptIn,

    /// <summary>Publication is allowed unless an objection is recorded. Written <c>opt-out</c>.</summary>
    OptOut,

    /// <summary>Each use needs its own approval. Written <c>approval-per-use</c>.</summary>
    ApprovalPerUse,
}
