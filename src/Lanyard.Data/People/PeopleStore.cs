using Lanyard.Core.People;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Data.People;

/// <summary>The people register, on either provider, inside the request's unit of work.</summary>
public sealed class PeopleStore : IPeopleRegister
{
    private const string Columns =
        "id AS Id, organisation_id AS OrganisationId, kind AS Kind, given_name AS GivenName, preferred_name AS PreferredName, " +
        "family_name AS FamilyName, email AS Email, department AS Department, mis_id AS MisId, date_of_birth AS DateOfBirth, " +
        "year_group AS YearGroup, start_date AS StartDate, leaving_date AS LeavingDate, never_publish AS NeverPublish";

    private readonly UnitOfWork _work;

    /// <summary>A register that runs in the given unit of work.</summary>
    public PeopleStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Person>> ListAsync(long organisationId, PersonKind? kind, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<PersonRow>(
            $"SELECT {Columns} FROM people WHERE organisation_id = @OrganisationId AND (@Kind IS NULL OR kind = @Kind) ORDER BY lower(family_name), lower(given_name), id",
            new { OrganisationId = organisationId, Kind = kind is { } k ? YamlNaming.Kebab(k) : null },
            cancellationToken).ConfigureAwait(false);
        var roles = await _work.QueryAsync<(long PersonId, string Role)>(
            "SELECT r.person_id, r.role FROM staff_roles r JOIN people p ON p.id = r.person_id WHERE p.organisation_id = @OrganisationId",
            new { OrganisationId = organisationId },
            cancellationToken).ConfigureAwait(false);
        var byPerson = roles.ToLookup(r => r.PersonId, r => ParseRole(r.Role));
        return [.. rows.Select(r => r.ToPerson([.. byPerson[r.Id].Order()]))];
    }

    /// <inheritdoc />
    public async Task<Person?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var row = await _work.QuerySingleOrDefaultAsync<PersonRow>($"SELECT {Columns} FROM people WHERE id = @Id", new { Id = id }, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var roles = await _work.QueryAsync<string>("SELECT role FROM staff_roles WHERE person_id = @Id", new { Id = id }, cancellationToken).ConfigureAwait(false);
        return row.ToPerson([.. roles.Select(ParseRole).Order()]);
    }

    /// <inheritdoc />
    public async Task<long> AddAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var id = await _work.InsertAsync(
            "INSERT INTO people (organisation_id, kind, given_name, preferred_name, family_name, email, department, mis_id, date_of_birth, year_group, start_date, leaving_date, never_publish) " +
            "VALUES (@OrganisationId, @Kind, @GivenName, @PreferredName, @FamilyName, @Email, @Department, @MisId, @DateOfBirth, @YearGroup, @StartDate, @LeavingDate, @NeverPublish)",
            Parameters(person),
            cancellationToken).ConfigureAwait(false);
        await WriteRolesAsync(id, person.Roles, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <inheritdoc />
    public async Task UpdateAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var updated = await _work.ExecuteAsync(
            "UPDATE people SET kind = @Kind, given_name = @GivenName, preferred_name = @PreferredName, family_name = @FamilyName, email = @Email, " +
            "department = @Department, mis_id = @MisId, date_of_birth = @DateOfBirth, year_group = @YearGroup, start_date = @StartDate, " +
            "leaving_date = @LeavingDate, never_publish = @NeverPublish WHERE id = @Id AND organisation_id = @OrganisationId",
            Parameters(person),
            cancellationToken).ConfigureAwait(false);
        if (updated != 1)
        {
            throw new InvalidOperationException($"Person {person.Id} is not in organisation {person.OrganisationId}.");
        }

        await _work.ExecuteAsync("DELETE FROM staff_roles WHERE person_id = @Id", new { person.Id }, cancellationToken).ConfigureAwait(false);
        await WriteRolesAsync(person.Id, person.Roles, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ParentLink>> ParentLinksAsync(long organisationId, CancellationToken cancellationToken) =>
        _work.QueryAsync<ParentLink>(
            "SELECT l.parent_id AS ParentId, l.pupil_id AS PupilId, l.relationship AS Relationship FROM parent_links l " +
            "JOIN people p ON p.id = l.pupil_id WHERE p.organisation_id = @OrganisationId ORDER BY l.pupil_id, l.parent_id",
            new { OrganisationId = organisationId },
            cancellationToken);

    /// <inheritdoc />
    public async Task AddParentLinkAsync(ParentLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        await _work.ExecuteAsync(
            "INSERT INTO parent_links (parent_id, pupil_id, relationship) VALUES (@ParentId, @PupilId, @Relationship)",
            link,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StaffRelationship>> RelationshipsAsync(long staffId, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<RelationshipRow>(
            "SELECT id AS Id, staff_id AS StaffId, other_id AS OtherId, kind AS Kind, began_on AS BeganOn, note AS Note FROM staff_relationships WHERE staff_id = @StaffId ORDER BY id",
            new { StaffId = staffId },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRelationship())];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StaffRelationship>> RelationshipsWithAsync(long otherId, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<RelationshipRow>(
            "SELECT id AS Id, staff_id AS StaffId, other_id AS OtherId, kind AS Kind, began_on AS BeganOn, note AS Note FROM staff_relationships WHERE other_id = @OtherId ORDER BY id",
            new { OtherId = otherId },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRelationship())];
    }

    /// <inheritdoc />
    public Task<long> AddRelationshipAsync(StaffRelationship relationship, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return _work.InsertAsync(
            "INSERT INTO staff_relationships (staff_id, other_id, kind, began_on, note, recorded_at) VALUES (@StaffId, @OtherId, @Kind, @BeganOn, @Note, @RecordedAt)",
            new { relationship.StaffId, relationship.OtherId, Kind = YamlNaming.Kebab(relationship.Kind), relationship.BeganOn, relationship.Note, RecordedAt = recordedAt },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Absence>> AbsencesOnAsync(long organisationId, DateOnly day, CancellationToken cancellationToken) =>
        _work.QueryAsync<Absence>(
            "SELECT a.person_id AS PersonId, a.first_day AS FirstDay, a.last_day AS LastDay FROM absences a JOIN people p ON p.id = a.person_id " +
            "WHERE p.organisation_id = @OrganisationId AND a.first_day <= @Day AND a.last_day >= @Day ORDER BY a.person_id",
            new { OrganisationId = organisationId, Day = day },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Absence>> AbsencesOfAsync(long personId, CancellationToken cancellationToken) =>
        _work.QueryAsync<Absence>(
            "SELECT person_id AS PersonId, first_day AS FirstDay, last_day AS LastDay FROM absences WHERE person_id = @PersonId ORDER BY first_day DESC, id DESC",
            new { PersonId = personId },
            cancellationToken);

    /// <inheritdoc />
    public async Task AddAbsenceAsync(Absence absence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(absence);
        await _work.ExecuteAsync(
            "INSERT INTO absences (person_id, first_day, last_day) VALUES (@PersonId, @FirstDay, @LastDay)",
            absence,
            cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteRolesAsync(long personId, IReadOnlyList<StaffRole> roles, CancellationToken cancellationToken)
    {
        foreach (var role in roles.Distinct())
        {
            await _work.ExecuteAsync(
                "INSERT INTO staff_roles (person_id, role) VALUES (@PersonId, @Role)",
                new { PersonId = personId, Role = YamlNaming.Kebab(role) },
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static object Parameters(Person p) => new
    {
        p.Id,
        p.OrganisationId,
        Kind = YamlNaming.Kebab(p.Kind),
        p.GivenName,
        p.PreferredName,
        p.FamilyName,
        p.Email,
        p.Department,
        p.MisId,
        p.DateOfBirth,
        p.YearGroup,
        p.StartDate,
        p.LeavingDate,
        p.NeverPublish,
    };

    private static StaffRole ParseRole(string text) => Enum.Parse<StaffRole>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    private sealed class RelationshipRow
    {
        public long Id { get; init; }

        public long StaffId { get; init; }

        public long OtherId { get; init; }

        public string Kind { get; init; } = "";

        public DateOnly? BeganOn { get; init; }

        public string? Note { get; init; }

        public StaffRelationship ToRelationship() =>
            new(Id, StaffId, OtherId, Enum.Parse<RelationshipKind>(Kind.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true), BeganOn, Note);
    }

    private sealed class PersonRow
    {
        public long Id { get; init; }

        public long OrganisationId { get; init; }

        public string Kind { get; init; } = "";

        public string GivenName { get; init; } = "";

        public string? PreferredName { get; init; }

        public string FamilyName { get; init; } = "";

        public string? Email { get; init; }

        public string? Department { get; init; }

        public string? MisId { get; init; }

        public DateOnly? DateOfBirth { get; init; }

        public string? YearGroup { get; init; }

        public DateOnly? StartDate { get; init; }

        public DateOnly? LeavingDate { get; init; }

        public bool NeverPublish { get; init; }

        public Person ToPerson(IReadOnlyList<StaffRole> roles) => new()
        {
            Id = Id,
            OrganisationId = OrganisationId,
            Kind = Enum.Parse<PersonKind>(Kind, ignoreCase: true),
            GivenName = GivenName,
            PreferredName = PreferredName,
            FamilyName = FamilyName,
            Email = Email,
            Department = Department,
            Roles = roles,
            MisId = MisId,
            DateOfBirth = DateOfBirth,
            YearGroup = YearGroup,
            StartDate = StartDate,
            LeavingDate = LeavingDate,
            NeverPublish = NeverPublish,
        };
    }
}
