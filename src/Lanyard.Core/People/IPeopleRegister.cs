namespace Lanyard.Core.People;

/// <summary>Where people, their ties and absences are kept. Implemented over a real database in Lanyard.Data.</summary>
public interface IPeopleRegister
{
    /// <summary>The people of an organisation, optionally of one kind, ordered by family then given name.</summary>
    Task<IReadOnlyList<Person>> ListAsync(long organisationId, PersonKind? kind, CancellationToken cancellationToken);

    /// <summary>One person, or null.</summary>
    Task<Person?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Adds a person (and their roles); returns the new id.</summary>
    Task<long> AddAsync(Person person, CancellationToken cancellationToken);

    /// <summary>Replaces a person's details and roles.</summary>
    Task UpdateAsync(Person person, CancellationToken cancellationToken);

    /// <summary>The parent links among an organisation's people.</summary>
    Task<IReadOnlyList<ParentLink>> ParentLinksAsync(long organisationId, CancellationToken cancellationToken);

    /// <summary>Links a parent to a pupil.</summary>
    Task AddParentLinkAsync(ParentLink link, CancellationToken cancellationToken);

    /// <summary>Every tie recorded for a member of staff.</summary>
    Task<IReadOnlyList<StaffRelationship>> RelationshipsAsync(long staffId, CancellationToken cancellationToken);

    /// <summary>Every tie recorded between a member of staff and the given pupil or parent.</summary>
    Task<IReadOnlyList<StaffRelationship>> RelationshipsWithAsync(long otherId, CancellationToken cancellationToken);

    /// <summary>Records a tie; returns its id.</summary>
    Task<long> AddRelationshipAsync(StaffRelationship relationship, DateTimeOffset recordedAt, CancellationToken cancellationToken);

    /// <summary>The absences of an organisation's staff that cover the given day.</summary>
    Task<IReadOnlyList<Absence>> AbsencesOnAsync(long organisationId, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Every absence recorded for one member of staff, latest first.</summary>
    Task<IReadOnlyList<Absence>> AbsencesOfAsync(long personId, CancellationToken cancellationToken);

    /// <summary>Records an absence.</summary>
    Task AddAbsenceAsync(Absence absence, CancellationToken cancellationToken);
}
