using Lanyard.Core.Connections;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Data.Connections;

// Rows as the database returns them. Classes with settable properties, not positional records:
// Dapper matches a constructor's parameter types exactly, and the engines disagree on them
// (SQLite gives Int64 and text where PostgreSQL gives Int32, dates and booleans).

/// <summary>Kebab-case text ↔ enum, as the schema's CHECK constraints spell the values.</summary>
internal static class Kebab
{
    public static T Parse<T>(string text)
        where T : struct, Enum => Enum.Parse<T>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}

internal sealed class DecisionRow
{
    public const string Columns =
        "id AS Id, organisation_id AS OrganisationId, asked_by AS AskedBy, asked_at AS AskedAt, asked_on AS AskedOn, staff_id AS StaffId, " +
        "staff_name AS StaffName, other_person_id AS OtherPersonId, other_name AS OtherName, other_date_of_birth AS OtherDateOfBirth, " +
        "subject_kind AS SubjectKind, action AS Action, platform AS Platform, verdict AS Verdict, question AS Question, reasons AS Reasons, " +
        "notes AS Notes, deciding_role AS DecidingRole, pack_id AS PackId, pack_version AS PackVersion, exception_id AS ExceptionId";

    public long Id { get; init; }

    public long OrganisationId { get; init; }

    public string AskedBy { get; init; } = "";

    public DateTimeOffset AskedAt { get; init; }

    public DateOnly AskedOn { get; init; }

    public long StaffId { get; init; }

    public string StaffName { get; init; } = "";

    public long? OtherPersonId { get; init; }

    public string OtherName { get; init; } = "";

    public DateOnly? OtherDateOfBirth { get; init; }

    public string SubjectKind { get; init; } = "";

    public string Action { get; init; } = "";

    public string Platform { get; init; } = "";

    public string Verdict { get; init; } = "";

    public string Question { get; init; } = "";

    public string Reasons { get; init; } = "[]";

    public string Notes { get; init; } = "[]";

    public string? DecidingRole { get; init; }

    public string PackId { get; init; } = "";

    public string PackVersion { get; init; } = "";

    public long? ExceptionId { get; init; }

    public ConnectionDecisionRecord ToRecord() => new()
    {
        Id = Id,
        OrganisationId = OrganisationId,
        AskedBy = AskedBy,
        AskedAt = AskedAt,
        AskedOn = AskedOn,
        StaffId = StaffId,
        StaffName = StaffName,
        OtherPersonId = OtherPersonId,
        OtherName = OtherName,
        OtherDateOfBirth = OtherDateOfBirth,
        SubjectKind = Kebab.Parse<ConnectionSubjectKind>(SubjectKind),
        Action = Kebab.Parse<ConnectionAction>(Action),
        Platform = Platform,
        Verdict = Kebab.Parse<Verdict>(Verdict),
        Question = Question,
        Reasons = ReasonsJson.ReadReasons(Reasons),
        Notes = ReasonsJson.ReadNotes(Notes),
        DecidingRole = DecidingRole is null ? null : Kebab.Parse<Role>(DecidingRole),
        PackId = PackId,
        PackVersion = PackVersion,
        ExceptionId = ExceptionId,
    };
}

internal sealed class HoldRow
{
    public const string Columns =
        "id AS Id, organisation_id AS OrganisationId, decision_id AS DecisionId, staff_id AS StaffId, other_person_id AS OtherPersonId, " +
        "addressed_to AS AddressedTo, opened_at AS OpenedAt, state AS State, decided_by_id AS DecidedById, decided_by_name AS DecidedByName, " +
        "decided_at AS DecidedAt, note AS Note, exception_id AS ExceptionId, advice_id AS AdviceId, resolving_decision_id AS ResolvingDecisionId";

    public long Id { get; init; }

    public long OrganisationId { get; init; }

    public long DecisionId { get; init; }

    public long StaffId { get; init; }

    public long? OtherPersonId { get; init; }

    public string AddressedTo { get; init; } = "";

    public DateTimeOffset OpenedAt { get; init; }

    public string State { get; init; } = "";

    public long? DecidedById { get; init; }

    public string? DecidedByName { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? Note { get; init; }

    public long? ExceptionId { get; init; }

    public long? AdviceId { get; init; }

    public long? ResolvingDecisionId { get; init; }

    public ConnectionHoldRequest ToRecord() => new()
    {
        Id = Id,
        OrganisationId = OrganisationId,
        DecisionId = DecisionId,
        StaffId = StaffId,
        OtherPersonId = OtherPersonId,
        AddressedTo = Kebab.Parse<Role>(AddressedTo),
        OpenedAt = OpenedAt,
        State = Kebab.Parse<ConnectionHoldState>(State),
        DecidedById = DecidedById,
        DecidedByName = DecidedByName,
        DecidedAt = DecidedAt,
        Note = Note,
        ExceptionId = ExceptionId,
        AdviceId = AdviceId,
        ResolvingDecisionId = ResolvingDecisionId,
    };
}

internal sealed class ExceptionRow
{
    public const string Columns =
        "id AS Id, organisation_id AS OrganisationId, staff_id AS StaffId, other_person_id AS OtherPersonId, granted_by_id AS GrantedById, " +
        "granted_by_name AS GrantedByName, granted_as AS GrantedAs, granted_on AS GrantedOn, valid_until AS Until, reason AS Reason, recorded_at AS RecordedAt";

    public long Id { get; init; }

    public long OrganisationId { get; init; }

    public long StaffId { get; init; }

    public long OtherPersonId { get; init; }

    public long GrantedById { get; init; }

    public string GrantedByName { get; init; } = "";

    public string GrantedAs { get; init; } = "";

    public DateOnly GrantedOn { get; init; }

    public DateOnly Until { get; init; }

    public string Reason { get; init; } = "";

    public DateTimeOffset RecordedAt { get; init; }

    public ConnectionExceptionRecord ToRecord() => new()
    {
        Id = Id,
        OrganisationId = OrganisationId,
        StaffId = StaffId,
        OtherPersonId = OtherPersonId,
        GrantedById = GrantedById,
        GrantedByName = GrantedByName,
        GrantedAs = Kebab.Parse<StaffRole>(GrantedAs),
        GrantedOn = GrantedOn,
        Until = Until,
        Reason = Reason,
        RecordedAt = RecordedAt,
    };
}

internal sealed class AdviceRow
{
    public const string Columns =
        "id AS Id, organisation_id AS OrganisationId, kind AS Kind, staff_id AS StaffId, other_person_id AS OtherPersonId, given_by_id AS GivenById, " +
        "given_by_name AS GivenByName, given_as AS GivenAs, given_on AS GivenOn, may_connect AS MayConnect, note AS Note, recorded_at AS RecordedAt";

    public long Id { get; init; }

    public long OrganisationId { get; init; }

    public string Kind { get; init; } = "";

    public long StaffId { get; init; }

    public long OtherPersonId { get; init; }

    public long GivenById { get; init; }

    public string GivenByName { get; init; } = "";

    public string GivenAs { get; init; } = "";

    public DateOnly GivenOn { get; init; }

    public bool MayConnect { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public ConnectionAdviceRecord ToRecord() => new()
    {
        Id = Id,
        OrganisationId = OrganisationId,
        Kind = Kebab.Parse<ConnectionAdviceKind>(Kind),
        StaffId = StaffId,
        OtherPersonId = OtherPersonId,
        GivenById = GivenById,
        GivenByName = GivenByName,
        GivenAs = Kebab.Parse<StaffRole>(GivenAs),
        GivenOn = GivenOn,
        MayConnect = MayConnect,
        Note = Note,
        RecordedAt = RecordedAt,
    };
}
