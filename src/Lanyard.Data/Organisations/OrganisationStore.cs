using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Data.Organisations;

/// <summary>The organisation register, on either provider, inside the request's unit of work.</summary>
public sealed class OrganisationStore : IOrganisationRegister
{
    private readonly UnitOfWork _work;

    /// <summary>A register that runs in the given unit of work.</summary>
    public OrganisationStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<OrganisationRow>(
            "SELECT id AS Id, name AS Name, level AS Level, parent_id AS ParentId, pack_id AS PackId FROM organisations ORDER BY lower(name)",
            null,
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToOrganisation())];
    }

    /// <inheritdoc />
    public async Task<Organisation> AddAsync(NewOrganisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var id = await _work.InsertAsync(
            "INSERT INTO organisations (name, level, parent_id, pack_id) VALUES (@Name, @Level, @ParentId, @PackId)",
            new { organisation.Name, Level = YamlNaming.Kebab(organisation.Level), organisation.ParentId, organisation.PackId },
            cancellationToken).ConfigureAwait(false);
        return new Organisation(id, organisation.Name, organisation.Level, organisation.ParentId, organisation.PackId);
    }

    private sealed record OrganisationRow(long Id, string Name, string Level, long? ParentId, string? PackId)
    {
        public Organisation ToOrganisation() => new(Id, Name, Enum.Parse<OrganisationLevel>(Level, ignoreCase: true), ParentId, PackId);
    }
}
