using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Core.Organisations;

/// <summary>A school with the pack in force there (its own or its trust's or federation's).</summary>
/// <param name="School">The school.</param>
/// <param name="Pack">The pack in force, or null when none is attached.</param>
/// <param name="PackFrom">The organisation the pack is attached to (the school itself, or its trust or federation).</param>
public sealed record SchoolInContext(Organisation School, PolicyPack? Pack, Organisation? PackFrom)
{
    /// <summary>
    /// Finds an organisation and the pack in force there today; null when the id is not in the
    /// register. When the register is also an <see cref="IPolicyInForceSource"/> (the hosts wire the
    /// policy register in), an approved version in force replaces the shipped pack.
    /// </summary>
    public static async Task<SchoolInContext?> FindAsync(long organisationId, IOrganisationRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        var all = await register.ListAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(o => o.Id == organisationId) is { } school
            ? await Of(school, all).WithVersionInForceAsync(register, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// This context with the version of its pack in force today, when <paramref name="register"/>
    /// knows the policy register (<see cref="IPolicyInForceSource"/>); else this context unchanged.
    /// </summary>
    public async Task<SchoolInContext> WithVersionInForceAsync(IOrganisationRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(register);
        return register is IPolicyInForceSource source && Pack is { } shipped && PackFrom is { } from
            ? this with { Pack = await source.InForceAsync(from, shipped, cancellationToken).ConfigureAwait(false) }
            : this;
    }

    /// <summary>The shipped pack attached to a school (its own, or its trust's or federation's), read from a listing of the register already in hand.</summary>
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
