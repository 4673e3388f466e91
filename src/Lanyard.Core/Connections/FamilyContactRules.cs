using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using static Lanyard.Core.Connections.ConnectionWording;

namespace Lanyard.Core.Connections;

/// <summary>
/// CLAUSES.md §3 row 7 applied to a pupil's parent or family member: which parents the pack
/// covers, the actions it covers, and its mode (warn; block unless a prior relationship; hold for
/// advice; conflict-of-interest test).
/// </summary>
internal static class FamilyContactRules
{
    public static void Apply(ConnectionDecision decision)
    {
        var rule = decision.Pack.Parameters.ParentConnection;
        if (rule is null)
        {
            decision.Note($"{Possessive(decision.Organisation)} policy does not address staff connecting with pupils' parents or family: no rule applies, and Lanyard does not borrow another school's.");
            return;
        }

        var request = decision.Request;
        var formerLimit = rule is { ParentsOf: ParentScope.CurrentAndFormerPupilsUnderAge, FormerPupilUnderAge: { } n } ? n : (int?)null;
        var scope = formerLimit is null ? "parents of current pupils" : $"parents of current pupils and of former pupils under {formerLimit}";
        var inScope = request.Subject.Pupils.Where(p => IsInScope(decision, p, formerLimit)).ToList();
        if (inScope.Count == 0)
        {
            decision.Add(Verdict.Allow, rule.Clauses,
                $"{Possessive(decision.Organisation)} rule on {scope} {decision.Cite(rule.Clauses)} does not reach {decision.Who}: {Join([.. request.Subject.Pupils.Select(p => Describe(decision, p))], "and")}.");
            return;
        }

        if (!PupilContactRules.Covers(rule.Actions, request.Action))
        {
            decision.Add(Verdict.Allow, rule.Clauses,
                $"{Possessive(decision.Organisation)} rule on {scope} {decision.Cite(rule.Clauses)} covers {Nouns(rule.Actions)}, not {Noun(request.Action)}; the policy has no other rule on {Doing(request.Action)} parents.");
            return;
        }

        var family = $"{decision.Who} is family of {Join([.. inScope.Select(p => Describe(decision, p))], "and")}";
        switch (rule.Mode)
        {
            case ParentConnectionMode.Warn:
                decision.Add(Verdict.Warn, rule.Clauses,
                    $"{decision.Organisation} asks staff to take care over {Doing(request.Action)} {scope} {decision.Cite(rule.Clauses)}: it is allowed, with this warning; {family}.");
                break;
            case ParentConnectionMode.BlockUnlessPriorRelationship:
                PriorRelationship(decision, rule, scope, family);
                break;
            case ParentConnectionMode.HoldForHeadteacherAdvice:
                Advice(decision, rule, scope, family);
                break;
            case ParentConnectionMode.ConflictOfInterestTest:
                var families = formerLimit is null ? "the families of current pupils" : $"the families of current pupils and of former pupils under {formerLimit}";
                ConflictOfInterest(decision, rule, families, family, inScope);
                break;
            default:
                throw new InvalidOperationException($"Parent connection mode {rule.Mode} has no decision.");
        }
    }

    /// <summary>A former pupil's parent is covered while the pupil is under the limit; an unknown date of birth counts as under it.</summary>
    private static bool IsInScope(ConnectionDecision decision, RelatedPupil pupil, int? formerLimit)
    {
        if (pupil.IsCurrent)
        {
            return true;
        }

        if (formerLimit is not { } limit)
        {
            return false;
        }

        if (pupil.DateOfBirth is not { } born)
        {
            decision.Note($"The date of birth of {pupil.Name ?? "a former pupil"} is not recorded, so Lanyard treats them as under {limit} and applies the rule on their parents.");
            return true;
        }

        return Age.InYears(born, decision.Today) < limit;
    }

    private static string Describe(ConnectionDecision decision, RelatedPupil pupil)
    {
        var name = pupil.Name ?? (pupil.IsCurrent ? "a pupil" : "a former pupil");
        var kind = pupil.Name is null ? "" : pupil.IsCurrent ? ", a current pupil" : ", a former pupil";
        var age = pupil.DateOfBirth is { } born ? $" aged {Age.InYears(born, decision.Today)}" : "";
        return name + kind + age;
    }

    /// <summary>
    /// Cambrian acceptable-use.15–18. A relative counts as a prior relationship (the policy's own
    /// example). A friendship counts only if it began before the earliest start date of any of
    /// the person's children: once one of them was at the school, the boundary already applied.
    /// A missing date cannot show the friendship came first.
    /// </summary>
    private static void PriorRelationship(ConnectionDecision decision, ParentConnectionRule rule, string scope, string family)
    {
        var request = decision.Request;
        var relationships = request.Relationships;
        var explanation = $"{decision.Organisation} bars staff from {Doing(request.Action)} {scope} unless a relationship or friendship existed beforehand {decision.Cite(rule.Clauses)}; {family}";
        var (prior, why) = IsPrior(decision, relationships);
        if (!prior)
        {
            decision.Add(Verdict.Block, rule.Clauses, $"{explanation}, and {why}.",
                withoutRoute: $"only a relationship that existed before the child joined the school lifts it under {Possessive(decision.Organisation)} policy");
            return;
        }

        var verdict = rule.WarnWhenExcepted ? Verdict.Warn : Verdict.Allow;
        var judgement = rule.WarnWhenExcepted ? " The policy asks for professional judgement in accepting and in everything after, because the boundaries blur." : "";
        decision.Add(verdict, rule.Clauses, $"{explanation}, but {why}.{judgement}");
    }

    private static (bool Prior, string Why) IsPrior(ConnectionDecision decision, StaffRelationships relationships)
    {
        var who = decision.Who;
        if (relationships.FamilyTie != FamilyTie.None)
        {
            return (true, $"{who} is recorded as this member of staff's relative");
        }

        if (relationships.Friendship is not { } friendship)
        {
            return (false, "no relationship or friendship from before is recorded");
        }

        if (friendship.Since is not { } since)
        {
            return (false, "the friendship's start date is not recorded, so it cannot be shown to come first");
        }

        var pupils = decision.Request.Subject.Pupils;
        var undated = pupils.FirstOrDefault(p => p.StartedOn is null);
        if (undated is not null)
        {
            return (false, $"the date {undated.Name ?? "their child"} joined the school is not recorded, so the friendship (since {Date(since)}) cannot be shown to come first");
        }

        var first = pupils.MinBy(p => p.StartedOn!.Value)!;
        var joined = first.StartedOn!.Value;
        var child = first.Name ?? "their child";
        return since < joined
            ? (true, $"the friendship began on {Date(since)}, before {child} joined the school on {Date(joined)}")
            : (false, $"the friendship began on {Date(since)}, after {child} joined the school on {Date(joined)}, so it is not a prior relationship");
    }

    /// <summary>
    /// St Mary's 5.4(d) and (f): the actions the advice route is open to wait for the named role's
    /// advice; the others are simply banned. Advice counts only from the role the pack names.
    /// </summary>
    private static void Advice(ConnectionDecision decision, ParentConnectionRule rule, string scope, string family)
    {
        var request = decision.Request;
        var adviser = rule.AdviceRole ?? Role.Headteacher;
        var unnamed = rule.AdviceRole is null ? " The policy names no adviser, so Lanyard asks the head teacher." : "";
        if (!PupilContactRules.Covers(rule.AdviceActions, request.Action))
        {
            var open = rule.AdviceActions.Count == 0 ? "" : $" Only {Nouns(rule.AdviceActions)} may go ahead after {The(adviser)}'s advice; {Noun(request.Action)} has no such route.";
            decision.Add(Verdict.Block, rule.Clauses,
                $"{decision.Organisation} bars staff from {Doing(request.Action)} {scope} {decision.Cite(rule.Clauses)}; {family}.{open}",
                withoutRoute: $"{Possessive(decision.Organisation)} policy gives no route for {Noun(request.Action)} with parents");
            return;
        }

        var explanation = $"{decision.Organisation} lets staff go ahead with {Doing(request.Action)} {scope} only after seeking {The(adviser)}'s advice {decision.Cite(rule.Clauses)}; {family}.{unnamed}";
        var advice = request.Relationships.Advice;
        if (advice is not null && advice.GivenOn > decision.Today)
        {
            decision.Note($"The advice from {Person(advice.GivenBy, advice.GivenByRole)} is dated {Date(advice.GivenOn)}, after today, so it is not counted yet.");
            advice = null;
        }

        if (advice is not null && advice.GivenByRole != adviser)
        {
            decision.Note($"Advice from {Person(advice.GivenBy, advice.GivenByRole)} is recorded, but {Possessive(decision.Organisation)} policy asks for {The(adviser)}'s advice, so it does not count.");
            advice = null;
        }

        var route = new AuthorisationRoute([adviser], rule.Clauses);
        if (advice is null)
        {
            decision.Add(Verdict.Hold, rule.Clauses, $"{explanation} No advice from {The(adviser)} is recorded yet.", adviser, route);
        }
        else if (advice.Outcome == AdviceOutcome.MayConnect)
        {
            decision.Add(Verdict.Allow, rule.Clauses, $"{explanation} {Person(advice.GivenBy, advice.GivenByRole)} advised on {Date(advice.GivenOn)} that it may go ahead{Said(advice.Summary)}.");
        }
        else
        {
            decision.Add(Verdict.Block, rule.Clauses, $"{explanation} {Person(advice.GivenBy, advice.GivenByRole)} advised against it on {Date(advice.GivenOn)}{Said(advice.Summary)}.", adviser, route);
        }
    }

    /// <summary>
    /// Heathcoat staff.05: contact is banned only where a conflict of interest is likely. A
    /// recorded assessment decides; without one, a teaching link (or not knowing whether there is
    /// one) makes a conflict likely enough to hold for a decision, and no teaching link is allowed
    /// with a warning (CLAUSES.md's own examples).
    /// </summary>
    private static void ConflictOfInterest(ConnectionDecision decision, ParentConnectionRule rule, string families, string family, List<RelatedPupil> inScope)
    {
        var request = decision.Request;
        var decider = rule.AdviceRole ?? Role.Headteacher;
        var unnamed = rule.AdviceRole is null ? " The policy names no one to decide, so Lanyard asks the head teacher." : "";
        var explanation = $"{decision.Organisation} bars staff from contact with {families} where it is likely to create a conflict of interest {decision.Cite(rule.Clauses)}; {family}";
        var withoutRoute = $"under {Possessive(decision.Organisation)} policy a recorded conflict-of-interest assessment decides it, not an exception";

        var assessment = request.Relationships.ConflictOfInterest;
        if (assessment is not null && assessment.AssessedOn > decision.Today)
        {
            decision.Note($"The conflict-of-interest assessment by {Person(assessment.AssessedBy, assessment.AssessedByRole)} is dated {Date(assessment.AssessedOn)}, after today, so it is not counted yet.");
            assessment = null;
        }

        if (assessment is not null)
        {
            var by = $"{Person(assessment.AssessedBy, assessment.AssessedByRole)} judged on {Date(assessment.AssessedOn)}";
            if (assessment.ConflictLikely)
            {
                decision.Add(Verdict.Block, rule.Clauses, $"{explanation}. {by} that a conflict is likely: {assessment.Reason}.", withoutRoute: withoutRoute);
            }
            else
            {
                decision.Add(Verdict.Warn, rule.Clauses, $"{explanation}. {by} that a conflict is unlikely: {assessment.Reason}. It is allowed; keep professional boundaries.");
            }

            return;
        }

        var taught = inScope.Where(p => p.TaughtByStaffMember == true).ToList();
        var unknown = inScope.Where(p => p.TaughtByStaffMember is null).ToList();
        if (taught.Count > 0)
        {
            decision.Add(Verdict.Hold, rule.Clauses,
                $"{explanation}. This member of staff teaches {Names(taught, "and")}, so a conflict is likely and {The(decider)} must decide, recording a conflict-of-interest assessment.{unnamed}",
                decider, withoutRoute: withoutRoute);
        }
        else if (unknown.Count > 0)
        {
            decision.Add(Verdict.Hold, rule.Clauses,
                $"{explanation}. Whether this member of staff teaches {Names(unknown, "or")} is not recorded, so Lanyard holds it until {The(decider)} records a conflict-of-interest assessment.{unnamed}",
                decider, withoutRoute: withoutRoute);
        }
        else
        {
            decision.Add(Verdict.Warn, rule.Clauses,
                $"{explanation}. No teaching link with {Names(inScope, "or")} is recorded, so a conflict is unlikely: it is allowed, with care.");
        }
    }

    private static string Names(List<RelatedPupil> pupils, string conjunction) => Join([.. pupils.Select(p => p.Name ?? "their child")], conjunction);

    private static string Said(string? summary) => string.IsNullOrWhiteSpace(summary) ? "" : $" (\"{summary.Trim()}\")";
}
