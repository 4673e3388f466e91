using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Casework;

/// <summary>What a pack says about who receives one type of case, wherever in the pack it says it.</summary>
/// <param name="Recipients">The roles named, in order; empty when the pack names nobody.</param>
/// <param name="Notify">All of them, or any one.</param>
/// <param name="Urgency">How quickly, where the pack says.</param>
/// <param name="Fallback">Who receives it when every recipient is absent, where the pack says.</param>
/// <param name="Clauses">The clauses it comes from; empty when the pack is silent.</param>
public sealed record PackRoute(IReadOnlyList<Role> Recipients, NotifyMode Notify, Urgency? Urgency, RoutingFallback? Fallback, IReadOnlyList<string> Clauses)
{
    /// <summary>
    /// The route for <paramref name="type"/>: a casework route naming the type, else row 17 for a
    /// safeguarding concern and row 18 for online abuse of staff; empty when the pack says nothing.
    /// </summary>
    public static PackRoute For(PolicyPack pack, CaseType type)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var parameters = pack.Parameters;
        if (parameters.Casework?.Routes.FirstOrDefault(r => r.CaseTypes.Contains(type)) is { } route)
        {
            return new PackRoute(route.Recipients, route.Notify, route.Urgency, route.Fallback, [route.Clause]);
        }

        var row = type switch
        {
            CaseType.SafeguardingConcern => parameters.SafeguardingRouting,
            CaseType.OnlineAbuseOfStaff => parameters.StaffVictimRouting,
            _ => null,
        };
        return row is null
            ? new PackRoute([], NotifyMode.AnyOne, null, null, [])
            : new PackRoute(row.RecipientUnnamed ? [] : row.Recipients, row.Notify, row.Urgency, row.Fallback, row.Clauses);
    }
}
