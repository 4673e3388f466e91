using Lanyard.Core.Governance;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Data.Governance;

/// <summary>Staff declarations and acknowledgements, on either provider, inside the request's unit of work.</summary>
public sealed class DeclarationStore : IDeclarationRegister
{
    private readonly UnitOfWork _work;

    /// <summary>A register that runs in the given unit of work.</summary>
    public DeclarationStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public Task<long> AddAsync(DeclarationRecord declaration, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return _work.InsertAsync(
            "INSERT INTO policy_declarations (organisation_id, person_id, pack_id, pack_version, version_id, kind, printed_name, department, signed_on, confirmed, scope, clauses, recorded_at) " +
            "VALUES (@OrganisationId, @PersonId, @PackId, @PackVersion, @VersionId, @Kind, @PrintedName, @Department, @SignedOn, @Confirmed, @Scope, @Clauses, @RecordedAt)",
            new
            {
                declaration.OrganisationId,
                declaration.PersonId,
                declaration.PackId,
                declaration.PackVersion,
                declaration.VersionId,
                Kind = StoredEnum.Text(declaration.Kind),
                declaration.PrintedName,
                declaration.Department,
                declaration.SignedOn,
                Confirmed = true,
                Scope = StoredEnum.Text(declaration.Scope),
                Clauses = string.Join(' ', declaration.Clauses),
                RecordedAt = recordedAt,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeclarationRecord>> ListAsync(long organisationId, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<DeclarationRow>(
            "SELECT id AS Id, organisation_id AS OrganisationId, person_id AS PersonId, pack_id AS PackId, pack_version AS PackVersion, version_id AS VersionId, " +
            "kind AS Kind, printed_name AS PrintedName, department AS Department, signed_on AS SignedOn, scope AS Scope, clauses AS Clauses " +
            "FROM policy_declarations WHERE organisation_id = @OrganisationId ORDER BY signed_on, id",
            new { OrganisationId = organisationId },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRecord())];
    }

    // A class with settable properties, not a positional record (see ReviewTaskStore).
    private sealed class DeclarationRow
    {
        public long Id { get; init; }

        public long OrganisationId { get; init; }

        public long PersonId { get; init; }

        public string PackId { get; init; } = "";

        public string PackVersion { get; init; } = "";

        public long? VersionId { get; init; }

        public string Kind { get; init; } = "";

        public string? PrintedName { get; init; }

        public string? Department { get; init; }

        public DateOnly SignedOn { get; init; }

        public string Scope { get; init; } = "";

        public string Clauses { get; init; } = "";

        public DeclarationRecord ToRecord() => new()
        {
            Id = Id,
            OrganisationId = OrganisationId,
            PersonId = PersonId,
            PackId = PackId,
            PackVersion = PackVersion,
            VersionId = VersionId,
            Kind = StoredEnum.Parse<DeclarationKind>(Kind),
            PrintedName = PrintedName,
            Department = Department,
            SignedOn = SignedOn,
            Scope = StoredEnum.Parse<DeclarationScope>(Scope),
            Clauses = Clauses.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        };
    }
}
