using Dapper;
using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Data.Organisations;

/// <summary>The organisation register in SQLite.</summary>
public sealed class SqliteOrganisationRegister : IOrganisationRegister
{
    private readonly SqliteDatabase _database;

    /// <summary>A register over the given database.</summary>
    public SqliteOrganisationRegister(SqliteDatabase database) => _database = database;

    /// <inheritdoc />
    public async Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<OrganisationRow>(new CommandDefinition(
            "SELECT id AS Id, name AS Name, level AS Level, parent_id AS ParentId, pack_id AS PackId FROM organisations ORDER BY name",
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToOrganisation())];
    }

    /// <inheritdoc />
    public async Task<Organisation> AddAsync(NewOrganisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Not INSERT … RETURNING: read through ExecuteScalar the statement is never stepped to its
        // end, which is where SQLite reports a foreign-key violation, so an orphan would slip in.
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO organisations (name, level, parent_id, pack_id) VALUES (@Name, @Level, @ParentId, @PackId); SELECT last_insert_rowid();",
            new { organisation.Name, Level = YamlNaming.Kebab(organisation.Level), organisation.ParentId, organisation.PackId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new Organisation(id, organisation.Name, organisation.Level, organisation.ParentId, organisation.PackId);
    }

    private sealed record OrganisationRow(long Id, string Name, string Level, long? ParentId, string? PackId)
    {
        public Organisation ToOrganisation() => new(Id, Name, Enum.Parse<OrganisationLevel>(Level, ignoreCase: true), ParentId, PackId);
    }
}
