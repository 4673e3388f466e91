using Lanyard.Core.Governance;
using Lanyard.Core.People;

namespace Lanyard.Data.Governance;

/// <summary>The policy register, on either provider, inside the request's unit of work.</summary>
public sealed class PolicyVersionStore : IPolicyVersionRegister
{
    private const string Select =
        "SELECT id AS Id, organisation_id AS OrganisationId, pack_id AS PackId, version AS Version, yaml AS Yaml, state AS State, " +
        "drafted_from_id AS DraftedFromId, drafted_from_version AS DraftedFromVersion, drafted_on AS DraftedOn, drafted_by_person_id AS DraftedByPersonId, " +
        "approving_body AS ApprovingBody, approved_on AS ApprovedOn, effective_from AS EffectiveFrom, withdrawn_on AS WithdrawnOn FROM policy_versions ";

    private const string SelectApprovers =
        "SELECT version_id AS VersionId, position AS Position, person_id AS PersonId, name AS Name, capacity AS Capacity, signed_on AS SignedOn FROM policy_version_approvers ";

    private readonly UnitOfWork _work;

    /// <summary>A register that runs in the given unit of work.</summary>
    public PolicyVersionStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public Task<long> AddAsync(PolicyVersion version, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        return _work.InsertAsync(
            "INSERT INTO policy_versions (organisation_id, pack_id, version, yaml, state, drafted_from_id, drafted_from_version, drafted_on, drafted_by_person_id, recorded_at) " +
            "VALUES (@OrganisationId, @PackId, @Version, @Yaml, 'draft', @DraftedFromId, @DraftedFromVersion, @DraftedOn, @DraftedByPersonId, @RecordedAt)",
            new
            {
                version.OrganisationId,
                version.PackId,
                version.Version,
                version.Yaml,
                version.DraftedFromId,
                version.DraftedFromVersion,
                version.DraftedOn,
                version.DraftedByPersonId,
                RecordedAt = recordedAt,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<PolicyVersion?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<VersionRow>(Select + "WHERE id = @Id", new { Id = id }, cancellationToken).ConfigureAwait(false);
        var approvers = await _work.QueryAsync<ApproverRow>(SelectApprovers + "WHERE version_id = @Id ORDER BY position", new { Id = id }, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0].ToVersion(approvers);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PolicyVersion>> ListAsync(long organisationId, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<VersionRow>(Select + "WHERE organisation_id = @OrganisationId ORDER BY id", new { OrganisationId = organisationId }, cancellationToken).ConfigureAwait(false);
        var approvers = await _work.QueryAsync<ApproverRow>(
            SelectApprovers + "WHERE version_id IN (SELECT id FROM policy_versions WHERE organisation_id = @OrganisationId) ORDER BY version_id, position",
            new { OrganisationId = organisationId },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToVersion([.. approvers.Where(a => a.VersionId == r.Id)]))];
    }

    /// <inheritdoc />
    public Task UpdateDraftAsync(long id, string version, string yaml, CancellationToken cancellationToken) =>
        ExpectOneAsync(
            "UPDATE policy_versions SET version = @Version, yaml = @Yaml WHERE id = @Id AND state = 'draft'",
            new { Id = id, Version = version, Yaml = yaml },
            id,
            cancellationToken);

    /// <inheritdoc />
    public async Task AddApproverAsync(long id, PolicyApprover approver, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approver);
        var position = await _work.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM policy_version_approvers WHERE version_id = @Id", new { Id = id }, cancellationToken).ConfigureAwait(false);
        await _work.ExecuteAsync(
            "INSERT INTO policy_version_approvers (version_id, position, person_id, name, capacity, signed_on, recorded_at) " +
            "VALUES (@Id, @Position, @PersonId, @Name, @Capacity, @SignedOn, @RecordedAt)",
            new { Id = id, Position = (int)position, approver.PersonId, approver.Name, Capacity = StoredEnum.Text(approver.Capacity), approver.SignedOn, RecordedAt = recordedAt },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task ApproveAsync(long id, string? approvingBody, DateOnly approvedOn, DateOnly effectiveFrom, CancellationToken cancellationToken) =>
        ExpectOneAsync(
            "UPDATE policy_versions SET state = 'approved', approving_body = @ApprovingBody, approved_on = @ApprovedOn, effective_from = @EffectiveFrom WHERE id = @Id AND state = 'draft'",
            new { Id = id, ApprovingBody = approvingBody, ApprovedOn = approvedOn, EffectiveFrom = effectiveFrom },
            id,
            cancellationToken);

    /// <inheritdoc />
    public Task WithdrawAsync(long id, DateOnly withdrawnOn, CancellationToken cancellationToken) =>
        ExpectOneAsync(
            "UPDATE policy_versions SET state = 'withdrawn', withdrawn_on = @WithdrawnOn WHERE id = @Id AND state = 'draft'",
            new { Id = id, WithdrawnOn = withdrawnOn },
            id,
            cancellationToken);

    // The use cases check the state first; a row that is no longer a draft here means someone else
    // moved it in between, and the whole unit of work must not commit.
    private async Task ExpectOneAsync(string sql, object parameters, long id, CancellationToken cancellationToken)
    {
        if (await _work.ExecuteAsync(sql, parameters, cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new InvalidOperationException($"Policy version {id} is not a draft.");
        }
    }

    // Classes with settable properties, not positional records: Dapper converts column types into
    // properties (SQLite integers are 64-bit, PostgreSQL's 32-bit) but matches constructors exactly.
    private sealed class VersionRow
    {
        public long Id { get; init; }

        public long OrganisationId { get; init; }

        public string PackId { get; init; } = "";

        public string Version { get; init; } = "";

        public string Yaml { get; init; } = "";

        public string State { get; init; } = "";

        public long? DraftedFromId { get; init; }

        public string DraftedFromVersion { get; init; } = "";

        public DateOnly DraftedOn { get; init; }

        public long DraftedByPersonId { get; init; }

        public string? ApprovingBody { get; init; }

        public DateOnly? ApprovedOn { get; init; }

        public DateOnly? EffectiveFrom { get; init; }

        public DateOnly? WithdrawnOn { get; init; }

        public PolicyVersion ToVersion(IReadOnlyList<ApproverRow> approvers) => new()
        {
            Id = Id,
            OrganisationId = OrganisationId,
            PackId = PackId,
            Version = Version,
            Yaml = Yaml,
            Status = StoredEnum.Parse<PolicyVersionState>(State),
            DraftedFromId = DraftedFromId,
            DraftedFromVersion = DraftedFromVersion,
            DraftedOn = DraftedOn,
            DraftedByPersonId = DraftedByPersonId,
            ApprovingBody = ApprovingBody,
            ApprovedOn = ApprovedOn,
            EffectiveFrom = EffectiveFrom,
            WithdrawnOn = WithdrawnOn,
            Approvers = [.. approvers.Select(a => new PolicyApprover(a.PersonId, a.Name, StoredEnum.Parse<StaffRole>(a.Capacity), a.SignedOn))],
        };
    }

    private sealed class ApproverRow
    {
        public long VersionId { get; init; }

        public long Position { get; init; }

        public long PersonId { get; init; }

        public string Name { get; init; } = "";

        public string Capacity { get; init; } = "";

        public DateOnly SignedOn { get; init; }
    }
}
