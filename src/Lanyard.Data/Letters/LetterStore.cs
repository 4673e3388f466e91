using Lanyard.Core.Casework.Letters;

namespace Lanyard.Data.Letters;

/// <summary>Letter templates and issued letters, on either provider, inside the request's unit of work. Only inserts: both tables refuse changes.</summary>
public sealed class LetterStore : ILetterStore
{
    private const string TemplateColumns =
        "id AS Id, organisation_id AS OrganisationId, pack_id AS PackId, kind AS Kind, version AS Version, body AS Body, " +
        "is_default AS IsDefault, saved_at AS SavedAt, saved_by_user_id AS SavedByUserId";

    private const string LetterColumns =
        "id AS Id, case_id AS CaseId, organisation_id AS OrganisationId, kind AS Kind, pack_id AS PackId, template_version AS TemplateVersion, " +
        "text AS Text, issued_at AS IssuedAt, issued_by_user_id AS IssuedByUserId, issued_by_name AS IssuedByName";

    private readonly UnitOfWork _work;

    /// <summary>A store that runs in the given unit of work.</summary>
    public LetterStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public async Task<LetterTemplate?> LatestTemplateAsync(long organisationId, string packId, LetterKind kind, CancellationToken cancellationToken)
    {
        var row = await _work.QuerySingleOrDefaultAsync<TemplateRow>(
            $"SELECT {TemplateColumns} FROM letter_templates WHERE organisation_id = @OrganisationId AND pack_id = @PackId AND kind = @Kind ORDER BY version DESC LIMIT 1",
            new { OrganisationId = organisationId, PackId = packId, Kind = LetterKinds.Name(kind) },
            cancellationToken).ConfigureAwait(false);
        return row?.ToTemplate();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LetterTemplate>> TemplateHistoryAsync(long organisationId, string packId, LetterKind kind, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<TemplateRow>(
            $"SELECT {TemplateColumns} FROM letter_templates WHERE organisation_id = @OrganisationId AND pack_id = @PackId AND kind = @Kind ORDER BY version DESC",
            new { OrganisationId = organisationId, PackId = packId, Kind = LetterKinds.Name(kind) },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToTemplate())];
    }

    /// <inheritdoc />
    public Task<long> AddTemplateAsync(LetterTemplate letterTemplate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letterTemplate);
        if (letterTemplate.OrganisationId is null || letterTemplate.SavedAt is null || letterTemplate.SavedByUserId is null)
        {
            throw new ArgumentException("Only a school's own saved version is stored; the shipped default is not.", nameof(letterTemplate));
        }

        return _work.InsertAsync(
            "INSERT INTO letter_templates (organisation_id, pack_id, kind, version, body, is_default, saved_at, saved_by_user_id) " +
            "VALUES (@OrganisationId, @PackId, @Kind, @Version, @Body, @IsDefault, @SavedAt, @SavedByUserId)",
            new
            {
                letterTemplate.OrganisationId,
                letterTemplate.PackId,
                Kind = LetterKinds.Name(letterTemplate.Kind),
                letterTemplate.Version,
                letterTemplate.Body,
                letterTemplate.IsDefault,
                SavedAt = letterTemplate.SavedAt.Value,
                letterTemplate.SavedByUserId,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> AddLetterAsync(IssuedLetter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return _work.InsertAsync(
            "INSERT INTO letters (case_id, organisation_id, kind, pack_id, template_version, text, issued_at, issued_by_user_id, issued_by_name) " +
            "VALUES (@CaseId, @OrganisationId, @Kind, @PackId, @TemplateVersion, @Text, @IssuedAt, @IssuedByUserId, @IssuedByName)",
            new
            {
                letter.CaseId,
                letter.OrganisationId,
                Kind = LetterKinds.Name(letter.Kind),
                letter.PackId,
                letter.TemplateVersion,
                letter.Text,
                letter.IssuedAt,
                letter.IssuedByUserId,
                letter.IssuedByName,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IssuedLetter>> ListForCaseAsync(long caseId, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<LetterRow>(
            $"SELECT {LetterColumns} FROM letters WHERE case_id = @CaseId ORDER BY issued_at, id",
            new { CaseId = caseId },
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToLetter())];
    }

    private static LetterKind ParseKind(string text) =>
        LetterKinds.Parse(text) ?? throw new InvalidOperationException("A stored letter kind is not one Lanyard knows.");

    // Classes with settable properties, not positional records: Dapper converts column types into
    // properties (SQLite integers are 64-bit, PostgreSQL's 32-bit) but matches constructors exactly.
    private sealed class TemplateRow
    {
        public long Id { get; init; }

        public long OrganisationId { get; init; }

        public string PackId { get; init; } = "";

        public string Kind { get; init; } = "";

        public long Version { get; init; }

        public string Body { get; init; } = "";

        public bool IsDefault { get; init; }

        public DateTimeOffset SavedAt { get; init; }

        public long SavedByUserId { get; init; }

        public LetterTemplate ToTemplate() => new()
        {
            Id = Id,
            OrganisationId = OrganisationId,
            PackId = PackId,
            Kind = ParseKind(Kind),
            Version = checked((int)Version),
            Body = Body,
            IsDefault = IsDefault,
            SavedAt = SavedAt,
            SavedByUserId = SavedByUserId,
        };
    }

    private sealed class LetterRow
    {
        public long Id { get; init; }

        public long CaseId { get; init; }

        public long OrganisationId { get; init; }

        public string Kind { get; init; } = "";

        public string PackId { get; init; } = "";

        public long TemplateVersion { get; init; }

        public string Text { get; init; } = "";

        public DateTimeOffset IssuedAt { get; init; }

        public long IssuedByUserId { get; init; }

        public string IssuedByName { get; init; } = "";

        public IssuedLetter ToLetter() => new()
        {
            Id = Id,
            CaseId = CaseId,
            OrganisationId = OrganisationId,
            Kind = ParseKind(Kind),
            PackId = PackId,
            TemplateVersion = checked((int)TemplateVersion),
            Text = Text,
            IssuedAt = IssuedAt,
            IssuedByUserId = IssuedByUserId,
            IssuedByName = IssuedByName,
        };
    }
}
