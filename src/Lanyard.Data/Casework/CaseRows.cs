using Lanyard.Core.Casework;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Data.Accounts;

namespace Lanyard.Data.Casework;

// Rows as the database returns them. Classes with settable properties, not positional records:
// Dapper matches a constructor's parameter types exactly, and the engines disagree on them
// (SQLite gives Int64 and text where PostgreSQL gives Int32, booleans and timestamps).

internal sealed class CaseRow
{
    public const string Columns =
        "c.id AS Id, c.organisation_id AS OrganisationId, c.type AS Type, c.summary AS Summary, c.location AS Location, " +
        "c.happened_at AS HappenedAt, c.reported_at AS ReportedAt, c.reported_by_user_id AS ReportedByUserId, " +
        "c.reported_by_person_id AS ReportedByPersonId, c.pack_id AS PackId, c.pack_version AS PackVersion, c.urgency AS Urgency, " +
        "c.source_kind AS SourceKind, c.source_reference AS SourceReference";

    public long Id { get; set; }

    public long OrganisationId { get; set; }

    public string Type { get; set; } = "";

    public string Summary { get; set; } = "";

    public string? Location { get; set; }

    public DateTimeOffset? HappenedAt { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    public long ReportedByUserId { get; set; }

    public long ReportedByPersonId { get; set; }

    public string PackId { get; set; } = "";

    public string PackVersion { get; set; } = "";

    public string? Urgency { get; set; }

    public string? SourceKind { get; set; }

    public string? SourceReference { get; set; }

    public CaseRecord ToRecord() => new()
    {
        Id = Id,
        OrganisationId = OrganisationId,
        Type = StoredText.Parse<CaseType>(Type),
        Summary = Summary,
        Location = Location,
        HappenedAt = HappenedAt,
        ReportedAt = ReportedAt,
        ReportedByUserId = ReportedByUserId,
        ReportedByPersonId = ReportedByPersonId,
        PackId = PackId,
        PackVersion = PackVersion,
        Urgency = Urgency is null ? null : StoredText.Parse<Urgency>(Urgency),
        Source = SourceKind is null ? null : new CaseSource(SourceKind, SourceReference),
    };
}

internal sealed class PartyRow
{
    public const string Columns =
        "p.id AS Id, p.case_id AS CaseId, p.person_id AS PersonId, p.description AS Description, p.kind AS Kind, p.role AS Role";

    public long Id { get; set; }

    public long CaseId { get; set; }

    public long? PersonId { get; set; }

    public string? Description { get; set; }

    public string Kind { get; set; } = "";

    public string Role { get; set; } = "";

    public CaseParty ToParty() => new()
    {
        Id = Id,
        CaseId = CaseId,
        PersonId = PersonId,
        Description = Description,
        Kind = StoredText.Parse<PartyKind>(Kind),
        Role = StoredText.Parse<PartyRole>(Role),
    };
}

internal sealed class EntryRow
{
    public const string Columns =
        "e.id AS Id, e.case_id AS CaseId, e.step AS Step, e.from_stage AS FromStage, e.to_stage AS ToStage, e.at AS At, " +
        "e.by_user_id AS ByUserId, e.by_name AS ByName, e.acting_as AS ActingAs, e.note AS Note, e.details AS Details, " +
        "e.clauses AS Clauses, e.corrects AS Corrects";

    public long Id { get; set; }

    public long CaseId { get; set; }

    public string Step { get; set; } = "";

    public string FromStage { get; set; } = "";

    public string ToStage { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public long ByUserId { get; set; }

    public string ByName { get; set; } = "";

    public string? ActingAs { get; set; }

    public string? Note { get; set; }

    public string Details { get; set; } = "{}";

    public string Clauses { get; set; } = "[]";

    public long? Corrects { get; set; }

    public CaseEntry ToEntry() => new()
    {
        Id = Id,
        CaseId = CaseId,
        Step = StoredText.Parse<CaseStep>(Step),
        From = StoredText.Parse<CaseStage>(FromStage),
        To = StoredText.Parse<CaseStage>(ToStage),
        At = At,
        ByUserId = ByUserId,
        ByName = ByName,
        ActingAs = ActingAs is null ? null : StoredText.Parse<Role>(ActingAs),
        Note = Note,
        Details = CaseJson.ReadDetails(Details),
        Clauses = CaseJson.ReadClauses(Clauses),
        Corrects = Corrects,
    };
}

internal sealed class EvidenceRow
{
    public const string Columns =
        "v.id AS Id, v.case_id AS CaseId, v.kind AS Kind, v.url AS Url, v.captured_at AS CapturedAt, v.captured_by AS CapturedBy, " +
        "v.how_captured AS HowCaptured, v.description AS Description, v.sha256 AS Sha256, v.size_bytes AS SizeBytes, " +
        "v.file_name AS FileName, v.content_type AS ContentType, v.indecent_image_of_child AS IndecentImageOfChild, " +
        "v.storage_location AS StorageLocation, v.key_holder AS KeyHolder, v.recorded_at AS RecordedAt, v.recorded_by_user_id AS RecordedByUserId";

    public long Id { get; set; }

    public long CaseId { get; set; }

    public string Kind { get; set; } = "";

    public string? Url { get; set; }

    public DateTimeOffset? CapturedAt { get; set; }

    public string CapturedBy { get; set; } = "";

    public string? HowCaptured { get; set; }

    public string Description { get; set; } = "";

    public string? Sha256 { get; set; }

    public long? SizeBytes { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public bool IndecentImageOfChild { get; set; }

    public string? StorageLocation { get; set; }

    public string? KeyHolder { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public long RecordedByUserId { get; set; }

    public EvidenceItem ToItem() => new()
    {
        Id = Id,
        CaseId = CaseId,
        Kind = StoredText.Parse<EvidenceKind>(Kind),
        Url = Url,
        CapturedAt = CapturedAt,
        CapturedBy = CapturedBy,
        HowCaptured = HowCaptured,
        Description = Description,
        Sha256 = Sha256,
        SizeBytes = SizeBytes,
        FileName = FileName,
        ContentType = ContentType,
        IndecentImageOfChild = IndecentImageOfChild,
        StorageLocation = StorageLocation,
        KeyHolder = KeyHolder,
        RecordedAt = RecordedAt,
        RecordedByUserId = RecordedByUserId,
    };
}
