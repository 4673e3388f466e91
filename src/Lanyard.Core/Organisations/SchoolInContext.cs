using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Organisations;

/// <summary>A school with the pack in force there (its own or its trust's or federation's).</summary>
/// <param name="School">The school.</param>
/// <param name="Pack">The pack in force, or null when none is attached.</param>
/// <param name="PackFrom">The organisation the pack is attached to (the school itself, or its trust or federation).</param>
public sealed record SchoolInContext(Organisation School, PolicyPack? Pack, Organisation? PackFrom)
{
    /// <summary>Finds an organisation and the pack in force there; null when the id is not in the register.</summary>
    public static async Task<SchoolInContext?> FindAsync(long organisationId, IOrganisationRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        var all = await register.ListAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(o => o.Id == organisationId) is { } school ? Of(school, all) : null;
    }

    /// <summary>The pack in force at a school, read from a listing of the register already in hand.</summary>
    public static SchoolInContext Of(Organisation school, IReadOnlyList<Organisation> all)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(all);
        var parent = school.ParentId is { } parentId ? all.FirstOrDefault(o => o.Id == parentId) : null;
        var from = school.PackId is not null ? school : parent?.PackId is not null ? parent : null;
        var pack = from?.PackId is { } id && BuiltInPacks.Ids.Contains(id, StringComparer.Ordinal) ? BuiltInPacks.Get(id) : null;
        return new SchoolInContext(school, pack, pack is null ? null : from);
    }

    /// <summary>The school year containing the given day, by this school's year start.</summary>
    public Checking.Pupils.SchoolYear SchoolYearOn(DateOnly day) =>
        Checking.Pupils.SchoolYear.Containing(day, School.YearStartMonth, School.YearStartDay);
}
