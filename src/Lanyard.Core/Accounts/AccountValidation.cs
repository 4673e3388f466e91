using Lanyard.Core.Policies;

namespace Lanyard.Core.Accounts;

/// <summary>The answer to "does this account meet the school's policy?": the decision, every problem, and what was not checked and why.</summary>
/// <param name="Decision">Accepted, flagged, held or rejected.</param>
/// <param name="Verdict">The strictest problem's verdict; allow when there is none.</param>
/// <param name="PackId">The pack judged under.</param>
/// <param name="PackVersion">Its version.</param>
/// <param name="Problems">Every rule not met, in the pack's order.</param>
/// <param name="Notes">Rules that did not apply and why (an exempt platform, a purpose the rule does not cover), or that the policy is silent.</param>
/// <param name="PolicySilent">True when the pack says nothing about official accounts, so nothing was checked.</param>
public sealed record AccountValidation(
    AccountDecision Decision,
    Verdict Verdict,
    string PackId,
    string PackVersion,
    IReadOnlyList<AccountProblem> Problems,
    IReadOnlyList<string> Notes,
    bool PolicySilent)
{
    /// <summary>True when the account may not be registered.</summary>
    public bool Rejected => Decision == AccountDecision.Rejected;
}
