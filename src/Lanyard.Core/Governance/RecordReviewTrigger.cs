using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: an event that forces an early review opens a review task. Two ways in:
/// <list type="bullet">
/// <item><see cref="HandleAsync"/>: a user records the event (e.g. Chapmanslade review.05, statutory
/// guidance changed). An event the policy does not list in its review triggers is still recorded —
/// the school may always review early — but the result says "the policy does not name this trigger"
/// and the task cites no clause. A second open task for the same event is refused.</item>
/// <item><see cref="SignificantIncidentAsync"/>: the casework hook when a case is closed as a
/// significant incident. Nobody chose to review, so it opens a task only where the policy names
/// significant incidents as a trigger (Cambrian monitoring-review.03): a pack's silence is not
/// another pack's rule. One task per case.</item>
/// </list>
/// The first official account (Chapmanslade review.01) is raised by the account register.
/// </summary>
public static class RecordReviewTrigger
{
    /// <summary>The notice for an event the policy does not list.</summary>
    public const string NotNamedNotice = "The policy does not name this trigger: the review task is opened at the school's discretion.";

    /// <summary>What the user records.</summary>
    /// <param name="OrganisationId">The school, trust or federation.</param>
    /// <param name="ActorPersonId">The signed-in member of staff.</param>
    /// <param name="Trigger">The event.</param>
    /// <param name="Note">What happened, in a line (e.g. which guidance changed).</param>
    public sealed record Request(long OrganisationId, long ActorPersonId, ReviewTrigger Trigger, string? Note);

    /// <summary>The task opened, or why not.</summary>
    /// <param name="Task">The stored task; null when refused.</param>
    /// <param name="PolicyNamesTrigger">True when the pack lists the event among its review triggers.</param>
    /// <param name="Notice">The notice when it does not; null otherwise.</param>
    /// <param name="Errors">Field → message; empty when recorded.</param>
    public sealed record Result(ReviewTask? Task, bool PolicyNamesTrigger, string? Notice, IReadOnlyDictionary<string, string> Errors);

    /// <summary>Validates and opens the task.</summary>
    public static async Task<Result> HandleAsync(Request request, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ports);
        var today = GovernanceDay.Today(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (await PolicyHolder.FindAsync(request.OrganisationId, ports.Organisations, cancellationToken).ConfigureAwait(false) is not var (all, organisation, shipped, from))
        {
            errors["organisation"] = PolicyHolder.NoPack;
            return new Result(null, false, null, errors);
        }

        var actor = await GovernanceActor.LoadAsync(request.ActorPersonId, from, all, ports.People, errors, cancellationToken).ConfigureAwait(false);
        if (actor is not null && !GovernanceActor.MayEdit(actor))
        {
            errors["actor"] = "Only the head teacher, deputy head, SLT, governors or the COO may record a review trigger.";
        }

        if (string.IsNullOrWhiteSpace(request.Note))
        {
            errors["note"] = "Say what happened, in a line.";
        }

        var open = await ports.ReviewTasks.ListOpenAsync(organisation.Id, cancellationToken).ConfigureAwait(false);
        if (open.FirstOrDefault(t => t.Trigger == request.Trigger && t.CaseId is null) is { } already)
        {
            errors["trigger"] = $"A review for this event is already open (raised {GovernanceDay.Date(already.RaisedOn)}).";
        }

        if (errors.Count > 0)
        {
            return new Result(null, false, null, errors);
        }

        var versions = await ports.Versions.ListAsync(from.Id, cancellationToken).ConfigureAwait(false);
        var inForce = PolicyVersions.InForce(from, shipped, versions, today);
        var named = inForce.Pack.Review.Triggers.Contains(request.Trigger);
        var task = Task(organisation.Id, inForce, request.Trigger, today, request.Note!.Trim(), named);
        var id = await ports.ReviewTasks.AddAsync(task, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new Result(task with { Id = id }, named, named ? null : NotNamedNotice, errors);
    }

    /// <summary>What closing a case as a significant incident did to the policy's review, in words for the case page.</summary>
    /// <param name="Task">The early-review task opened; null when none was.</param>
    /// <param name="Notice">Why a task was or was not opened, citing the clause where there is one.</param>
    public sealed record IncidentReview(ReviewTask? Task, string Notice);

    /// <summary>
    /// The casework hook: a case at <paramref name="organisationId"/> was closed as a significant
    /// incident. Opens an early-review task when the policy in force names significant incidents as a
    /// trigger and none is open for the case yet (a case reopened and closed again opens no second).
    /// </summary>
    public static async Task<IncidentReview> SignificantIncidentAsync(
        long organisationId, long caseId, IOrganisationRegister organisations, IPolicyVersionRegister versions, IReviewTaskRegister tasks, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(clock);
        var today = GovernanceDay.Today(clock);
        if (await PolicyVersions.InForceAsync(organisationId, today, organisations, versions, cancellationToken).ConfigureAwait(false) is not { } inForce)
        {
            return new IncidentReview(null, "No policy is in force for this school, so no early review was opened.");
        }

        if (!inForce.Pack.Review.Triggers.Contains(ReviewTrigger.SignificantIncident))
        {
            return new IncidentReview(null, $"The policy in force ({inForce.VersionLabel}) does not name significant incidents among its review triggers, so no early review was opened.");
        }

        var open = await tasks.ListOpenAsync(organisationId, cancellationToken).ConfigureAwait(false);
        if (open.FirstOrDefault(t => t.CaseId == caseId) is { } already)
        {
            return new IncidentReview(null, $"An early policy review for this case is already open (raised {GovernanceDay.Date(already.RaisedOn)}).");
        }

        var task = Task(organisationId, inForce, ReviewTrigger.SignificantIncident, today, "A case was closed as a significant incident.", named: true) with { CaseId = caseId };
        var id = await tasks.AddAsync(task, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var reviewer = task.Reviewer is null ? "whoever reviews the policy" : $"the {task.Reviewer}";
        return new IncidentReview(task with { Id = id },
            $"The policy is reviewed early after a significant incident{(task.ClauseId is null ? string.Empty : $" ({task.ClauseId})")}: an early review task is open for {reviewer}.");
    }

    private static ReviewTask Task(long organisationId, PackInForce inForce, ReviewTrigger trigger, DateOnly today, string note, bool named)
    {
        var pack = inForce.Pack;
        var clause = named ? TriggerClause(pack, trigger) : null;
        var reviewer = pack.Review.Reviewer;
        var why = named
            ? $"The policy is reviewed early when this happens{(clause is null ? string.Empty : $" ({clause})")}."
            : "The policy does not name this event as a trigger; the school chose to review early.";
        return new ReviewTask
        {
            OrganisationId = organisationId,
            PackId = pack.Id,
            PackVersion = inForce.VersionLabel,
            Kind = ReviewTaskKind.EarlyReview,
            Trigger = trigger,
            ClauseId = clause,
            Title = "Early policy review",
            Description = $"{Describe(trigger)} recorded on {GovernanceDay.Date(today)}: {note} {why} {(reviewer is null ? "Whoever reviews the policy" : $"The {reviewer}")} should review it and record the outcome.",
            Reviewer = reviewer,
            RaisedOn = today,
        };
    }

    /// <summary>The review clause whose words name the event, e.g. Chapmanslade review.05 for statutory guidance; null when none does.</summary>
    public static string? TriggerClause(PolicyPack pack, ReviewTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var words = trigger switch
        {
            ReviewTrigger.StatutoryGuidanceChange => ["statutory guidance"],
            ReviewTrigger.FirstOfficialAccount => ["account"],
            ReviewTrigger.Legislation => ["legislat"],
            ReviewTrigger.GoodPracticeGuidance => ["good practice", "good-practice"],
            ReviewTrigger.CaseLaw => ["case law"],
            ReviewTrigger.SignificantIncident => ["incident"],
            ReviewTrigger.TechnologyChange => ["technolog"],
            _ => Array.Empty<string>(),
        };
        return pack.Review.Clauses
            .Select(pack.FindClause)
            .FirstOrDefault(c => c is not null && words.Any(w => c.Summary.Contains(w, StringComparison.OrdinalIgnoreCase)))?.Id;
    }

    private static string Describe(ReviewTrigger trigger) => trigger switch
    {
        ReviewTrigger.StatutoryGuidanceChange => "A change in statutory guidance",
        ReviewTrigger.FirstOfficialAccount => "The school's first official account",
        ReviewTrigger.Legislation => "New or changed legislation",
        ReviewTrigger.GoodPracticeGuidance => "New good-practice guidance",
        ReviewTrigger.CaseLaw => "Relevant case law",
        ReviewTrigger.SignificantIncident => "A significant incident",
        ReviewTrigger.TechnologyChange => "A change in technology",
        _ => "An event",
    };
}
