using Lanyard.Core.Casework;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Tests.Users;

namespace Lanyard.Core.Tests.Casework.Evidence;

/// <summary>A case under one shipped pack, with in-memory stores, for the evidence and letter tests.</summary>
internal sealed class CaseWorld
{
    public static readonly DateTimeOffset Now = new(2025, 3, 12, 10, 30, 0, TimeSpan.Zero);

    public InMemoryCaseStore Cases { get; } = new();

    public RecordingEvidenceFiles Files { get; } = new();

    public InMemoryAuditLog Audit { get; } = new();

    public ManualClock Clock { get; } = new(Now);

    /// <summary>The one school every case and actor here belongs to.</summary>
    public InMemoryOrganisations Organisations { get; } = new(new Organisation(1, "Example Primary", OrganisationLevel.School, null, "testbourne"));

    /// <summary>A teacher of the same school with no part in the cases: may not read them.</summary>
    public static CaseActor Teacher { get; } = new(UserId: 3, PersonId: 30, Name: "Tess Teacher", OrganisationId: 1, Roles: [StaffRole.Teacher]);

    public CaseActor Dsl { get; } = new(UserId: 7, PersonId: 70, Name: "Dana Lead", OrganisationId: 1, Roles: [StaffRole.Dsl]);

    /// <summary>Reports a case of <paramref name="type"/> under <paramref name="packId"/> and, when asked, moves it to <paramref name="stage"/>.</summary>
    public async Task<long> CaseAsync(string packId, CaseType type = CaseType.OnlineAbuseOfStaff, CaseStage stage = CaseStage.Triaged, string? location = null)
    {
        var pack = BuiltInPacks.Get(packId);
        var id = await Cases.AddCaseAsync(
            new CaseRecord
            {
                OrganisationId = 1,
                Type = type,
                Summary = "A parent posted that Mr Example is a disgrace, naming him.",
                Location = location,
                HappenedAt = Now.AddDays(-2),
                ReportedAt = Now.AddDays(-1),
                ReportedByUserId = 9,
                ReportedByPersonId = 90,
                PackId = pack.Id,
                PackVersion = pack.Version,
            },
            [new CaseParty { PersonId = 90, Kind = PartyKind.Staff, Role = PartyRole.Subject }],
            CancellationToken.None);
        if (stage != CaseStage.Reported)
        {
            await Step(id, CaseStep.InitialAssessment, CaseStage.Reported, CaseStage.Triaged, "Assessed: parent post about a teacher.");
        }

        if (stage == CaseStage.Closed)
        {
            await Step(id, CaseStep.RecordOutcome, CaseStage.Triaged, CaseStage.OutcomeRecorded, "Post removed.");
            await Step(id, CaseStep.Close, CaseStage.OutcomeRecorded, CaseStage.Closed, null);
        }

        return id;
    }

    public Task<long> Step(long caseId, CaseStep step, CaseStage from, CaseStage to, string? note) =>
        Cases.AppendEntryAsync(
            new CaseEntry { CaseId = caseId, Step = step, From = from, To = to, At = Now.AddHours(-20), ByUserId = 8, ByName = "Sam Senior", Note = note },
            CancellationToken.None);

    public static RecordEvidence.Upload Bytes(string name, byte[] bytes, string type = "image/png") => new(name, type, () => new MemoryStream(bytes));

    public static RecordEvidence.Request Screenshot(CaseActor actor, long caseId, RecordEvidence.Upload? file, string? url = "https://social.example/p/123", DateTimeOffset? capturedAt = null) =>
        new(actor, caseId, EvidenceKind.Screenshot, url, capturedAt ?? Now.AddHours(-3), "Dana Lead", "phone screenshot", "The post and two replies", false, null, null, file);

    public Task<RecordEvidence.Result> RecordAsync(RecordEvidence.Request request) =>
        RecordEvidence.HandleAsync(request, Cases, Organisations, new CasePacks(Organisations, new NoPolicyVersions()), Files, Audit, Clock, CancellationToken.None);
}
