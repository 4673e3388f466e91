using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Notifications;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;

namespace Lanyard.Core.Tests.Casework;

/// <summary>In-memory stand-ins for the casework ports, for pure use-case tests (the real stores are tested in Lanyard.Data).</summary>
internal sealed class MemoryCases : ICaseStore
{
    public List<CaseRecord> Records { get; } = [];

    public List<CaseParty> Parties { get; } = [];

    public List<CaseEntry> Entries { get; } = [];

    public Task<long> AddCaseAsync(CaseRecord record, IReadOnlyList<CaseParty> parties, CancellationToken cancellationToken)
    {
        var id = Records.Count + 1L;
        Records.Add(record with { Id = id });
        Parties.AddRange(parties.Select((p, i) => p with { Id = Parties.Count + i + 1L, CaseId = id }));
        return Task.FromResult(id);
    }

    public Task<long> AppendEntryAsync(CaseEntry entry, CancellationToken cancellationToken)
    {
        var id = Entries.Count + 1L;
        Entries.Add(entry with { Id = id });
        return Task.FromResult(id);
    }

    public Task<long> AddPartyAsync(CaseParty party, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<long> AddEvidenceAsync(EvidenceItem item, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<CaseFile?> GetAsync(long caseId, CancellationToken cancellationToken) =>
        Task.FromResult(Records.FirstOrDefault(r => r.Id == caseId) is { } record
            ? new CaseFile(record, [.. Parties.Where(p => p.CaseId == caseId)], [.. Entries.Where(e => e.CaseId == caseId)], [])
            : null);

    public Task<IReadOnlyList<CaseFile>> ListAsync(IReadOnlyCollection<long> organisationIds, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<CaseFile>> ListForPersonAsync(long personId, CancellationToken cancellationToken) => throw new NotSupportedException();
}

internal sealed class MemoryOutbox : INotificationOutbox
{
    public List<Notification> Queued { get; } = [];

    public Task<long> EnqueueAsync(Notification notification, CancellationToken cancellationToken)
    {
        Queued.Add(notification with { Id = Queued.Count + 1L });
        return Task.FromResult((long)Queued.Count);
    }

    public Task<IReadOnlyList<Notification>> ForRecipientAsync(long personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Notification>>([.. Queued.Where(n => n.RecipientPersonId == personId)]);

    public Task<IReadOnlyList<Notification>> PendingAsync(int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task MarkSentAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task MarkFailedAsync(long id, string failure, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task MarkReadAsync(long id, long personId, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();
}

internal sealed class MemoryAudit : IAuditLog
{
    public List<AuditEvent> Events { get; } = [];

    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        Events.Add(auditEvent);
        return Task.CompletedTask;
    }
}

internal sealed class MemoryOrganisations(params Organisation[] organisations) : IOrganisationRegister
{
    public Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Organisation>>(organisations);

    public Task<Organisation> AddAsync(NewOrganisation organisation, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task UpdateSettingsAsync(long id, int yearStartMonth, int yearStartDay, IReadOnlyList<string> emailDomains, CancellationToken cancellationToken) => throw new NotSupportedException();
}

internal sealed class MemoryPeople : IPeopleRegister
{
    public List<Person> People { get; } = [];

    public List<Absence> Absences { get; } = [];

    public Task<IReadOnlyList<Person>> ListAsync(long organisationId, PersonKind? kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Person>>([.. People.Where(p => p.OrganisationId == organisationId && (kind is null || p.Kind == kind))]);

    public Task<Person?> GetAsync(long id, CancellationToken cancellationToken) => Task.FromResult(People.FirstOrDefault(p => p.Id == id));

    public Task<IReadOnlyList<Absence>> AbsencesOnAsync(long organisationId, DateOnly day, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Absence>>([.. Absences.Where(a => a.Covers(day) && People.Any(p => p.Id == a.PersonId && p.OrganisationId == organisationId))]);

    public Task<long> AddAsync(Person person, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task UpdateAsync(Person person, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ParentLink>> ParentLinksAsync(long organisationId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task AddParentLinkAsync(ParentLink link, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<StaffRelationship>> RelationshipsAsync(long staffId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<StaffRelationship>> RelationshipsWithAsync(long otherId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<long> AddRelationshipAsync(StaffRelationship relationship, DateTimeOffset recordedAt, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<Absence>> AbsencesOfAsync(long personId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task AddAbsenceAsync(Absence absence, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Person Staff(long id, long organisationId, params StaffRole[] roles)
    {
        var person = new Person { Id = id, OrganisationId = organisationId, Kind = PersonKind.Staff, GivenName = $"Staff{id}", FamilyName = "Member", Roles = roles };
        People.Add(person);
        return person;
    }
}
