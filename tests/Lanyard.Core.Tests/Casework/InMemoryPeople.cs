using Lanyard.Core.People;

namespace Lanyard.Core.Tests.Casework;

/// <summary>A people register in memory.</summary>
internal sealed class InMemoryPeople : IPeopleRegister
{
    public List<Person> People { get; } = [];
    private readonly List<ParentLink> _links = [];
    private readonly List<StaffRelationship> _relationships = [];
    public List<Absence> Absences { get; } = [];

    public Task<IReadOnlyList<Person>> ListAsync(long organisationId, PersonKind? kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Person>>([.. People.Where(p => p.OrganisationId == organisationId && (kind is null || p.Kind == kind))]);

    public Task<Person?> GetAsync(long id, CancellationToken cancellationToken) => Task.FromResult(People.FirstOrDefault(p => p.Id == id));

    public Task<long> AddAsync(Person person, CancellationToken cancellationToken)
    {
        var id = person.Id != 0 ? person.Id : People.Count + 1000L;
        People.Add(person with { Id = id });
        return Task.FromResult(id);
    }

    public Task UpdateAsync(Person person, CancellationToken cancellationToken)
    {
        People[People.FindIndex(p => p.Id == person.Id)] = person;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ParentLink>> ParentLinksAsync(long organisationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ParentLink>>([.. _links.Where(l => People.Any(p => p.Id == l.PupilId && p.OrganisationId == organisationId))]);

    public Task AddParentLinkAsync(ParentLink link, CancellationToken cancellationToken)
    {
        _links.Add(link);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StaffRelationship>> RelationshipsAsync(long staffId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StaffRelationship>>([.. _relationships.Where(r => r.StaffId == staffId)]);

    public Task<IReadOnlyList<StaffRelationship>> RelationshipsWithAsync(long otherId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StaffRelationship>>([.. _relationships.Where(r => r.OtherId == otherId)]);

    public Task<long> AddRelationshipAsync(StaffRelationship relationship, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        var id = _relationships.Count + 1L;
        _relationships.Add(relationship with { Id = id });
        return Task.FromResult(id);
    }

    public Task<IReadOnlyList<Absence>> AbsencesOnAsync(long organisationId, DateOnly day, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Absence>>([.. Absences.Where(a => a.FirstDay <= day && day <= a.LastDay && People.Any(p => p.Id == a.PersonId && p.OrganisationId == organisationId))]);

    public Task<IReadOnlyList<Absence>> AbsencesOfAsync(long personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Absence>>([.. Absences.Where(a => a.PersonId == personId)]);

    public Task AddAbsenceAsync(Absence absence, CancellationToken cancellationToken)
    {
        Absences.Add(absence);
        return Task.CompletedTask;
    }

    /// <summary>Adds a member of staff with the given roles.</summary>
    public Person Staff(long id, long organisationId, params StaffRole[] roles)
    {
        var person = new Person { Id = id, OrganisationId = organisationId, Kind = PersonKind.Staff, GivenName = $"Staff{id}", FamilyName = "Member", Roles = roles };
        People.Add(person);
        return person;
    }
}
