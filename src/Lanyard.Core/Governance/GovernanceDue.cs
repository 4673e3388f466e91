using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: what governance work is due across organisations (<c>lanyard governance due</c>, and
/// later the head teacher's and governors' dashboard): each policy's review position (from the
/// organisation the pack is attached to), and at each school the declaration completion and who is
/// due training.
/// </summary>
public static class GovernanceDue
{
    /// <summary>One organisation's position.</summary>
    /// <param name="Organisation">The organisation.</param>
    /// <param name="PackId">The pack in force there.</param>
    /// <param name="Version">The version in force.</param>
    /// <param name="Review">The review position, for the organisation the pack is attached to; null for a school that inherits it.</param>
    /// <param name="OpenReviewTasks">Early-review tasks open at this organisation.</param>
    /// <param name="Declarations">Declaration status (required or not, completion).</param>
    /// <param name="Training">Training status (required or not, who is due).</param>
    public sealed record OrganisationDue(
        Organisation Organisation,
        string PackId,
        string Version,
        PolicyReviewState? Review,
        IReadOnlyList<ReviewTask> OpenReviewTasks,
        DeclarationStatus.Result Declarations,
        TrainingDue.Result Training)
    {
        /// <summary>True when anything needs doing: a review due soon, today or overdue, an open review task, a declaration outstanding, training due.</summary>
        public bool AnythingDue =>
            Review?.Status is ReviewStatus.DueSoon or ReviewStatus.DueToday or ReviewStatus.Overdue
            || OpenReviewTasks.Count > 0 || Declarations.OutstandingCount > 0 || Training.DueCount > 0;
    }

    /// <summary>Every organisation with a pack in force, by name; optionally only some.</summary>
    /// <param name="OrganisationIds">The organisations to include (a trust and its schools); null for all.</param>
    public sealed record Request(IReadOnlyList<long>? OrganisationIds = null);

    /// <summary>The position of each organisation, by name.</summary>
    /// <param name="Today">The day it is for.</param>
    /// <param name="Organisations">One entry per organisation with a pack in force.</param>
    public sealed record Result(DateOnly Today, IReadOnlyList<OrganisationDue> Organisations);

    /// <summary>Reads the position on the clock's today.</summary>
    public static async Task<Result> HandleAsync(Request request, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(ports);
        var today = GovernanceDay.Today(clock);
        var all = await ports.Organisations.ListAsync(cancellationToken).ConfigureAwait(false);
        var due = new List<OrganisationDue>();
        foreach (var organisation in all.Where(o => request.OrganisationIds is null || request.OrganisationIds.Contains(o.Id)))
        {
            if (SchoolInContext.Of(organisation, all) is not { Pack: not null, PackFrom: { } from })
            {
                continue;
            }

            var review = from.Id == organisation.Id
                ? await PolicyReviewStatus.HandleAsync(organisation.Id, ports, clock, cancellationToken).ConfigureAwait(false)
                : null;
            var declarations = await DeclarationStatus.HandleAsync(organisation.Id, ports, clock, cancellationToken).ConfigureAwait(false);
            var training = await TrainingDue.HandleAsync(organisation.Id, ports, clock, cancellationToken).ConfigureAwait(false);
            var tasks = await ports.ReviewTasks.ListOpenAsync(organisation.Id, cancellationToken).ConfigureAwait(false);
            var inForce = declarations.InForce!;
            due.Add(new OrganisationDue(organisation, inForce.Pack.Id, inForce.VersionLabel, review?.State, tasks, declarations, training));
        }

        return new Result(today, due);
    }
}
