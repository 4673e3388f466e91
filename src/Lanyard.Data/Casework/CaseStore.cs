using Lanyard.Core.Casework;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Data.Casework;

/// <summary>
/// The case register on either provider, inside the request's unit of work. It only inserts and
/// reads: the schema's triggers refuse any UPDATE or DELETE of a case, party, entry or evidence item.
/// </summary>
public sealed class CaseStore : ICaseStore
{
    private readonly UnitOfWork _work;

    /// <summary>A register that runs in the given unit of work.</summary>
    public CaseStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public async Task<long> AddCaseAsync(CaseRecord record, IReadOnlyList<CaseParty> parties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(parties);
        var id = await _work.InsertAsync(
            "INSERT INTO cases (organisation_id, type, summary, location, happened_at, reported_at, reported_by_user_id, reported_by_person_id, " +
            "pack_id, pack_version, urgency, source_kind, source_reference) " +
            "VALUES (@OrganisationId, @Type, @Summary, @Location, @HappenedAt, @ReportedAt, @ReportedByUserId, @ReportedByPersonId, " +
            "@PackId, @PackVersion, @Urgency, @SourceKind, @SourceReference)",
            new
            {
                record.OrganisationId,
                Type = YamlNaming.Kebab(record.Type),
                record.Summary,
                record.Location,
                record.HappenedAt,
                record.ReportedAt,
                record.ReportedByUserId,
                record.ReportedByPersonId,
                record.PackId,
                record.PackVersion,
                Urgency = record.Urgency is { } urgency ? YamlNaming.Kebab(urgency) : null,
                SourceKind = record.Source?.Kind,
                SourceReference = record.Source?.Reference,
            },
            cancellationToken).ConfigureAwait(false);
        foreach (var party in parties)
        {
            await AddPartyAsync(party with { CaseId = id }, cancellationToken).ConfigureAwait(false);
        }

        return id;
    }

    /// <inheritdoc />
    public Task<long> AddPartyAsync(CaseParty party, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(party);
        return _work.InsertAsync(
            "INSERT INTO case_parties (case_id, person_id, description, kind, role) VALUES (@CaseId, @PersonId, @Description, @Kind, @Role)",
            new
            {
                party.CaseId,
                party.PersonId,
                party.Description,
                Kind = YamlNaming.Kebab(party.Kind),
                Role = YamlNaming.Kebab(party.Role),
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> AppendEntryAsync(CaseEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _work.InsertAsync(
            "INSERT INTO case_entries (case_id, step, from_stage, to_stage, at, by_user_id, by_name, acting_as, note, details, clauses, corrects) " +
            "VALUES (@CaseId, @Step, @FromStage, @ToStage, @At, @ByUserId, @ByName, @ActingAs, @Note, @Details, @Clauses, @Corrects)",
            new
            {
                entry.CaseId,
                Step = YamlNaming.Kebab(entry.Step),
                FromStage = YamlNaming.Kebab(entry.From),
                ToStage = YamlNaming.Kebab(entry.To),
                entry.At,
                entry.ByUserId,
                entry.ByName,
                ActingAs = entry.ActingAs is { } role ? YamlNaming.Kebab(role) : null,
                entry.Note,
                Details = CaseJson.WriteDetails(entry.Details),
                Clauses = CaseJson.WriteClauses(entry.Clauses),
                entry.Corrects,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> AddEvidenceAsync(EvidenceItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _work.InsertAsync(
            "INSERT INTO evidence_items (case_id, kind, url, captured_at, captured_by, how_captured, description, sha256, size_bytes, file_name, " +
            "content_type, indecent_image_of_child, storage_location, key_holder, recorded_at, recorded_by_user_id) " +
            "VALUES (@CaseId, @Kind, @Url, @CapturedAt, @CapturedBy, @HowCaptured, @Description, @Sha256, @SizeBytes, @FileName, " +
            "@ContentType, @IndecentImageOfChild, @StorageLocation, @KeyHolder, @RecordedAt, @RecordedByUserId)",
            new
            {
                item.CaseId,
                Kind = YamlNaming.Kebab(item.Kind),
                item.Url,
                item.CapturedAt,
                item.CapturedBy,
                item.HowCaptured,
                item.Description,
                item.Sha256,
                item.SizeBytes,
                item.FileName,
                item.ContentType,
                item.IndecentImageOfChild,
                item.StorageLocation,
                item.KeyHolder,
                item.RecordedAt,
                item.RecordedByUserId,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CaseFile?> GetAsync(long caseId, CancellationToken cancellationToken) =>
        (await LoadAsync("c.id = @CaseId", new { CaseId = caseId }, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseFile>> ListAsync(IReadOnlyCollection<long> organisationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        return organisationIds.Count == 0
            ? Task.FromResult<IReadOnlyList<CaseFile>>([])
            : LoadAsync(
                // Dapper hands Npgsql the list as one array parameter, and expands it for SQLite.
                _work.Provider == DatabaseProvider.Postgres ? "c.organisation_id = ANY(@OrganisationIds)" : "c.organisation_id IN @OrganisationIds",
                new { OrganisationIds = organisationIds.Distinct().ToArray() }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseFile>> ListForPersonAsync(long personId, CancellationToken cancellationToken) =>
        LoadAsync(
            "(c.reported_by_person_id = @PersonId OR c.id IN (SELECT case_id FROM case_parties WHERE person_id = @PersonId))",
            new { PersonId = personId },
            cancellationToken);

    // Four queries for any number of cases (not one set per case): the cases, then their parties,
    // entries and evidence, each filtered by the same condition on the case.
    private async Task<IReadOnlyList<CaseFile>> LoadAsync(string caseCondition, object parameters, CancellationToken cancellationToken)
    {
        var cases = await _work.QueryAsync<CaseRow>(
            $"SELECT {CaseRow.Columns} FROM cases c WHERE {caseCondition} ORDER BY c.reported_at DESC, c.id DESC", parameters, cancellationToken).ConfigureAwait(false);
        if (cases.Count == 0)
        {
            return [];
        }

        var inCases = $"IN (SELECT c.id FROM cases c WHERE {caseCondition})";
        var parties = (await _work.QueryAsync<PartyRow>(
            $"SELECT {PartyRow.Columns} FROM case_parties p WHERE p.case_id {inCases} ORDER BY p.id", parameters, cancellationToken).ConfigureAwait(false))
            .ToLookup(p => p.CaseId, p => p.ToParty());
        var entries = (await _work.QueryAsync<EntryRow>(
            $"SELECT {EntryRow.Columns} FROM case_entries e WHERE e.case_id {inCases} ORDER BY e.id", parameters, cancellationToken).ConfigureAwait(false))
            .ToLookup(e => e.CaseId, e => e.ToEntry());
        var evidence = (await _work.QueryAsync<EvidenceRow>(
            $"SELECT {EvidenceRow.Columns} FROM evidence_items v WHERE v.case_id {inCases} ORDER BY v.id", parameters, cancellationToken).ConfigureAwait(false))
            .ToLookup(v => v.CaseId, v => v.ToItem());
        return [.. cases.Select(c => new CaseFile(c.ToRecord(), [.. parties[c.Id]], [.. entries[c.Id]], [.. evidence[c.Id]]))];
    }
}
