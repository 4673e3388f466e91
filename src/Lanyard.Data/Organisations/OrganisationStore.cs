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
            "SELECT id AS Id, name AS Name, level AS Level, parent_id AS ParentId, pack_id AS PackId, year_start_month AS YearStartMonth, year_start_day AS YearStartDay, email_domains AS EmailDomains FROM organisations ORDER BY lower(name)",
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

    /// <inheritdoc />
    public async Task UpdateSettingsAsync(long id, int yearStartMonth, int yearStartDay, IReadOnlyList<string> emailDomains, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emailDomains);
        await _work.ExecuteAsync(
            "UPDATE organisations SET year_start_month = @Month, year_start_day = @Day, email_domains = @Domains WHERE id = @Id",
            new { Id = id, Month = yearStartMonth, Day = yearStartDay, Domains = string.Join(' ', emailDomains) },
            cancellationToken).ConfigureAwait(false);
    }

    // A class with settable properties, not a positional record: Dapper converts column types into
    // properties (SQLite integers are 64-bit, PostgreSQL's 32-bit) but matches constructors exactly.
    private sealed class OrganisationRow
    {
        public long Id { get; init; }

        public string Name { get; init; } = "";

        public string Level { get; init; } = "";

        public long? ParentId { get; init; }

        public string? PackId { get; init; }

        public int YearStartMonth { get; init; }

        public int YearStartDay { get; init; }

        public string EmailDomains { get; init; } = "";

        public Organisation ToOrganisation() => new(Id, Name, Enum.Parse<OrganisationLevel>(Level, ignoreCase: true), ParentId, PackId)
        {
            YearStartMonth = YearStartMonth,
            YearStartDay = YearStartDay,
            EmailDomains = EmailDomains.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        };
    }
}
