using Lanyard.Core.Policies;

namespace Lanyard.Core.Organisations;

/// <summary>
/// Use case: the schools a member of staff may act for. Staff of a school act for that school only;
/// staff employed by a trust or federation (a COO, a trust DSL) act for each school in it. Nobody
/// sees another organisation's registers.
/// </summary>
public static class SchoolsInScope
{
    /// <summary>The schools, ordered by name; empty when the organisation is not in the register.</summary>
    public static async Task<IReadOnlyList<Organisation>> HandleAsync(long organisationId, IOrganisationRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        return Of(organisationId, await register.ListAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The schools, from a listing of the register already in hand.</summary>
    public static IReadOnlyList<Organisation> Of(long organisationId, IReadOnlyList<Organisation> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var home = all.FirstOrDefault(o => o.Id == organisationId);
        if (home is null)
        {
            return [];
        }

        return home.Level == OrganisationLevel.School
            ? [home]
            : [.. all.Where(o => o.ParentId == home.Id && o.Level == OrganisationLevel.School).OrderBy(o => o.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>The school asked for if it is in scope, else the first in scope; null when none is.</summary>
    public static async Task<Organisation?> ChooseAsync(long organisationId, long? requested, IOrganisationRegister register, CancellationToken cancellationToken) =>
        Choose(await HandleAsync(organisationId, register, cancellationToken).ConfigureAwait(false), requested);

    /// <summary>
    /// The school asked for if it is among <paramref name="schools"/>; with none asked for, the first;
    /// null when the one asked for is out of scope (so the caller answers 404).
    /// </summary>
    public static Organisation? Choose(IReadOnlyList<Organisation> schools, long? requested)
    {
        ArgumentNullException.ThrowIfNull(schools);
        return schools.FirstOrDefault(s => s.Id == requested) ?? (requested is null && schools.Count > 0 ? schools[0] : null);
    }
}
