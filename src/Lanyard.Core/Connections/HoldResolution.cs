using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Connections;

/// <summary>
/// Settles an open hold request with something recorded for the pair (an exception, advice or an
/// assessment). The held question is asked again with the new record counted, first in memory, so
/// that a record which would not settle it is refused before anything is written, then for real,
/// recorded like any check; the new verdict decides the request: allow or warn grants it, block
/// refuses it.
/// </summary>
internal static class HoldResolution
{
    /// <summary>The open hold request the caller names, with the decision that opened it, or why it cannot be settled here.</summary>
    public static async Task<(ConnectionHoldRequest? Hold, ConnectionDecisionRecord? Decision, string? Error)> FindOpenAsync(
        long holdId, long organisationId, long staffId, long otherPersonId, IConnectionLog log, CancellationToken cancellationToken)
    {
        var hold = await log.GetHoldAsync(holdId, cancellationToken).ConfigureAwait(false);
        if (hold is null || hold.OrganisationId != organisationId)
        {
            return (null, null, $"No hold request {holdId} is open at this school.");
        }

        if (hold.StaffId != staffId || hold.OtherPersonId != otherPersonId)
        {
            return (null, null, "That hold request is about a different member of staff or person.");
        }

        if (hold.WhyNot(ConnectionHoldState.Granted) is { } why)
        {
            return (null, null, why);
        }

        var decision = await log.GetDecisionAsync(hold.DecisionId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Hold request {hold.Id} names decision {hold.DecisionId}, which is not in the log.");
        return (hold, decision, null);
    }

    /// <summary>Why the proposed facts would leave the question held, or null when they settle it.</summary>
    public static string? WouldNotSettle(ConnectionFacts proposed, ConnectionDecisionRecord held, string what)
    {
        var (verdict, _) = proposed.Decide(held.Action, held.Platform);
        if (verdict.Verdict != Verdict.Hold)
        {
            return null;
        }

        var why = verdict.Notes.Where(n => n.Contains(what, StringComparison.OrdinalIgnoreCase)).DefaultIfEmpty(verdict.Reasons.First(r => r.Verdict == Verdict.Hold).Explanation);
        return $"This {what} would not settle the hold request, so nothing was recorded. {string.Join(" ", why)}";
    }

    /// <summary>Asks the held question again (recorded) and decides the request by the answer.</summary>
    public static async Task<(ConnectionHoldRequest Hold, ConnectionDecisionRecord Recheck)> SettleAsync(
        ConnectionHoldRequest hold, ConnectionDecisionRecord held, Person decider, string note, long? exceptionId, long? adviceId,
        ConnectionPorts ports, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var again = new DecideConnection.Request(held.OrganisationId, decider.DisplayName, held.StaffId, held.OtherPersonId, null, held.Action, held.Platform);
        var result = await DecideConnection.DecideAsync(again, ports, now, cancellationToken).ConfigureAwait(false);
        var recheck = result.Decision
            ?? throw new InvalidOperationException($"Asking hold request {hold.Id}'s question again failed: {string.Join(" ", result.Errors.Values)}");
        if (recheck.Verdict == Verdict.Hold)
        {
            throw new InvalidOperationException($"Hold request {hold.Id} is still held after the record that was to settle it.");
        }

        var state = recheck.Verdict == Verdict.Block ? ConnectionHoldState.Refused : ConnectionHoldState.Granted;
        var decided = hold.Decide(state, decider.Id, decider.DisplayName, now, note) with
        {
            ExceptionId = exceptionId,
            AdviceId = adviceId,
            ResolvingDecisionId = recheck.Id,
        };
        await ports.Log.SaveDecidedHoldAsync(decided, cancellationToken).ConfigureAwait(false);
        return (decided, recheck);
    }
}
