namespace Lanyard.Core.Casework;

/// <summary>The case register: cases, their parties, entries and evidence. Append-only: nothing here updates or deletes.</summary>
public interface ICaseStore
{
    /// <summary>Stores a new case and its parties; returns the case id.</summary>
    Task<long> AddCaseAsync(CaseRecord record, IReadOnlyList<CaseParty> parties, CancellationToken cancellationToken);

    /// <summary>Appends an entry; returns its id.</summary>
    Task<long> AppendEntryAsync(CaseEntry entry, CancellationToken cancellationToken);

    /// <summary>Adds a party to an existing case; returns its id.</summary>
    Task<long> AddPartyAsync(CaseParty party, CancellationToken cancellationToken);

    /// <summary>Records an evidence item's metadata (its bytes, if any, are already in the evidence file store); returns its id.</summary>
    Task<long> AddEvidenceAsync(EvidenceItem item, CancellationToken cancellationToken);

    /// <summary>A case with everything on it; null when there is none with that id.</summary>
    Task<CaseFile?> GetAsync(long caseId, CancellationToken cancellationToken);

    /// <summary>Every case of these organisations, with everything on it, newest first.</summary>
    Task<IReadOnlyList<CaseFile>> ListAsync(IReadOnlyCollection<long> organisationIds, CancellationToken cancellationToken);

    /// <summary>Every case that names this person as a party, or was reported by them, newest first.</summary>
    Task<IReadOnlyList<CaseFile>> ListForPersonAsync(long personId, CancellationToken cancellationToken);
}
