namespace Lanyard.Core.People;

/// <summary>
/// Use case: one person's record as a register admin reads it: their details and roles, their
/// parents or children, the ties recorded between them and staff, and (for staff) their absences.
/// Only within the schools the reader acts for: a person of any other school is "not found", the
/// same answer as an id that does not exist, so ids reveal nothing.
/// </summary>
public static class PersonDetails
{
    /// <summary>What the user asks for.</summary>
    /// <param name="PersonId">The person.</param>
    /// <param name="SchoolIds">The schools the reader acts for.</param>
    /// <param name="Viewer">Who is looking, for the audit log.</param>
    public sealed record Request(long PersonId, IReadOnlyCollection<long> SchoolIds, Audit.AuditActor Viewer);

    /// <summary>A tie between a member of staff and a pupil or parent, with both people.</summary>
    /// <param name="Relationship">The tie.</param>
    /// <param name="Staff">The member of staff.</param>
    /// <param name="Other">The pupil or parent.</param>
    public sealed record Tie(StaffRelationship Relationship, Person Staff, Person Other);

    /// <summary>The record.</summary>
    /// <param name="Person">The person.</param>
    /// <param name="Parents">A pupil's parents and carers.</param>
    /// <param name="Children">A parent's children in the school.</param>
    /// <param name="Ties">Ties recorded with staff (from a member of staff: with pupils and parents).</param>
    /// <param name="Absences">A member of staff's absences, latest first.</param>
    /// <param name="TieCandidates">Who a new tie could be with: pupils and parents for a member of staff; staff for a pupil or parent.</param>
    public sealed record Result(Person Person, IReadOnlyList<ListPeople.Link> Parents, IReadOnlyList<ListPeople.Link> Children, IReadOnlyList<Tie> Ties, IReadOnlyList<Absence> Absences, IReadOnlyList<Person> TieCandidates);

    /// <summary>The record, or null when there is no such person in the reader's schools.</summary>
    public static async Task<Result?> HandleAsync(Request request, IPeopleRegister register, Audit.IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        var person = await register.GetAsync(request.PersonId, cancellationToken).ConfigureAwait(false);
        if (person is null || !request.SchoolIds.Contains(person.OrganisationId))
        {
            return null;
        }

        var everyone = (await register.ListAsync(person.OrganisationId, null, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id);
        var links = await register.ParentLinksAsync(person.OrganisationId, cancellationToken).ConfigureAwait(false);
        var parents = links.Where(l => l.PupilId == person.Id && everyone.ContainsKey(l.ParentId)).Select(l => new ListPeople.Link(everyone[l.ParentId], l.Relationship)).ToList();
        var children = links.Where(l => l.ParentId == person.Id && everyone.ContainsKey(l.PupilId)).Select(l => new ListPeople.Link(everyone[l.PupilId], l.Relationship)).ToList();
        var isStaff = person.Kind == PersonKind.Staff;
        var relationships = isStaff
            ? await register.RelationshipsAsync(person.Id, cancellationToken).ConfigureAwait(false)
            : await register.RelationshipsWithAsync(person.Id, cancellationToken).ConfigureAwait(false);
        // A tie always joins two people of one school; one that does not (a person moved by hand) is left out, not shown half-known.
        var ties = relationships
            .Where(r => everyone.ContainsKey(r.StaffId) && everyone.ContainsKey(r.OtherId))
            .Select(r => new Tie(r, everyone[r.StaffId], everyone[r.OtherId]))
            .ToList();
        var absences = isStaff ? await register.AbsencesOfAsync(person.Id, cancellationToken).ConfigureAwait(false) : [];
        var candidates = everyone.Values
            .Where(p => p.Id != person.Id && (isStaff ? p.Kind != PersonKind.Staff : p.Kind == PersonKind.Staff))
            .OrderBy(p => p.Kind).ThenBy(p => p.FamilyName, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.GivenName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        // Issue 5: every view of a person record is audited (by id; never the name).
        await audit.AppendAsync(
            new Audit.AuditEvent(clock.GetUtcNow(), request.Viewer.UserId, request.Viewer.Name, Audit.AuditAction.View, Audit.AuditedPeopleRegister.Subject, person.Id, person.OrganisationId, "view person record"),
            cancellationToken).ConfigureAwait(false);
        return new Result(person, parents, children, ties, absences, candidates);
    }
}
