using Lanyard.Core.Policies;

namespace Lanyard.Core.Connections;

/// <summary>
/// One rule of the pack applied to the connection, explained: which clauses, what the pack says
/// to do, what stands after any exception, and who decides or may authorise.
/// </summary>
/// <param name="Verdict">What stands: the rule's verdict, or allow where an exception in force lifted it.</param>
/// <param name="RuleVerdict">What the pack's rule says, before any exception.</param>
/// <param name="ClauseIds">The clauses the rule rests on, exactly as the pack cites them.</param>
/// <param name="Explanation">Plain English: the rule, the fact that decided it, and any exception.</param>
/// <param name="DecidingRole">
/// For a hold, the role that must decide; for a block the pack lets be authorised, the role asked
/// to authorise it; null otherwise.
/// </param>
public sealed record ConnectionReason(
    Verdict Verdict,
    Verdict RuleVerdict,
    IReadOnlyList<string> ClauseIds,
    string Explanation,
    Role? DecidingRole = null)
{
    /// <summary>Whether an exception in force lifted the rule's hold or block.</summary>
    public bool LiftedByException => Verdict < RuleVerdict;
}
