using Lanyard.Core.Organisations;
using Lanyard.Core.People;

namespace Lanyard.Core.Connections;

/// <summary>
/// Use case: the open hold requests a person must decide, oldest first: those addressed to a role the
/// register shows them in (a deputy DSL sees the DSL's), at their school, each with the decision that
/// opened it. Someone who is not staff of the school, or holds none of the roles, has none.
/// </summary>
public static class ListOpenHoldRequests
{
    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="RoleHolderId">The register id of the person whose queue it is.</param>
    public sealed record Request(long OrganisationId, long RoleHolderId);

    /// <summary>One open request.</summary>
    /// <param name="Hold">The request.</param>
    /// <param name="Decision">The decision that opened it: the question, the reasons and the clauses.</param>
    public sealed record Item(ConnectionHoldRequest Hold, ConnectionDecisionRecord Decision);

    /// <summary>Lists them.</summary>
    public static async Task<IReadOnlyList<Item>> HandleAsync(Request request, IOrganisationRegister organisations, IPeopleRegister people, IConnectionLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(log);
        var school = await SchoolInContext.FindAsync(request.OrganisationId, organisations, cancellationToken).ConfigureAwait(false);
        var holder = await people.GetAsync(request.RoleHolderId, cancellationToken).ConfigureAwait(false);
        if (school is null || holder is null || holder.Kind != PersonKind.Staff || !ConnectionPorts.BelongsTo(holder, school))
        {
            return [];
        }

        var items = new List<Item>();
        foreach (var hold in await log.OpenHoldsAsync(request.OrganisationId, cancellationToken).ConfigureAwait(false))
        {
            // Their own connection is never theirs to decide, whatever role they hold.
            if (hold.StaffId == holder.Id || !ConnectionRoles.ActsAs(holder, hold.AddressedTo))
            {
                continue;
            }

            var decision = await log.GetDecisionAsync(hold.DecisionId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Hold request {hold.Id} names decision {hold.DecisionId}, which is not in the log.");
            items.Add(new Item(hold, decision));
        }

        return items;
    }
}
