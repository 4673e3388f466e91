namespace Lanyard.Core.Accounts;

/// <summary>What the register does with an account, from the strictest problem's verdict (CLAUSES.md §1: accept / hold / reject).</summary>
public enum AccountDecision
{
    /// <summary>No problem, or only warnings: the account is accepted.</summary>
    Accepted,

    /// <summary>Accepted and recorded for someone to look at.</summary>
    Flagged,

    /// <summary>Waits for an approval or a record the policy requires.</summary>
    Held,

    /// <summary>Refused: at least one problem blocks.</summary>
    Rejected,
}
