using Lanyard.Core.Connections;
using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Governance;

/// <summary>
/// The staff of an organisation the pack binds, by the same mapping the connection check uses
/// (<see cref="ConnectionRoles.ForBinding"/>): anyone employed counts as staff (a pack binding
/// "staff" or "employees" binds them); someone who is only a governor, volunteer, contractor or
/// agency worker is bound when the pack names that capacity (governors → governor and chair of
/// governors). Pupils and parents are never asked to sign.
/// </summary>
internal static class BoundStaff
{
    public static async Task<IReadOnlyList<Person>> ListAsync(long organisationId, PolicyPack pack, IPeopleRegister people, CancellationToken cancellationToken)
    {
        var staff = await people.ListAsync(organisationId, PersonKind.Staff, cancellationToken).ConfigureAwait(false);
        return [.. staff.Where(p => IsBound(p, pack))];
    }

    public static bool IsBound(Person person, PolicyPack pack) =>
        person.Kind == PersonKind.Staff && CheckConnection.IsBound(pack, ConnectionRoles.ForBinding(person, pack));
}
