using Lanyard.Core.Organisations;
using Lanyard.Core.People;

namespace Lanyard.Core.Connections;

/// <summary>The registers and the log the connection use cases read and write, passed along together.</summary>
/// <param name="Organisations">Schools and the pack in force.</param>
/// <param name="People">Staff, pupils, parents and their ties.</param>
/// <param name="Log">Decisions, holds, exceptions and advice.</param>
internal sealed record ConnectionPorts(IOrganisationRegister Organisations, IPeopleRegister People, IConnectionLog Log)
{
    /// <summary>Whether the person belongs to the school: its own people, or staff employed centrally by its trust or federation.</summary>
    public static bool BelongsTo(Person person, SchoolInContext school) =>
        person.OrganisationId == school.School.Id
        || (person.Kind == PersonKind.Staff && school.School.ParentId is { } parent && person.OrganisationId == parent);
}
