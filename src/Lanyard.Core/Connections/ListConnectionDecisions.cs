namespace Lanyard.Core.Connections;

/// <summary>Use case: a school's recorded connection decisions, newest first, or one member of staff's.</summary>
public static class ListConnectionDecisions
{
    /// <summary>The most a single page lists.</summary>
    public const int MaximumLimit = 500;

    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="StaffId">Only this member of staff's decisions; null for everyone's.</param>
    /// <param name="Limit">How many, newest first (1 to <see cref="MaximumLimit"/>).</param>
    public sealed record Request(long OrganisationId, long? StaffId = null, int Limit = 100);

    /// <summary>Lists them.</summary>
    public static Task<IReadOnlyList<ConnectionDecisionRecord>> HandleAsync(Request request, IConnectionLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(log);
        return log.DecisionsAsync(request.OrganisationId, request.StaffId, Math.Clamp(request.Limit, 1, MaximumLimit), cancellationToken);
    }
}
