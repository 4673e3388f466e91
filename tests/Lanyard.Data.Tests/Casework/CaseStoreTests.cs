using System.Data.Common;
using Lanyard.Core.Casework;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Data.Casework;

namespace Lanyard.Data.Tests.Casework;

public sealed class CaseStoreTests
{
    private static readonly DateTimeOffset Now = CaseworkWorld.Now;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Case_WithPartiesEntriesAndEvidence_RoundTrips(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        long caseId, assessed, evidenceId, iiocId;
        CaseworkWorld world;
        await using (var work = db.Work())
        {
            world = await CaseworkWorld.CreateAsync(work);
            var store = new CaseStore(work);
            caseId = await store.AddCaseAsync(
                world.Case(world.TeacherId) with
                {
                    Location = "https://social.example/post/1",
                    HappenedAt = Now.AddHours(-3),
                    Urgency = Urgency.Immediate,
                    Source = new CaseSource("post-check", "17"),
                },
                [
                    new CaseParty { PersonId = world.PupilId, Kind = PartyKind.Pupil, Role = PartyRole.Subject },
                    new CaseParty { Description = "anonymous account @x", Kind = PartyKind.Unknown, Role = PartyRole.AllegedPerpetrator },
                ],
                CancellationToken.None);
            assessed = await store.AppendEntryAsync(
                CaseworkWorld.Entry(caseId, CaseStep.InitialAssessment, CaseStage.Reported, CaseStage.Triaged, Now.AddMinutes(5)) with
                {
                    ActingAs = Role.Dsl,
                    Note = "Seen; serious.",
                    Details = new Dictionary<string, string> { [CaseDetails.Assessment] = "external-agency-needed", [CaseDetails.FactorPrefix + "nature"] = "sexual \"content\"" },
                    Clauses = ["testbourne.6b", "testbourne.6c"],
                },
                CancellationToken.None);
            await store.AppendEntryAsync(
                CaseworkWorld.Entry(caseId, CaseStep.AddNote, CaseStage.Triaged, CaseStage.Triaged, Now.AddMinutes(6)) with { Note = "Correction: it was two posts.", Corrects = assessed },
                CancellationToken.None);
            await store.AddPartyAsync(new CaseParty { CaseId = caseId, PersonId = world.DslId, Kind = PartyKind.Staff, Role = PartyRole.Witness }, CancellationToken.None);
            evidenceId = await store.AddEvidenceAsync(
                new EvidenceItem
                {
                    CaseId = caseId,
                    Kind = EvidenceKind.Screenshot,
                    Url = "https://social.example/post/1",
                    CapturedAt = Now.AddHours(-2),
                    CapturedBy = "Tom Teach",
                    HowCaptured = "phone screenshot",
                    Description = "The post and two replies",
                    Sha256 = new string('a', 64),
                    SizeBytes = 2048,
                    FileName = "post.png",
                    ContentType = "image/png",
                    RecordedAt = Now.AddMinutes(1),
                    RecordedByUserId = 1000 + world.TeacherId,
                },
                CancellationToken.None);
            iiocId = await store.AddEvidenceAsync(CaseworkWorld.Indecent(caseId), CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        await using var read = db.Work();
        var file = await new CaseStore(read).GetAsync(caseId, CancellationToken.None);

        file.ShouldNotBeNull();
        file.Case.ShouldBe(world.Case(world.TeacherId) with
        {
            Id = caseId,
            Location = "https://social.example/post/1",
            HappenedAt = Now.AddHours(-3),
            Urgency = Urgency.Immediate,
            Source = new CaseSource("post-check", "17"),
        });
        file.Parties.Select(p => (p.CaseId, p.PersonId, p.Description, p.Kind, p.Role)).ShouldBe(
        [
            (caseId, (long?)world.PupilId, (string?)null, PartyKind.Pupil, PartyRole.Subject),
            (caseId, null, "anonymous account @x", PartyKind.Unknown, PartyRole.AllegedPerpetrator),
            (caseId, world.DslId, null, PartyKind.Staff, PartyRole.Witness),
        ]);
        file.Entries.Count.ShouldBe(2);
        var first = file.Entries[0];
        (first.Id, first.Step, first.From, first.To, first.At, first.ByUserId, first.ByName, first.ActingAs, first.Note, first.Corrects)
            .ShouldBe((assessed, CaseStep.InitialAssessment, CaseStage.Reported, CaseStage.Triaged, Now.AddMinutes(5), 42L, "Dana Lead", (Role?)Role.Dsl, (string?)"Seen; serious.", (long?)null));
        first.Details.ShouldBe(new Dictionary<string, string> { ["assessment"] = "external-agency-needed", ["factor.nature"] = "sexual \"content\"" });
        first.Clauses.ShouldBe(["testbourne.6b", "testbourne.6c"]);
        file.Entries[1].Corrects.ShouldBe(assessed);
        file.Entries[1].Details.ShouldBeEmpty();
        file.Entries[1].Clauses.ShouldBeEmpty();
        file.Stage.ShouldBe(CaseStage.Triaged);
        file.Evidence.Select(e => e.Id).ShouldBe([evidenceId, iiocId]);
        file.Evidence[0].ShouldBe(new EvidenceItem
        {
            Id = evidenceId,
            CaseId = caseId,
            Kind = EvidenceKind.Screenshot,
            Url = "https://social.example/post/1",
            CapturedAt = Now.AddHours(-2),
            CapturedBy = "Tom Teach",
            HowCaptured = "phone screenshot",
            Description = "The post and two replies",
            Sha256 = new string('a', 64),
            SizeBytes = 2048,
            FileName = "post.png",
            ContentType = "image/png",
            RecordedAt = Now.AddMinutes(1),
            RecordedByUserId = 1000 + world.TeacherId,
        });
        file.Evidence[1].ShouldBe(CaseworkWorld.Indecent(caseId) with { Id = iiocId });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetAsync_UnknownCase_IsNull(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var work = db.Work();

        (await new CaseStore(work).GetAsync(404, CancellationToken.None)).ShouldBeNull();
    }

    public static TheoryData<DatabaseProvider, string, string> AppendOnlyStatements()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, "cases", "UPDATE cases SET summary = 'rewritten'");
            data.Add(provider, "cases", "DELETE FROM cases");
            data.Add(provider, "case_parties", "UPDATE case_parties SET role = 'witness'");
            data.Add(provider, "case_parties", "DELETE FROM case_parties");
            data.Add(provider, "case_entries", "UPDATE case_entries SET note = 'rewritten'");
            data.Add(provider, "case_entries", "DELETE FROM case_entries");
            data.Add(provider, "evidence_items", "UPDATE evidence_items SET description = 'rewritten'");
            data.Add(provider, "evidence_items", "DELETE FROM evidence_items");
            data.Add(provider, "audit_log", "UPDATE audit_log SET detail = 'rewritten'");
            data.Add(provider, "audit_log", "DELETE FROM audit_log");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AppendOnlyStatements))]
    public async Task Database_RefusesUpdateAndDelete_OnAppendOnlyTables(DatabaseProvider provider, string table, string statement)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var work = db.Work())
        {
            var world = await CaseworkWorld.CreateAsync(work);
            var store = new CaseStore(work);
            var caseId = await store.AddCaseAsync(world.Case(world.TeacherId), [new CaseParty { PersonId = world.PupilId, Kind = PartyKind.Pupil, Role = PartyRole.Subject }], CancellationToken.None);
            await store.AppendEntryAsync(CaseworkWorld.Entry(caseId, CaseStep.InitialAssessment, CaseStage.Reported, CaseStage.Triaged, Now), CancellationToken.None);
            await store.AddEvidenceAsync(CaseworkWorld.Indecent(caseId), CancellationToken.None);
            await new Data.Audit.AuditLogStore(work).AppendAsync(new Core.Audit.AuditEvent(Now, 42, "42", Core.Audit.AuditAction.Create, "case", caseId, world.SchoolId, "reported"), CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        await using (var attacker = db.Work())
        {
            var refused = await Should.ThrowAsync<DbException>(() => attacker.ExecuteAsync(statement, null, CancellationToken.None));
            refused.Message.ShouldContain($"{table} is append-only");
        }

        await using var check = db.Work();
        (await check.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}", null, CancellationToken.None)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Testbourne_6b_IndecentImageEvidence_DatabaseRefusesARowWithAFile(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        long caseId;
        await using (var work = db.Work())
        {
            var world = await CaseworkWorld.CreateAsync(work);
            caseId = await new CaseStore(work).AddCaseAsync(world.Case(world.TeacherId, type: CaseType.IndecentImageEvidence), [], CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        var withFile = CaseworkWorld.Indecent(caseId) with { Sha256 = new string('b', 64), SizeBytes = 10 };
        var withName = CaseworkWorld.Indecent(caseId) with { FileName = "image.jpg" };
        var unlocked = CaseworkWorld.Indecent(caseId) with { StorageLocation = null };
        var noKeyHolder = CaseworkWorld.Indecent(caseId) with { KeyHolder = " " };
        foreach (var item in new[] { withFile, withName, unlocked, noKeyHolder })
        {
            await using var work = db.Work();
            await Should.ThrowAsync<DbException>(() => new CaseStore(work).AddEvidenceAsync(item, CancellationToken.None));
        }

        await using var read = db.Work();
        (await new CaseStore(read).GetAsync(caseId, CancellationToken.None))!.Evidence.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Correction_OfAnotherCasesEntry_IsRefused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        long otherEntry, caseId;
        await using (var work = db.Work())
        {
            var world = await CaseworkWorld.CreateAsync(work);
            var store = new CaseStore(work);
            var other = await store.AddCaseAsync(world.Case(world.TeacherId), [], CancellationToken.None);
            otherEntry = await store.AppendEntryAsync(CaseworkWorld.Entry(other, CaseStep.AddNote, CaseStage.Reported, CaseStage.Reported, Now), CancellationToken.None);
            caseId = await store.AddCaseAsync(world.Case(world.DslId), [], CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        await using var attempt = db.Work();
        await Should.ThrowAsync<DbException>(() => new CaseStore(attempt).AppendEntryAsync(
            CaseworkWorld.Entry(caseId, CaseStep.AddNote, CaseStage.Reported, CaseStage.Reported, Now) with { Corrects = otherEntry }, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListAsync_ReturnsTheOrganisationsCases_NewestFirst_WithTheirEntries(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var work = db.Work();
        var testbourne = await CaseworkWorld.CreateAsync(work);
        var cambrian = await CaseworkWorld.CreateAsync(work, "Cambrian School");
        var store = new CaseStore(work);
        var older = await store.AddCaseAsync(testbourne.Case(testbourne.TeacherId, Now.AddDays(-2)), [], CancellationToken.None);
        var newer = await store.AddCaseAsync(testbourne.Case(testbourne.DslId, Now), [], CancellationToken.None);
        var elsewhere = await store.AddCaseAsync(cambrian.Case(cambrian.TeacherId, Now.AddDays(-1)), [], CancellationToken.None);
        await store.AppendEntryAsync(CaseworkWorld.Entry(older, CaseStep.InitialAssessment, CaseStage.Reported, CaseStage.Triaged, Now), CancellationToken.None);

        var mine = await store.ListAsync([testbourne.SchoolId], CancellationToken.None);
        var both = await store.ListAsync([testbourne.SchoolId, cambrian.SchoolId], CancellationToken.None);
        var none = await store.ListAsync([], CancellationToken.None);

        mine.Select(f => f.Case.Id).ShouldBe([newer, older]);
        mine[1].Stage.ShouldBe(CaseStage.Triaged);
        mine[0].Entries.ShouldBeEmpty();
        both.Select(f => f.Case.Id).ShouldBe([newer, elsewhere, older]);
        none.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListForPersonAsync_FindsCasesNamingThemOrReportedByThem(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var work = db.Work();
        var world = await CaseworkWorld.CreateAsync(work);
        var store = new CaseStore(work);
        var aboutPupil = await store.AddCaseAsync(world.Case(world.TeacherId, Now.AddDays(-3)), [new CaseParty { PersonId = world.PupilId, Kind = PartyKind.Pupil, Role = PartyRole.Subject }], CancellationToken.None);
        var reportedByDsl = await store.AddCaseAsync(world.Case(world.DslId, Now.AddDays(-2)), [new CaseParty { Description = "a stranger", Kind = PartyKind.Public, Role = PartyRole.AllegedPerpetrator }], CancellationToken.None);
        var dslWitness = await store.AddCaseAsync(world.Case(world.TeacherId, Now.AddDays(-1)), [new CaseParty { PersonId = world.PupilId, Kind = PartyKind.Pupil, Role = PartyRole.Witness }], CancellationToken.None);
        await store.AddPartyAsync(new CaseParty { CaseId = dslWitness, PersonId = world.DslId, Kind = PartyKind.Staff, Role = PartyRole.Witness }, CancellationToken.None);
        // Named twice on one case: listed once.
        await store.AddPartyAsync(new CaseParty { CaseId = reportedByDsl, PersonId = world.DslId, Kind = PartyKind.Staff, Role = PartyRole.Reporter }, CancellationToken.None);

        (await store.ListForPersonAsync(world.PupilId, CancellationToken.None)).Select(f => f.Case.Id).ShouldBe([dslWitness, aboutPupil]);
        (await store.ListForPersonAsync(world.DslId, CancellationToken.None)).Select(f => f.Case.Id).ShouldBe([dslWitness, reportedByDsl]);
        (await store.ListForPersonAsync(world.TeacherId, CancellationToken.None)).Select(f => f.Case.Id).ShouldBe([dslWitness, aboutPupil]);
        var withParties = await store.ListForPersonAsync(world.DslId, CancellationToken.None);
        withParties[0].Parties.Count.ShouldBe(2);
    }
}
