using Lanyard.Core.Checking.Pupils;
using Lanyard.Core.Consent;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Data.Consent;

/// <summary>The consent register, on either provider, inside the request's unit of work.</summary>
public sealed class ConsentStore : IConsentRegister
{
    private readonly UnitOfWork _work;

    /// <summary>A register that runs in the given unit of work.</summary>
    public ConsentStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ConsentEntry>> ListAsync(long organisationId, SchoolYear year, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<Row>(
            "SELECT c.pupil_id AS PupilId, c.school_year AS SchoolYear, c.channel AS Channel, c.photo AS Photo, c.name AS Name, c.given_by AS GivenBy, c.given_on AS GivenOn " +
            "FROM consents c JOIN people p ON p.id = c.pupil_id WHERE p.organisation_id = @OrganisationId AND c.school_year = @Year ORDER BY c.pupil_id, c.channel",
            new { OrganisationId = organisationId, Year = year.StartYear },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new ConsentEntry(r.PupilId, new SchoolYear(r.SchoolYear), ParseChannel(r.Channel), Choice(r.Photo), Choice(r.Name), r.GivenBy, r.GivenOn))];
    }

    /// <inheritdoc />
    public async Task SaveAsync(ConsentEntry entry, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // An upsert both engines understand (SQLite ≥ 3.24 and PostgreSQL share this syntax).
        await _work.ExecuteAsync(
            "INSERT INTO consents (pupil_id, school_year, channel, photo, name, given_by, given_on, recorded_at) " +
            "VALUES (@PupilId, @Year, @Channel, @Photo, @Name, @GivenBy, @GivenOn, @RecordedAt) " +
            "ON CONFLICT (pupil_id, school_year, channel) DO UPDATE SET photo = excluded.photo, name = excluded.name, " +
            "given_by = excluded.given_by, given_on = excluded.given_on, recorded_at = excluded.recorded_at",
            new
            {
                entry.PupilId,
                Year = entry.Year.StartYear,
                Channel = YamlNaming.Kebab(entry.Channel),
                Photo = entry.Photo is { } photo ? YamlNaming.Kebab(photo) : null,
                Name = entry.Name is { } name ? YamlNaming.Kebab(name) : null,
                entry.GivenBy,
                entry.GivenOn,
                RecordedAt = recordedAt,
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static ConsentChannel ParseChannel(string text) => Enum.Parse<ConsentChannel>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    private static ConsentChoice? Choice(string? text) => text is null ? null : Enum.Parse<ConsentChoice>(text, ignoreCase: true);

    private sealed class Row
    {
        public long PupilId { get; init; }

        public int SchoolYear { get; init; }

        public string Channel { get; init; } = "";

        public string? Photo { get; init; }

        public string? Name { get; init; }

        public string? GivenBy { get; init; }

        public DateOnly? GivenOn { get; init; }
    }
}
