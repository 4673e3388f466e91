using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Connections.ConnectionWording;

namespace Lanyard.Core.Connections;

/// <summary>
/// CLAUSES.md §3 rows 1–6 applied to one pupil or former pupil: the pack's ban and its age limit,
/// the actions it covers, its family exception, its authorisation route, and the young-adult
/// warning band. Each answer is the pack's own; where it has none, it says so and applies nothing.
/// </summary>
internal static class PupilContactRules
{
    /// <summary>The roles Lanyard accepts an exception from where a pack allows authorisation but names nobody (issue 4).</summary>
    private static readonly Role[] DefaultGrantors = [Role.Dsl, Role.Headteacher];

    public static void Apply(ConnectionDecision decision, bool current)
    {
        var parameters = decision.Pack.Parameters;
        var request = decision.Request;
        var rule = current ? parameters.CurrentPupilContact : parameters.FormerPupilContact;
        var group = current ? "current pupils" : "former pupils";
        var dateOfBirth = request.Subject.DateOfBirth;
        int? age = dateOfBirth is { } born ? Age.InYears(born, decision.Today) : null;
        var outcome = Outcome.NotBanned;

        if (rule is null)
        {
            decision.Note($"{Possessive(decision.Organisation)} policy says nothing about staff contact with {group}: no rule applies, and Lanyard does not borrow another school's.");
        }
        else if (!Covers(rule.Actions, request.Action))
        {
            decision.Add(Verdict.Allow, rule.Clauses,
                $"{Possessive(decision.Organisation)} rule on {group} {decision.Cite(rule.Clauses)} covers {Nouns(rule.Actions)}, not {Noun(request.Action)}; the policy has no other rule on {Doing(request.Action)} {group}.");
        }
        else if (rule is { Blocked: AgeRule.UnderAge, Age: { } limit } && age >= limit)
        {
            decision.Add(Verdict.Allow, rule.Clauses,
                $"{decision.Organisation} bars staff from {Doing(request.Action)} {group} under {limit} {decision.Cite(rule.Clauses)}; {AgeFact(decision.Who, dateOfBirth!.Value, decision.Today)}, so the ban no longer applies.");
        }
        else
        {
            outcome = Ban(decision, rule, current, group, age);
        }

        WarningBand(decision, rule, group, age, outcome);
    }

    /// <summary>Whether a rule's action list reaches the action asked about; any-contact reaches every action.</summary>
    internal static bool Covers(IReadOnlyList<ConnectionAction> actions, ConnectionAction action) =>
        actions.Contains(action) || actions.Contains(ConnectionAction.AnyContact);

    private static Outcome Ban(ConnectionDecision decision, PupilContactRule rule, bool current, string group, int? age)
    {
        var pack = decision.Pack;
        var request = decision.Request;
        var who = decision.Who;
        var limit = rule is { Blocked: AgeRule.UnderAge, Age: { } n } ? n : (int?)null;
        string scope, fact;
        if (limit is null)
        {
            scope = current ? "at any age" : "at any age, however long ago they left";
            fact = current ? $"{who} is a current pupil"
                : request.Subject.LeftOn is { } left ? $"{who} is a former pupil who left on {Date(left)}" : $"{who} is a former pupil";
        }
        else if (age is null)
        {
            scope = $"under {limit}";
            fact = $"{Possessive(who)} date of birth is not recorded, so Lanyard treats them as under {limit} until it is";
            decision.Note($"Record {Possessive(who)} date of birth: without it Lanyard cannot tell whether they are {limit} yet, and applies the ban.");
        }
        else
        {
            scope = $"under {limit}";
            fact = AgeFact(who, request.Subject.DateOfBirth!.Value, decision.Today);
        }

        var clauses = new List<string>(rule.Clauses);
        var explanation = $"{decision.Organisation} bars staff from {Doing(request.Action)} {group} {scope} {decision.Cite(rule.Clauses)}; {fact}.";

        var tie = request.Relationships.FamilyTie;
        var exception = pack.Parameters.PupilFamilyException;
        if (tie != FamilyTie.None)
        {
            var (excepted, why) = FamilyException(decision, exception, tie);
            explanation += " " + why;
            if (exception is not null)
            {
                clauses.AddRange(exception.Clauses);
            }

            if (excepted)
            {
                decision.Add(Verdict.Allow, clauses, explanation);
                return Outcome.ExceptedAsFamily;
            }
        }

        var authorisation = pack.Parameters.PupilContactAuthorisation;
        if (authorisation is null)
        {
            decision.Add(Verdict.Block, clauses, explanation,
                withoutRoute: $"{Possessive(decision.Organisation)} policy gives no route to authorise contact with {group}");
            return Outcome.Banned;
        }

        clauses.AddRange(authorisation.Clauses);
        var decider = authorisation.AuthoriserRole ?? Role.Headteacher;
        explanation += authorisation.AuthoriserRole is { } named
            ? $" The policy lets {The(named)} authorise such contact {decision.Cite(authorisation.Clauses)}."
            : $" The policy allows only authorised contact {decision.Cite(authorisation.Clauses)} but names no authoriser, so Lanyard asks the head teacher; the DSL or the head teacher may grant a time-limited exception.";
        var grantors = authorisation.AuthoriserRole is { } role ? new[] { role } : DefaultGrantors;
        decision.Add(Verdict.Block, clauses, explanation, decider, new AuthorisationRoute(grantors, authorisation.Clauses));
        return Outcome.Banned;
    }

    private static (bool Excepted, string Why) FamilyException(ConnectionDecision decision, FamilyExceptionRule? exception, FamilyTie tie)
    {
        var who = decision.Who;
        var relation = tie == FamilyTie.ParentOrCarer ? $"this member of staff is {Possessive(who)} parent or carer" : $"{who} is recorded as this member of staff's relative";
        if (exception is null)
        {
            return (false, $"The policy states no family exception, so the fact that {relation} does not lift the ban.");
        }

        var cite = decision.Cite(exception.Clauses);
        return exception.Mode switch
        {
            FamilyExceptionMode.AnyFamily => (true, $"The policy excepts family members {cite}, and {relation}."),
            FamilyExceptionMode.ParentOrCarerOnly when tie == FamilyTie.ParentOrCarer => (true, $"The policy excepts a pupil's own parent or carer {cite}, and {relation}."),
            FamilyExceptionMode.ParentOrCarerOnly => (false, $"The policy excepts only a pupil's own parent or carer {cite}; other relatives are not excepted, so the fact that {relation} does not lift the ban."),
            _ => (false, $"The policy makes no exception for family {cite}, so the fact that {relation} does not lift the ban."),
        };
    }

    /// <summary>
    /// Row 3 (Testbourne 5d.07): contact the ban no longer reaches is allowed with a warning while
    /// the person is under the band's age. It does not reach below the ban's own age limit where a
    /// family exception lifted the ban (CLAUSES.md: a pupil aged 15 who is the staff member's niece
    /// is allowed, not warned), and it adds nothing to a block.
    /// </summary>
    private static void WarningBand(ConnectionDecision decision, PupilContactRule? rule, string group, int? age, Outcome outcome)
    {
        var band = decision.Pack.Parameters.FormerPupilWarning;
        if (band is null || outcome == Outcome.Banned)
        {
            return;
        }

        if (age is { } years && (years >= band.UntilAge || (outcome == Outcome.ExceptedAsFamily && rule?.Age is { } limit && years < limit)))
        {
            return;
        }

        var fact = age is null
            ? $"{Possessive(decision.Who)} date of birth is not recorded, so Lanyard treats them as under {band.UntilAge}"
            : AgeFact(decision.Who, decision.Request.Subject.DateOfBirth!.Value, decision.Today);
        decision.Add(Verdict.Warn, band.Clauses,
            $"{decision.Organisation} asks staff to take care with {group} and other young people under {band.UntilAge} {decision.Cite(band.Clauses)}: contact is allowed, with this warning; {fact}.");
    }

    private enum Outcome
    {
        NotBanned,
        ExceptedAsFamily,
        Banned,
    }
}
