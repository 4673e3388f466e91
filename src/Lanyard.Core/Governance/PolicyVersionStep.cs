namespace Lanyard.Core.Governance;

/// <summary>The steps of a policy version's life (rows of <see cref="PolicyVersionWorkflow.Table"/>).</summary>
public enum PolicyVersionStep
{
    /// <summary>Replace the draft's YAML.</summary>
    EditDraft,

    /// <summary>One signatory signs; the draft stays a draft until every signature line is signed.</summary>
    Sign,

    /// <summary>The approving body, role or last signatory approves.</summary>
    Approve,

    /// <summary>Abandon the draft.</summary>
    Withdraw,

    /// <summary>The effective date arrives (the clock's step, never a user's).</summary>
    TakeEffect,

    /// <summary>A later version takes effect (the clock's step, never a user's).</summary>
    Supersede,
}
