namespace Lanyard.Core.Governance;

/// <summary>
/// Use case: where an organisation's policy stands against its review cycle today — the pack in
/// force, the calendar's position from the completed reviews, and the open review tasks.
/// </summary>
public static class PolicyReviewStatus
{
    /// <summary>The position.</summary>
    /// <param name="InForce">The pack in force and its version.</param>
    /// <param name="State">Due dates, status and warnings (no review cycle set).</param>
    /// <param name="Completed">Every completed review, oldest first.</param>
    /// <param name="OpenTasks">Review tasks still open (early-review triggers).</param>
    public sealed record Result(PackInForce InForce, PolicyReviewState State, IReadOnlyList<PolicyReviewRecord> Completed, IReadOnlyList<ReviewTask> OpenTasks);

    /// <summary>Reads the position on the clock's today; null when the organisation has no pack.</summary>
    public static async Task<Result?> HandleAsync(long organisationId, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ports);
        var today = GovernanceDay.Today(clock);
        if (await PolicyVersions.InForceAsync(organisationId, today, ports.Organisations, ports.Versions, cancellationToken).ConfigureAwait(false) is not { } inForce)
        {
            return null;
        }

        var completed = await ports.Reviews.ListAsync(inForce.PackFrom.Id, cancellationToken).ConfigureAwait(false);
        var state = PolicyReviewCalendar.On(inForce.Pack, [.. completed.Select(r => r.ToCompleted())], today);
        var all = await ports.Organisations.ListAsync(cancellationToken).ConfigureAwait(false);
        var tasks = new List<ReviewTask>();
        foreach (var id in all.Where(o => o.Id == inForce.PackFrom.Id || o.ParentId == inForce.PackFrom.Id).Select(o => o.Id))
        {
            tasks.AddRange(await ports.ReviewTasks.ListOpenAsync(id, cancellationToken).ConfigureAwait(false));
        }

        return new Result(inForce, state, completed, tasks);
    }
}
