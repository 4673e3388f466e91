using Lanyard.Core.People;

namespace Lanyard.Core.Audit;

/// <summary>
/// The people register with every write recorded in the audit log (issue 5: "every create, change
/// and view of … a person record"): hosts register this around the store, so no path that adds or
/// changes a person — a form, a roster import, the command line — can skip the log. Reads pass
/// straight through; a deliberate view of a person's record is audited by the use case that shows
/// it (<see cref="PersonDetails"/>), because the register is also read for routing and checks that
/// are not a person looking at a record.
/// </summary>
public sealed class AuditedPeopleRegister(IPeopleRegister inner, IAuditLog audit, Func<AuditActor> actor, TimeProvider clock) : IPeopleRegister
{
    /// <summary>The subject kind for person records.</summary>
    public const string Subject = "person";

    /// <inheritdoc />
    public Task<IReadOnlyList<Person>> ListAsync(long organisationId, PersonKind? kind, CancellationToken cancellationToken) => inner.ListAsync(organisationId, kind, cancellationToken);

    /// <inheritdoc />
    public Task<Person?> GetAsync(long id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    /// <inheritdoc />
    public async Task<long> AddAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var id = await inner.AddAsync(person, cancellationToken).ConfigureAwait(false);
        await LogAsync(AuditAction.Create, id, person.OrganisationId, "person " + Kind(person.Kind), cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <inheritdoc />
    public async Task UpdateAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        await inner.UpdateAsync(person, cancellationToken).ConfigureAwait(false);
        await LogAsync(AuditAction.Change, person.Id, person.OrganisationId, "person details", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ParentLink>> ParentLinksAsync(long organisationId, CancellationToken cancellationToken) => inner.ParentLinksAsync(organisationId, cancellationToken);

    /// <inheritdoc />
    public async Task AddParentLinkAsync(ParentLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        await inner.AddParentLinkAsync(link, cancellationToken).ConfigureAwait(false);
        await LogAsync(AuditAction.Change, link.PupilId, null, "parent link added", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StaffRelationship>> RelationshipsAsync(long staffId, CancellationToken cancellationToken) => inner.RelationshipsAsync(staffId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StaffRelationship>> RelationshipsWithAsync(long otherId, CancellationToken cancellationToken) => inner.RelationshipsWithAsync(otherId, cancellationToken);

    /// <inheritdoc />
    public async Task<long> AddRelationshipAsync(StaffRelationship relationship, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var id = await inner.AddRelationshipAsync(relationship, recordedAt, cancellationToken).ConfigureAwait(false);
        await LogAsync(AuditAction.Change, relationship.StaffId, null, "relationship recorded", cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Absence>> AbsencesOnAsync(long organisationId, DateOnly day, CancellationToken cancellationToken) => inner.AbsencesOnAsync(organisationId, day, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Absence>> AbsencesOfAsync(long personId, CancellationToken cancellationToken) => inner.AbsencesOfAsync(personId, cancellationToken);

    /// <inheritdoc />
    public async Task AddAbsenceAsync(Absence absence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(absence);
        await inner.AddAbsenceAsync(absence, cancellationToken).ConfigureAwait(false);
        await LogAsync(AuditAction.Change, absence.PersonId, null, "absence recorded", cancellationToken).ConfigureAwait(false);
    }

    private static string Kind(PersonKind kind) => Workflows.WorkflowText.Kebab(kind);

    private Task LogAsync(AuditAction action, long personId, long? organisationId, string detail, CancellationToken cancellationToken)
    {
        var who = actor();
        return audit.AppendAsync(new AuditEvent(clock.GetUtcNow(), who.UserId, who.Name, action, Subject, personId, organisationId, detail), cancellationToken);
    }
}
