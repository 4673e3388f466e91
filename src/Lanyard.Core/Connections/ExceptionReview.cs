using Lanyard.Core.Policies;
using static Lanyard.Core.Connections.ConnectionWording;

namespace Lanyard.Core.Connections;

/// <summary>
/// Applies a recorded exception to the holds and blocks a check found. An exception is Lanyard's
/// record of an authorisation, not a rule of its own: it lifts a reason only while in force, only
/// where the pack gives a route to authorise it (Testbourne's "unauthorised contact", St Mary's
/// head-teacher advice for incoming requests), and only when granted by a role that route
/// accepts. Where the pack has no route (Chapmanslade's life ban, Cambrian's prior-relationship
/// test, Heathcoat's conflict test) the exception cannot lift it, and the verdict says why:
/// granting one would be Lanyard inventing a permission the school's policy does not give.
/// </summary>
internal static class ExceptionReview
{
    /// <summary>Lifts what the exception may lift; returns it if it lifted anything.</summary>
    public static ExceptionGrant? Apply(ConnectionDecision decision)
    {
        var exception = decision.Request.Exception;
        if (exception is null)
        {
            return null;
        }

        var granted = $"The exception granted by {Person(exception.GrantedBy, exception.GrantedByRole)} on {Date(exception.GrantedOn)}";
        var open = decision.Reasons.Where(r => r.Verdict >= Verdict.Hold).ToList();
        if (open.Count == 0)
        {
            decision.Note($"{granted} is recorded, but nothing here is held or blocked, so it changes nothing.");
            return null;
        }

        if (decision.Today > exception.Until)
        {
            decision.Note($"{granted} expired on {Date(exception.Until)}: it has no effect, and the verdict stands.");
            return null;
        }

        if (!exception.IsInForceOn(decision.Today))
        {
            decision.Note($"{granted} does not start until {Date(exception.GrantedOn)}: it is not yet in force, and the verdict stands.");
            return null;
        }

        var lifted = false;
        foreach (var reason in open)
        {
            if (reason.Route is not { } route)
            {
                decision.Note($"{granted} cannot lift the {Lower(reason.RuleVerdict)} under {Clauses(decision.Pack, reason.ClauseIds)}: {reason.WithoutRoute ?? $"{Possessive(decision.Organisation)} policy gives no route to authorise it"}.");
                continue;
            }

            if (!route.Grantors.Contains(exception.GrantedByRole))
            {
                var who = Join([.. route.Grantors.Select(The)], "or");
                decision.Note($"{granted} does not lift the {Lower(reason.RuleVerdict)} under {Clauses(decision.Pack, reason.ClauseIds)}: only {who} may authorise it under {Clauses(decision.Pack, route.ClauseIds)}.");
                continue;
            }

            reason.Lift($"An exception granted by {Person(exception.GrantedBy, exception.GrantedByRole)} on {Date(exception.GrantedOn)}, in force until {Date(exception.Until)}, allows it: {exception.Reason}.");
            lifted = true;
        }

        if (lifted)
        {
            decision.Note($"Allowed only while the exception is in force: from {Date(exception.Until.AddDays(1))} the rule applies again.");
        }

        return lifted ? exception : null;
    }

    private static string Lower(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
