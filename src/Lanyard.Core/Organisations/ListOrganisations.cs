using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Organisations;

/// <summary>Use case: the organisation register, each with the pack in force there and where it comes from.</summary>
public static class ListOrganisations
{
    /// <summary>One organisation.</summary>
    /// <param name="Id">Register id.</param>
    /// <param name="Name">Name.</param>
    /// <param name="Level">School, trust or federation.</param>
    /// <param name="ParentName">The trust or federation it belongs to, if any.</param>
    /// <param name="PackId">The pack in force, own or inherited; null when none is attached.</param>
    /// <param name="PackTitle">That pack's title.</param>
    /// <param name="InheritedFrom">The organisation the pack is inherited from; null when it is the organisation's own.</param>
    public sealed record Item(long Id, string Name, OrganisationLevel Level, string? ParentName, string? PackId, string? PackTitle, string? InheritedFrom);

    /// <summary>Lists the register, trusts and federations first with their schools after them.</summary>
    public static async Task<IReadOnlyList<Item>> HandleAsync(IOrganisationRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        var all = await register.ListAsync(cancellationToken).ConfigureAwait(false);
        var byId = all.ToDictionary(o => o.Id);
        return [.. all
            .OrderBy(o => o.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent.Name : o.Name, StringComparer.CurrentCulture)
            .ThenBy(o => o.ParentId is null ? 0 : 1)
            .ThenBy(o => o.Name, StringComparer.CurrentCulture)
            .Select(o => ToItem(o, byId))];
    }

    private static Item ToItem(Organisation organisation, Dictionary<long, Organisation> byId)
    {
        var parent = organisation.ParentId is { } id && byId.TryGetValue(id, out var p) ? p : null;
        var (packId, inheritedFrom) = organisation.PackId is { } own
            ? (own, (string?)null)
            : parent?.PackId is { } inherited ? (inherited, parent.Name) : (null, null);
        var title = packId is not null && BuiltInPacks.Ids.Contains(packId, StringComparer.Ordinal) ? BuiltInPacks.Get(packId).Title : null;
        return new Item(organisation.Id, organisation.Name, organisation.Level, parent?.Name, packId, title, inheritedFrom);
    }
}
