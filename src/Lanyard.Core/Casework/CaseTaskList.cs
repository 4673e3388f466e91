using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>
/// Derives a case's open tasks from its entries, so a task can never drift from the record: the
/// initial assessment while the case is reported; each step a gate still needs (mandatory when the
/// gate guards closing); recording the outcome again when a later flag contradicts it (mandatory);
/// and the police steps a flagged trigger requires (mandatory and immediate triggers: contact the
/// police; advise-employee: record the decision). Due times follow the
/// routing urgency (<see cref="CaseUrgency"/>); a police trigger marked immediate is due in one hour.
/// </summary>
internal static class CaseTaskList
{
    public static IReadOnlyList<CaseTask> Of(CaseProcedure procedure, CaseFile file, CaseFacts facts)
    {
        if (file.Stage == CaseStage.Closed)
        {
            return [];
        }

        var record = file.Case;
        var route = PackRoute.For(procedure.Pack, procedure.Type);
        var allowed = CaseUrgency.Allowed(record.Urgency ?? route.Urgency);
        var routeOwner = route.Recipients.Count > 0 ? route.Recipients[0] : Role.Dsl;
        var owner = procedure.CaseOwner;
        var tasks = new List<CaseTask>();

        if (file.Stage == CaseStage.Reported)
        {
            var rule = procedure.RoleRuleFor(CaseStep.InitialAssessment);
            tasks.Add(new CaseTask(record.Id, CaseStep.InitialAssessment, Title(CaseStep.InitialAssessment), rule?.Roles[0] ?? routeOwner,
                record.ReportedAt + allowed, rule?.Clause ?? (route.Clauses.Count > 0 ? route.Clauses[0] : null), false));
        }

        var flags = facts.FlaggedAt.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var gate in procedure.Gates.Where(g => CaseGates.Applies(g, flags, facts.Outcome) && StillAhead(g.Before, file, facts)))
        {
            var step = gate.Requirement switch
            {
                CaseRequirement.StepRecorded => gate.Step,
                CaseRequirement.SeriousnessFactors => CaseStep.RecordSeriousness,
                CaseRequirement.RecipientsNotified => CaseStep.RecordNotified,
                _ => null,
            };
            if (step is null || CaseGates.Unmet(gate, procedure.Pack, facts, facts.Outcome, facts.BreachedClauses, out _) is null || tasks.Any(t => t.Step == step))
            {
                continue;
            }

            var from = gate.WhenOutcome is not null && facts.OutcomeAt is { } decided ? decided
                : gate.WhenFlagged is { } flag && facts.FlaggedAt.TryGetValue(flag, out var flagged) ? flagged
                : record.ReportedAt;
            tasks.Add(new CaseTask(record.Id, step.Value, Title(step.Value), owner, from + allowed, gate.Clause, gate.Before == GatePoint.Close));
        }

        // A flag raised after the outcome that the outcome contradicts (a genuine mistake noted after a
        // warning was recorded: testbourne.5c.17): the outcome is recorded again before the case closes.
        if (procedure.OutcomeNoLongerStands(facts) is { } broken)
        {
            tasks.Add(new CaseTask(record.Id, CaseStep.RecordOutcome, $"Record the outcome again: {broken.Missing}", owner, file.Entries[^1].At + allowed, broken.Clause, true));
        }

        foreach (var (trigger, at) in procedure.FlaggedTriggers(facts).OrderBy(t => t.Trigger.Mode))
        {
            var step = trigger.Mode == PoliceMode.AdviseEmployee ? CaseStep.RecordPoliceDecision : CaseStep.ContactPolice;
            var due = at + CaseUrgency.Allowed(trigger.Mode == PoliceMode.Immediate ? Urgency.Immediate : Urgency.AsSoonAsPossible);
            if (trigger.Mode == PoliceMode.Optional || facts.Has(step) || tasks.Any(t => t.Step == step))
            {
                continue;
            }

            var title = trigger.Mode == PoliceMode.Immediate ? "Contact the police now" : Title(step);
            // "The school" is whoever runs the case, so only a named office-holder becomes the owner.
            var taskOwner = trigger.Actor is { } actor and not (Role.School or Role.Trust or Role.Federation) ? actor : owner;
            tasks.Add(new CaseTask(record.Id, step, title, taskOwner, due, trigger.Clause, true));
        }

        return tasks;
    }

    /// <summary>Whether the point a gate guards still lies ahead of the case.</summary>
    private static bool StillAhead(GatePoint point, CaseFile file, CaseFacts facts) => point switch
    {
        GatePoint.LeaveReported => file.Stage == CaseStage.Reported,
        GatePoint.Outcome or GatePoint.BreachOutcome => facts.Outcome is null,
        GatePoint.Reply => !facts.Has(CaseStep.ReplyToJournalist),
        _ => true,
    };

    private static string Title(CaseStep step) => step switch
    {
        CaseStep.InitialAssessment => "Make the initial assessment",
        CaseStep.ContactPolice => "Refer the matter to the police",
        CaseStep.RecordPoliceDecision => "Decide whether to advise the member of staff to tell the police",
        CaseStep.RecordSupportOffered => "Offer support to the person affected and record it",
        CaseStep.RecordSeriousness => "Record the seriousness factors",
        CaseStep.RecordNotified => "Tell every recipient the policy names and record it",
        CaseStep.ConfirmRemoval => "Confirm the posting has been removed",
        CaseStep.ConfirmLeftSite => "Confirm the site was left at once, and when",
        CaseStep.FollowMediaPolicy => "Follow the media policy before any reply",
        CaseStep.InviteMeeting => "Invite the person to a meeting",
        _ => char.ToUpperInvariant(WorkflowText.Kebab(step)[0]) + WorkflowText.Kebab(step)[1..].Replace('-', ' '),
    };
}
