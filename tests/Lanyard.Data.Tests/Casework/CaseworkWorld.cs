using Lanyard.Core.Casework;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Data.Organisations;
using Lanyard.Data.People;

namespace Lanyard.Data.Tests.Casework;

/// <summary>A school with a DSL, a teacher and a pupil, made fresh for each test.</summary>
internal sealed record CaseworkWorld(long SchoolId, long DslId, long TeacherId, long PupilId)
{
    public static readonly DateTimeOffset Now = new(2025, 10, 6, 9, 30, 0, TimeSpan.Zero);

    public static async Task<CaseworkWorld> CreateAsync(UnitOfWork work, string school = "Testbourne Community School")
    {
        var schoolId = (await new OrganisationStore(work).AddAsync(new NewOrganisation(school, OrganisationLevel.School, null, "testbourne"), CancellationToken.None)).Id;
        var people = new PeopleStore(work);
        var dsl = await people.AddAsync(new Person { OrganisationId = schoolId, Kind = PersonKind.Staff, GivenName = "Dana", FamilyName = "Lead", Email = "dsl@school.example", Roles = [StaffRole.Dsl] }, CancellationToken.None);
        var teacher = await people.AddAsync(new Person { OrganisationId = schoolId, Kind = PersonKind.Staff, GivenName = "Tom", FamilyName = "Teach", Roles = [StaffRole.Teacher] }, CancellationToken.None);
        var pupil = await people.AddAsync(new Person { OrganisationId = schoolId, Kind = PersonKind.Pupil, GivenName = "Pia", FamilyName = "Pupil", MisId = "P" + Guid.NewGuid().ToString("N")[..8] }, CancellationToken.None);
        return new CaseworkWorld(schoolId, dsl, teacher, pupil);
    }

    public CaseRecord Case(long reporterPersonId, DateTimeOffset? reportedAt = null, CaseType type = CaseType.ParentPost) => new()
    {
        OrganisationId = SchoolId,
        Type = type,
        Summary = "A parent posted about a lesson.",
        ReportedAt = reportedAt ?? Now,
        ReportedByUserId = 1000 + reporterPersonId,
        ReportedByPersonId = reporterPersonId,
        PackId = "testbourne",
        PackVersion = "1.0.0",
    };

    public static CaseEntry Entry(long caseId, CaseStep step, CaseStage from, CaseStage to, DateTimeOffset at) => new()
    {
        CaseId = caseId,
        Step = step,
        From = from,
        To = to,
        At = at,
        ByUserId = 42,
        ByName = "Dana Lead",
    };

    public static EvidenceItem Indecent(long caseId) => new()
    {
        CaseId = caseId,
        Kind = EvidenceKind.Physical,
        CapturedBy = "Head teacher",
        Description = "Phone handed in; not viewed further",
        IndecentImageOfChild = true,
        StorageLocation = "Head's safe",
        KeyHolder = "Head teacher",
        RecordedAt = Now,
        RecordedByUserId = 42,
    };
}
