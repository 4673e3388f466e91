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

    /// <summary>The pack in force and where it stands against its review cycle, without the review history or tasks.</summary>
    /// <param name="InForce">The pack in force and its version.</param>
    /// <param name="State">Due dates, status and warnings (no review cycle set).</param>
    public sealed record Position(PackInForce InForce, PolicyReviewState State);

    /// <summary>Reads the position on the clock's today; null when the organisation has no pack.</summary>
    public static async Task<Result?> HandleAsync(long organisationId, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ports);
        if (await ReadAsync(organisationId, ports, clock, cancellationToken).ConfigureAwait(false) is not var (inForce, state, completed))
        {
            return null;
        }

        var all = await ports.Organisations.ListAsync(cancellationToken).ConfigureAwait(false);
        var tasks = new List<ReviewTask>();
        foreach (var id in all.Where(o => o.Id == inForce.PackFrom.Id || o.ParentId == inForce.PackFrom.Id).Select(o => o.Id))
        {
            tasks.AddRange(await ports.ReviewTasks.ListOpenAsync(id, cancellationToken).ConfigureAwait(false));
        }

        return new Result(inForce, state, completed, tasks);
    }

    /// <summary>
    /// Only the pack in force and its calendar position, for the readers that show the due date and
    /// nothing else (the dashboard, the governors' report, the reminders): the same reckoning as
    /// <see cref="HandleAsync"/>, without reading the organisations' open review tasks.
    /// </summary>
    public static async Task<Position?> PositionAsync(long organisationId, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ports);
        return await ReadAsync(organisationId, ports, clock, cancellationToken).ConfigureAwait(false) is var (inForce, state, _)
            ? new Position(inForce, state)
            : null;
    }

    private static async Task<(PackInForce InForce, PolicyReviewState State, IReadOnlyList<PolicyReviewRecord> Completed)?> ReadAsync(
        long organisationId, GovernancePorts ports, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = GovernanceDay.Today(clock);
        if (await PolicyVersions.InForceAsync(organisationId, today, ports.Organisations, ports.Versions, cancellationToken).ConfigureAwait(false) is not { } inForce)
        {
            return null;
        }

        var completed = await ports.Reviews.ListAsync(inForce.PackFrom.Id, cancellationToken).ConfigureAwait(false);
        return (inForce, PolicyReviewCalendar.On(inForce.Pack, [.. completed.Select(r => r.ToCompleted())], today), completed);
    }
}
