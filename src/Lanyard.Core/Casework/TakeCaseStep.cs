using System.Globalization;
using Lanyard.Core.Audit;
using Lanyard.Core.Governance;
using Lanyard.Core.Notifications;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Time;
using Lanyard.Core.Workflows;

namespace Lanyard.Core.Casework;

/// <summary>
/// Use case: take a step on a case (assess, escalate, record a response, an outcome, close…). The
/// case's procedure, built from the pack version it was reported under (<see cref="CasePacks"/>, read
/// through the policy register in <see cref="EarlyReviewPorts.Versions"/>), decides whether the step is
/// allowed now, for this actor's roles, with these details; a refused step writes nothing and says why,
/// naming the steps allowed or the requirement unmet and its clause. An allowed step is appended as
/// an entry citing its clauses, audited as "step &lt;name&gt;" (no free text), and notifies the
/// role a case is escalated to and the owner of any mandatory task it opens, honouring the absences
/// recorded for the day as the first report does (<see cref="CaseRouting.ToRole"/>): absent holders
/// are skipped, and when every holder is away the pack's cover is told, or where the pack names none,
/// Lanyard's default (the DSL, else the most senior member of staff present). When absence changed
/// who was told, the case's timeline records whom (by role) and why. Closing a case as a
/// significant incident (<see cref="CaseDetails.SignificantIncident"/>) opens an early policy review
/// where the policy in force names that trigger (Cambrian monitoring-review.03), and says so either way.
/// <para>
/// With <see cref="Request.Corrects"/> the step is a correction of that entry, not a step through the
/// procedure (<see cref="CaseProcedure.CheckCorrection"/> says what a correction may do and who may
/// make it; <see cref="CaseCorrections"/> how the case then reads): it re-records the corrected
/// entry's step with the corrected details and a required note saying what was wrong, leaves the
/// stage where it is, and is audited as "correct entry &lt;id&gt;". The procedure re-reads the case
/// as corrected: a task the corrected details no longer need closes; one they now need opens and its
/// owner is told like any new task; an escalation corrected to another role tells that role; a close
/// corrected to a significant incident opens the early review as closing so would have.
/// </para>
/// </summary>
public static class TakeCaseStep
{
    private const int MaxNote = 4000;

    /// <summary>What the actor does.</summary>
    /// <param name="Actor">The signed-in member of staff.</param>
    /// <param name="CaseId">The case.</param>
    /// <param name="Step">The step.</param>
    /// <param name="Details">Its details, keyed by <see cref="CaseDetails"/>.</param>
    /// <param name="Note">What they write, if anything.</param>
    /// <param name="Corrects">The entry this one corrects, if it is a correction (then <paramref name="Step"/> is that entry's step, <paramref name="Details"/> its corrected details in full and <paramref name="Note"/> says what was wrong).</param>
    public sealed record Request(CaseActor Actor, long CaseId, CaseStep Step, IReadOnlyDictionary<string, string> Details, string? Note, long? Corrects);

    /// <summary>The entry appended and where the case now stands, or why the step was refused.</summary>
    /// <param name="Entry">The entry; null when refused.</param>
    /// <param name="Stage">The case's stage now.</param>
    /// <param name="AllowedNext">The steps allowed now.</param>
    /// <param name="OpenTasks">The tasks open now.</param>
    /// <param name="Refusal">Why the step was refused (the procedure's words), when it was.</param>
    /// <param name="Errors">Field → message; empty when taken.</param>
    public sealed record Result(CaseEntry? Entry, CaseStage Stage, IReadOnlyList<CaseStep> AllowedNext, IReadOnlyList<CaseTask> OpenTasks, string? Refusal, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the step was recorded.</summary>
        public bool Succeeded => Entry is not null;

        /// <summary>The early policy review opened by closing the case as a significant incident, if one was.</summary>
        public ReviewTask? EarlyReview { get; init; }

        /// <summary>What closing as a significant incident did to the policy's review (opened, already open, or the policy names no such trigger); null otherwise.</summary>
        public string? ReviewNotice { get; init; }

        /// <summary>Who the step notified (an escalation's role, a new mandatory task's owner), and the role each was told in.</summary>
        public IReadOnlyList<RoutedRecipient> Notified { get; init; } = [];

        /// <summary>Why those notified are who they are, by role (absences, cover, defaults); empty when every holder of the role was told.</summary>
        public IReadOnlyList<string> NotificationReasons { get; init; } = [];
    }

    /// <summary>Checks the step against the case's procedure and records it.</summary>
    public static async Task<Result> HandleAsync(Request request, ICaseStore cases, IPeopleRegister people, IOrganisationRegister organisations, INotificationOutbox outbox, IAuditLog audit,
        EarlyReviewPorts reviews, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        // Only someone who reads the case in full may work on it (CaseAccess: role and relationship);
        // to anyone else the case does not exist, so its existence is not revealed.
        if (await CaseScope.OpenAsync(request.Actor, request.CaseId, CaseAccessLevel.Full, cases, organisations, cancellationToken).ConfigureAwait(false) is not { File: var file })
        {
            errors[nameof(Request.CaseId)] = "No case has that id.";
            return new Result(null, CaseStage.Reported, [], [], null, errors);
        }

        var pack = await new CasePacks(organisations, reviews.Versions).OfAsync(file.Case, cancellationToken).ConfigureAwait(false);
        if (pack is null)
        {
            errors[nameof(Request.CaseId)] = CasePacks.Unavailable(file.Case);
            return new Result(null, file.Stage, [], [], null, errors);
        }

        var procedure = CaseProcedures.For(pack, file.Case.Type);
        var assigneeRoles = await CheckRequestAsync(request, file, people, errors, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return new Result(null, file.Stage, procedure.AllowedNow(file), procedure.OpenTasks(file, now), null, errors);
        }

        var actorRoles = CaseRoles.PolicyRolesOf(request.Actor.Roles);
        var corrected = request.Corrects is { } correctedId ? file.Entries.FirstOrDefault(e => e.Id == correctedId) : null;
        var check = request.Corrects is { } target
            ? procedure.CheckCorrection(file, target, request.Step, [.. actorRoles], request.Details, assigneeRoles)
            : procedure.Check(file, request.Step, [.. actorRoles], request.Details, assigneeRoles);
        if (!check.Allowed)
        {
            errors[check.Field ?? nameof(Request.Step)] = check.Refusal!;
            return new Result(null, file.Stage, check.AllowedNow, procedure.OpenTasks(file, now), check.Refusal, errors);
        }

        var details = new Dictionary<string, string>(request.Details, StringComparer.Ordinal);
        if (check.Severity is { } severity)
        {
            details[CaseDetails.Severity] = WorkflowText.Kebab(severity);
        }

        var entry = new CaseEntry
        {
            CaseId = file.Case.Id,
            Step = request.Step,
            From = file.Stage,
            To = check.To,
            At = now,
            ByUserId = request.Actor.UserId,
            ByName = request.Actor.Name,
            ActingAs = corrected is not null ? procedure.CorrectsAs(request.Step, [.. actorRoles]) : procedure.RoleRuleFor(request.Step)?.Roles.FirstOrDefault(actorRoles.Contains),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            Details = details,
            Clauses = check.Clauses,
            Corrects = request.Corrects,
        };
        entry = entry with { Id = await cases.AppendEntryAsync(entry, cancellationToken).ConfigureAwait(false) };
        await audit.AppendAsync(new AuditEvent(now, request.Actor.UserId, request.Actor.UserId.ToString(CultureInfo.InvariantCulture), AuditAction.Change,
            "case", file.Case.Id, file.Case.OrganisationId,
            corrected is not null ? $"correct entry {corrected.Id.ToString(CultureInfo.InvariantCulture)}" : $"step {WorkflowText.Kebab(request.Step)}"), cancellationToken).ConfigureAwait(false);

        var after = file with { Entries = [.. file.Entries, entry] };
        var before = procedure.OpenTasks(file, now);
        var open = procedure.OpenTasks(after, now);
        var (notified, reasons) = await NotifyAsync(request, file, pack, after.Stage, before, open, people, outbox, cases, now, cancellationToken).ConfigureAwait(false);
        var review = request.Step == CaseStep.Close && details.GetValueOrDefault(CaseDetails.SignificantIncident) == "yes"
            && corrected?.Details.GetValueOrDefault(CaseDetails.SignificantIncident) != "yes"
            ? await RecordReviewTrigger.SignificantIncidentAsync(file.Case.OrganisationId, file.Case.Id, organisations, reviews.Versions, reviews.ReviewTasks, clock, cancellationToken).ConfigureAwait(false)
            : null;
        return new Result(entry, after.Stage, procedure.AllowedNow(after), open, null, errors)
        {
            EarlyReview = review?.Task,
            ReviewNotice = review?.Notice,
            Notified = notified,
            NotificationReasons = reasons,
        };
    }

    /// <summary>Checks the note, the correction and the person assigned; returns the assignee's pack roles when there is one.</summary>
    private static async Task<IReadOnlyCollection<Role>?> CheckRequestAsync(Request request, CaseFile file, IPeopleRegister people, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (request.Note?.Trim().Length > MaxNote)
        {
            errors[nameof(Request.Note)] = $"Keep a note to {MaxNote} characters; add another for more.";
        }

        if (request.Corrects is { } corrected && string.IsNullOrWhiteSpace(request.Note))
        {
            errors[nameof(Request.Note)] = $"Say what was wrong with entry {corrected.ToString(CultureInfo.InvariantCulture)}: a correction needs a note.";
        }

        // Only Lanyard names the people a routing told (they read the case in full); a correction may carry the value unchanged.
        if (request.Details.GetValueOrDefault(CaseDetails.NotifiedPeople) is { } named
            && !(request.Corrects is { } kept && file.Entries.FirstOrDefault(e => e.Id == kept)?.Details.GetValueOrDefault(CaseDetails.NotifiedPeople) == named))
        {
            errors[nameof(Request.Details)] = $"'{CaseDetails.NotifiedPeople}' is written by Lanyard when it tells people of a case, not given.";
        }

        if (request.Details.GetValueOrDefault(CaseDetails.AssignedTo) is not { } assigned)
        {
            return null;
        }

        var person = long.TryParse(assigned, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await people.GetAsync(id, cancellationToken).ConfigureAwait(false)
            : null;
        if (person is null || person.Kind != PersonKind.Staff || person.OrganisationId != file.Case.OrganisationId)
        {
            errors[nameof(Request.Details)] = "Assign the case to a member of staff of this school.";
            return null;
        }

        return [.. CaseRoles.PolicyRolesOf(person.Roles)];
    }

    /// <summary>
    /// Notifies the role a case is escalated to and the owner role of each new mandatory task, through
    /// <see cref="CaseRouting.ToRole"/> so absences count as they do for the first report. Where
    /// absence changed who was told, a <see cref="CaseStep.RecordNotified"/> entry per role told says so
    /// on the timeline (the roles and the reasons, no names); as after the first report, that entry makes
    /// the role told a routed reader only where the case's audience admits routed readers (<see cref="CaseAccess"/>).
    /// </summary>
    private static async Task<(IReadOnlyList<RoutedRecipient> Notified, IReadOnlyList<string> Reasons)> NotifyAsync(Request request, CaseFile file, PolicyPack pack, CaseStage stage,
        IReadOnlyList<CaseTask> before, IReadOnlyList<CaseTask> open, IPeopleRegister people, INotificationOutbox outbox, ICaseStore cases, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var caseId = file.Case.Id;
        var messages = new List<(Role Role, string Subject, string Body)>();
        var escalatedTo = request.Details.GetValueOrDefault(CaseDetails.EscalatedTo);
        var correctedTo = request.Corrects is { } corrected ? file.Entries.FirstOrDefault(e => e.Id == corrected)?.Details.GetValueOrDefault(CaseDetails.EscalatedTo) : null;
        if (request.Step == CaseStep.Escalate && escalatedTo != correctedTo && Enum.GetValues<Role>().Where(r => WorkflowText.Kebab(r) == escalatedTo).ToList() is [var target])
        {
            messages.Add((target, $"Case {caseId} has been escalated to you", $"Case {caseId} has been escalated to you in Lanyard. Open it to see what is needed."));
        }

        foreach (var task in open.Where(t => t.Mandatory && t.OwnerRole is not null && before.All(b => b.Step != t.Step)))
        {
            messages.Add((task.OwnerRole!.Value, $"Case {caseId} needs action",
                $"A task on case {caseId} needs you: {task.Title}. Due {Time.UkTime.Format(task.Due, "d MMMM yyyy HH:mm")}."));
        }

        if (messages.Count == 0)
        {
            return ([], []);
        }

        // The same day as the first report's routing reads absences for.
        var day = UkTime.DateOf(now);
        var staff = await people.ListAsync(file.Case.OrganisationId, PersonKind.Staff, cancellationToken).ConfigureAwait(false);
        var absences = await people.AbsencesOnAsync(file.Case.OrganisationId, day, cancellationToken).ConfigureAwait(false);
        var notified = new List<RoutedRecipient>();
        var reasons = new List<string>();
        foreach (var (recipientRole, subject, body) in messages)
        {
            var decision = CaseRouting.ToRole(pack, file.Case.Type, recipientRole, staff, absences, day);
            foreach (var recipient in decision.Recipients.Where(r => notified.All(n => n.Person.Id != r.Person.Id || n.Role != r.Role)))
            {
                notified.Add(recipient);
                await outbox.EnqueueAsync(new Notification
                {
                    OrganisationId = file.Case.OrganisationId,
                    RecipientPersonId = recipient.Person.Id,
                    Subject = subject,
                    Body = body,
                    Link = $"/cases/{caseId}",
                    CreatedAt = now,
                }, cancellationToken).ConfigureAwait(false);
            }

            reasons.AddRange(decision.Reasons);
            if (decision.Reasons.Count > 0)
            {
                await RecordToldAsync(request, file, stage, decision, cases, now, cancellationToken).ConfigureAwait(false);
            }
        }

        return (notified, reasons);
    }

    /// <summary>One <see cref="CaseStep.RecordNotified"/> entry per role told, its note the reasons (roles and clauses only).</summary>
    private static async Task RecordToldAsync(Request request, CaseFile file, CaseStage stage, RoutingDecision decision, ICaseStore cases, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var note = string.Join(" ", decision.Reasons);
        CaseEntry Entry(CaseStep step, string entryNote, Dictionary<string, string> details, IReadOnlyList<string> clauses) => new()
        {
            CaseId = file.Case.Id,
            Step = step,
            From = stage,
            To = stage,
            At = now,
            ByUserId = request.Actor.UserId,
            ByName = request.Actor.Name,
            Note = entryNote,
            Details = details,
            Clauses = clauses,
        };

        foreach (var told in decision.Recipients.GroupBy(r => r.Role))
        {
            var clause = told.First().Clause;
            await cases.AppendEntryAsync(Entry(CaseStep.RecordNotified, note, CaseRouting.NotifiedDetails(told.Key, told, decision.FallbackApplied), clause is null ? [] : [clause]),
                cancellationToken).ConfigureAwait(false);
        }

        if (decision.Recipients.Count == 0)
        {
            // Nobody could be told (nobody of any rank present): the timeline says so rather than nothing.
            await cases.AppendEntryAsync(Entry(CaseStep.AddNote, note + " Nobody present could be told.", new Dictionary<string, string>(StringComparer.Ordinal), []),
                cancellationToken).ConfigureAwait(false);
        }
    }
}
