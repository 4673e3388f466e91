using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: a review closes with its outcome — no change, or a new version (an approved version
/// in the register) — and the approver, who must be someone the policy in force names as its
/// approver (<see cref="ApprovalAuthority"/>). Every open review task of the organisation and of
/// the schools under it is closed with the outcome. The next review runs from this one
/// (<see cref="PolicyReviewCalendar"/>).
/// </summary>
public static class CompletePolicyReview
{
    /// <summary>What the approver records.</summary>
    /// <param name="OrganisationId">The school, trust or federation.</param>
    /// <param name="ActorPersonId">The signed-in approver.</param>
    /// <param name="Outcome">No change, or a new version.</param>
    /// <param name="NewVersionId">For a new version: the approved version in the register.</param>
    /// <param name="CompletedOn">The day the review closed (a meeting date); today when not given; never in the future.</param>
    public sealed record Request(long OrganisationId, long ActorPersonId, ReviewOutcome Outcome, long? NewVersionId = null, DateOnly? CompletedOn = null);

    /// <summary>The stored review and the tasks it closed, or why it was refused.</summary>
    /// <param name="Review">The stored review; null when refused.</param>
    /// <param name="ClosedTasks">The review tasks closed.</param>
    /// <param name="Errors">Field → message; empty when recorded.</param>
    public sealed record Result(PolicyReviewRecord? Review, IReadOnlyList<ReviewTask> ClosedTasks, IReadOnlyDictionary<string, string> Errors);

    /// <summary>Validates, stores the review and closes the tasks.</summary>
    public static async Task<Result> HandleAsync(Request request, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ports);
        var today = GovernanceDay.Today(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (await PolicyHolder.FindAsync(request.OrganisationId, ports.Organisations, cancellationToken).ConfigureAwait(false) is not var (all, organisation, shipped, from))
        {
            errors["organisation"] = PolicyHolder.NoPack;
            return new Result(null, [], errors);
        }

        var actor = await GovernanceActor.LoadAsync(request.ActorPersonId, from, all, ports.People, errors, cancellationToken).ConfigureAwait(false);
        var versions = await ports.Versions.ListAsync(from.Id, cancellationToken).ConfigureAwait(false);
        var completedOn = request.CompletedOn ?? today;
        if (completedOn > today)
        {
            errors["completedOn"] = "A review cannot close in the future.";
        }

        var inForce = PolicyVersions.InForce(from, shipped, versions, completedOn > today ? today : completedOn);
        var approval = inForce.Pack.Approval;
        if (actor is not null && ApprovalAuthority.CapacityOf(actor, approval) is null)
        {
            errors["actor"] = $"Only {ApprovalAuthority.Describe(approval)} may close a review of this policy.";
        }

        PolicyVersion? issued = null;
        if (request.Outcome == ReviewOutcome.NewVersion)
        {
            issued = versions.FirstOrDefault(v => v.Id == request.NewVersionId && v.Status == PolicyVersionState.Approved);
            if (issued is null)
            {
                errors["newVersionId"] = "A review that issues a new version names it: approve the new version first, then close the review with it.";
            }
        }
        else if (request.NewVersionId is not null)
        {
            errors["newVersionId"] = "A review with no change issues no new version.";
        }

        if (errors.Count > 0)
        {
            return new Result(null, [], errors);
        }

        var review = new PolicyReviewRecord
        {
            OrganisationId = from.Id,
            PackId = inForce.Pack.Id,
            ReviewedVersion = inForce.VersionLabel,
            CompletedOn = completedOn,
            Outcome = request.Outcome,
            NewVersionId = issued?.Id,
            NewVersionLabel = issued?.Version,
            ApprovedByPersonId = actor!.Id,
            ApprovedByName = actor.DisplayName,
            ApprovingBody = ApprovalAuthority.MeetsAsBody(approval) ? approval.Body : null,
        };
        var id = await ports.Reviews.AddAsync(review, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);

        var outcome = issued is null ? "No change" : $"New version {issued.Version}";
        var closed = new List<ReviewTask>();
        foreach (var organisationId in all.Where(o => o.Id == from.Id || o.ParentId == from.Id).Select(o => o.Id))
        {
            foreach (var task in await ports.ReviewTasks.ListOpenAsync(organisationId, cancellationToken).ConfigureAwait(false))
            {
                await ports.ReviewTasks.CloseAsync(task.Id, completedOn, actor.Id, actor.DisplayName, outcome, cancellationToken).ConfigureAwait(false);
                closed.Add(task with { State = ReviewTaskState.Closed, ClosedOn = completedOn, ClosedByPersonId = actor.Id, ClosedByName = actor.DisplayName, Outcome = outcome });
            }
        }

        return new Result(review with { Id = id }, closed, errors);
    }
}
