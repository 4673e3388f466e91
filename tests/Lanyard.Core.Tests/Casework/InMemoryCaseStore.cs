using Lanyard.Core.Casework;

namespace Lanyard.Core.Tests.Casework;

/// <summary>An append-only case register in memory, for the casework use cases' tests (the real store is tested in Lanyard.Data).</summary>
internal sealed class InMemoryCaseStore : ICaseStore
{
    private readonly List<CaseRecord> _cases = [];
    private readonly List<CaseParty> _parties = [];
    private readonly List<CaseEntry> _entries = [];
    private readonly List<EvidenceItem> _evidence = [];

    public IReadOnlyList<CaseRecord> Records => _cases;

    public IReadOnlyList<CaseParty> Parties => _parties;

    public IReadOnlyList<CaseEntry> Entries => _entries;

    public IReadOnlyList<EvidenceItem> EvidenceItems => _evidence;

    public Task<long> AddCaseAsync(CaseRecord record, IReadOnlyList<CaseParty> parties, CancellationToken cancellationToken)
    {
        var id = _cases.Count + 1L;
        _cases.Add(record with { Id = id });
        foreach (var party in parties)
        {
            _parties.Add(party with { Id = _parties.Count + 1L, CaseId = id });
        }

        return Task.FromResult(id);
    }

    public Task<long> AppendEntryAsync(CaseEntry entry, CancellationToken cancellationToken)
    {
        var id = _entries.Count + 1L;
        _entries.Add(entry with { Id = id });
        return Task.FromResult(id);
    }

    public Task<long> AddPartyAsync(CaseParty party, CancellationToken cancellationToken)
    {
        var id = _parties.Count + 1L;
        _parties.Add(party with { Id = id });
        return Task.FromResult(id);
    }

    public Task<long> AddEvidenceAsync(EvidenceItem item, CancellationToken cancellationToken)
    {
        var id = _evidence.Count + 1L;
        _evidence.Add(item with { Id = id });
        return Task.FromResult(id);
    }

    public Task<CaseFile?> GetAsync(long caseId, CancellationToken cancellationToken) =>
        Task.FromResult(_cases.FirstOrDefault(c => c.Id == caseId) is { } record ? File(record) : null);

    public Task<IReadOnlyList<CaseFile>> ListAsync(IReadOnlyCollection<long> organisationIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaseFile>>([.. _cases.Where(c => organisationIds.Contains(c.OrganisationId)).OrderByDescending(c => c.ReportedAt).ThenByDescending(c => c.Id).Select(File)]);

    public Task<IReadOnlyList<CaseFile>> ListForPersonAsync(long personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaseFile>>([.. _cases
            .Where(c => c.ReportedByPersonId == personId || _parties.Any(p => p.CaseId == c.Id && p.PersonId == personId))
            .OrderByDescending(c => c.ReportedAt).ThenByDescending(c => c.Id).Select(File)]);

    private CaseFile File(CaseRecord record) => new(record,
        [.. _parties.Where(p => p.CaseId == record.Id)],
        [.. _entries.Where(e => e.CaseId == record.Id).OrderBy(e => e.Id)],
        [.. _evidence.Where(e => e.CaseId == record.Id).OrderBy(e => e.Id)]);
}
