using Lanyard.Core.Casework;
using Lanyard.Core.People;

namespace Lanyard.Core.Tests.Casework;

/// <summary>Cases and actors made in code for the access and report tests.</summary>
internal static class CaseFiles
{
    public const long School = 10;
    public const long OtherSchool = 20;
    public const long ReporterPersonId = 500;

    public static readonly DateTimeOffset Reported = new(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);

    public static CaseRecord Record(CaseType type, long organisationId = School, long reporter = ReporterPersonId, DateTimeOffset? reportedAt = null, string packId = "heathcoat", long id = 1) => new()
    {
        Id = id,
        OrganisationId = organisationId,
        Type = type,
        Summary = "Concern written by the reporter in their own words",
        ReportedAt = reportedAt ?? Reported,
        ReportedByUserId = 77,
        ReportedByPersonId = reporter,
        PackId = packId,
        PackVersion = Lanyard.Core.Policies.Loading.BuiltInPacks.Get(packId).Version,
    };

    public static CaseFile File(CaseType type, long organisationId = School, long reporter = ReporterPersonId, IReadOnlyList<CaseParty>? parties = null, IReadOnlyList<CaseEntry>? entries = null) =>
        new(Record(type, organisationId, reporter), parties ?? [], entries ?? [], []);

    public static CaseEntry Entry(long id, CaseStep step, CaseStage from, CaseStage to, IReadOnlyDictionary<string, string>? details = null, long? corrects = null, DateTimeOffset? at = null, string? note = null) => new()
    {
        Id = id,
        CaseId = 1,
        Step = step,
        From = from,
        To = to,
        At = at ?? Reported.AddHours(id),
        ByUserId = 78,
        ByName = "Entry Author",
        Details = details ?? new Dictionary<string, string>(StringComparer.Ordinal),
        Corrects = corrects,
        Note = note,
    };

    public static Dictionary<string, string> Details(string key, string value) => new(StringComparer.Ordinal) { [key] = value };

    public static CaseActor Actor(long personId, long organisationId, params StaffRole[] roles) => new(personId + 1000, personId, "Actor Name", organisationId, roles);

    public static CaseParty Party(long personId, PartyRole role, PartyKind kind = PartyKind.Staff) => new() { PersonId = personId, Role = role, Kind = kind };
}
