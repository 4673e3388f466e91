using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies.Loading;
using Lanyard.Core.Tests.Users;
using static Lanyard.Core.Tests.Casework.CaseFiles;

namespace Lanyard.Core.Tests.Casework.Access;

/// <summary>ViewCase, ListCases and Chronology show what CaseAccess allows, and audit what they show.</summary>
public sealed class ReadingCasesTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly InMemoryCaseStore _cases = new();
    private readonly InMemoryOrganisations _organisations = new();
    private readonly InMemoryPeople _people = new();
    private readonly InMemoryAuditLog _audit = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private long _school;
    private long _other;

    private async Task SchoolsAsync()
    {
        _school = (await _organisations.AddAsync(new NewOrganisation("Heathcoat Primary", Lanyard.Core.Policies.OrganisationLevel.School, null, "heathcoat"), None)).Id;
        _other = (await _organisations.AddAsync(new NewOrganisation("Other School", Lanyard.Core.Policies.OrganisationLevel.School, null, "chapmanslade"), None)).Id;
    }

    private Task<long> ReportAsync(CaseType type, long school, long reporter = ReporterPersonId, DateTimeOffset? at = null, params CaseParty[] parties) =>
        _cases.AddCaseAsync(Record(type, school, reporter, at) with { Id = 0 }, parties, None);

    private Task<ViewCase.Result> ViewAsync(CaseActor actor, long id) =>
        ViewCase.HandleAsync(new ViewCase.Request(actor, id), _cases, _organisations, new CasePacks(_organisations, new NoPolicyVersions()), _audit, _clock, None);

    [Fact]
    public async Task ViewCase_CaseTheReaderMayNotSee_IsAnsweredExactlyLikeAMissingCase_AndNotAudited()
    {
        await SchoolsAsync();
        var id = await ReportAsync(CaseType.SafeguardingConcern, _school);
        var teacher = Actor(42, _school, StaffRole.Teacher);

        var hidden = await ViewAsync(teacher, id);
        var missing = await ViewAsync(teacher, 999);

        hidden.ShouldBe(missing);
        hidden.Found.ShouldBeFalse();
        _audit.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task ViewCase_Full_ShowsTheFileAndWhatTheProcedureAllows_AndAuditsTheViewWithoutPersonalData()
    {
        await SchoolsAsync();
        var id = await ReportAsync(CaseType.SafeguardingConcern, _school, parties: Party(600, PartyRole.Subject, PartyKind.Pupil));
        var dsl = Actor(42, _school, StaffRole.Dsl);

        var result = await ViewAsync(dsl, id);

        result.Level.ShouldBe(CaseAccessLevel.Full);
        result.Full.ShouldNotBeNull().File.Parties.Count.ShouldBe(1);
        result.Full.MayAct.ShouldBeTrue();
        result.Full.AllowedNow.ShouldBe(CaseProcedures.For(BuiltInPacks.Get("heathcoat"), CaseType.SafeguardingConcern).AllowedNow(result.Full.File));
        var view = _audit.Events.ShouldHaveSingleItem();
        view.ShouldBe(new AuditEvent(_clock.GetUtcNow(), dsl.UserId, "1042", AuditAction.View, "case", id, _school, "view full"));
    }

    [Fact]
    public async Task ViewCase_Reporter_SeesTheStatusOfTheirOwnReportOnly()
    {
        await SchoolsAsync();
        var id = await ReportAsync(CaseType.SafeguardingConcern, _school, reporter: 42);

        var result = await ViewAsync(Actor(42, _school, StaffRole.Teacher), id);

        result.Level.ShouldBe(CaseAccessLevel.OwnStatusOnly);
        result.Full.ShouldBeNull();
        result.Status.ShouldBe(new CaseStatusView(id, CaseType.SafeguardingConcern, CaseStage.Reported, Reported));
        _audit.Events.ShouldHaveSingleItem().Detail.ShouldBe("view own-status-only");
    }

    [Fact]
    public async Task ViewCase_Governor_SeesTheMonthAndAFixedOutcomeWord_NeverFreeText()
    {
        await SchoolsAsync();
        var id = await ReportAsync(CaseType.ParentPost, _school);
        await _cases.AppendEntryAsync(Entry(0, CaseStep.RecordOutcome, CaseStage.Triaged, CaseStage.OutcomeRecorded, Details(CaseDetails.Outcome, "Mrs Smith apologised")) with { CaseId = id }, None);

        var result = await ViewAsync(Actor(42, _school, StaffRole.Governor), id);

        result.Anonymised.ShouldBe(new AnonymisedCaseView(id, CaseType.ParentPost, CaseStage.OutcomeRecorded, new DateOnly(2025, 3, 1), "recorded"));
        _audit.Events.ShouldHaveSingleItem().Detail.ShouldBe("view anonymised");
    }

    [Fact]
    public async Task ListCases_EachRowAtItsLevel_NewestFirst_OtherSchoolsLeftOut()
    {
        await SchoolsAsync();
        var own = await ReportAsync(CaseType.SafeguardingConcern, _school, reporter: 42, at: Reported);
        var later = await ReportAsync(CaseType.ParentPost, _school, at: Reported.AddDays(3));
        await ReportAsync(CaseType.ParentPost, _other, at: Reported.AddDays(5));

        var teacher = await ListCases.HandleAsync(new ListCases.Request(Actor(42, _school, StaffRole.Teacher)), _cases, _organisations, new CasePacks(_organisations, new NoPolicyVersions()), _clock, None);
        var head = await ListCases.HandleAsync(new ListCases.Request(Actor(43, _school, StaffRole.Headteacher)), _cases, _organisations, new CasePacks(_organisations, new NoPolicyVersions()), _clock, None);

        var row = teacher.ShouldHaveSingleItem();
        (row.CaseId, row.Level, row.Summary, row.OpenTasks).ShouldBe((own, CaseAccessLevel.OwnStatusOnly, (string?)null, (int?)null));
        head.Select(r => r.CaseId).ShouldBe([later, own]);
        head.ShouldAllBe(r => r.Level == CaseAccessLevel.Full && r.Summary != null);
        _audit.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task ListCases_Filters_ByTypeStageAndOpen()
    {
        await SchoolsAsync();
        var open = await ReportAsync(CaseType.ParentPost, _school);
        var closed = await ReportAsync(CaseType.ParentPost, _school);
        await _cases.AppendEntryAsync(Entry(0, CaseStep.Close, CaseStage.OutcomeRecorded, CaseStage.Closed) with { CaseId = closed }, None);
        await ReportAsync(CaseType.ExcessiveUse, _school);
        var head = Actor(43, _school, StaffRole.Headteacher);

        var parentPosts = await ListCases.HandleAsync(new ListCases.Request(head, Type: CaseType.ParentPost), _cases, _organisations, new CasePacks(_organisations, new NoPolicyVersions()), _clock, None);
        var openParentPosts = await ListCases.HandleAsync(new ListCases.Request(head, Type: CaseType.ParentPost, OpenOnly: true), _cases, _organisations, new CasePacks(_organisations, new NoPolicyVersions()), _clock, None);
        var closedOnes = await ListCases.HandleAsync(new ListCases.Request(head, Stage: CaseStage.Closed), _cases, _organisations, new CasePacks(_organisations, new NoPolicyVersions()), _clock, None);

        parentPosts.Count.ShouldBe(2);
        openParentPosts.ShouldHaveSingleItem().CaseId.ShouldBe(open);
        closedOnes.ShouldHaveSingleItem().CaseId.ShouldBe(closed);
    }

    [Fact]
    public void ListCases_OverdueOnly_KeepsCasesWithAnOverdueTask_AndNeverShowsTasksToTheReporter()
    {
        var now = _clock.GetUtcNow();
        var late = File(CaseType.ParentPost) with { Case = Record(CaseType.ParentPost, id: 1) };
        var onTime = File(CaseType.ParentPost) with { Case = Record(CaseType.ParentPost, id: 2) };
        var mine = File(CaseType.SafeguardingConcern) with { Case = Record(CaseType.SafeguardingConcern, reporter: 42, id: 3) };
        IReadOnlyList<CaseTask> Tasks(CaseFile f) => [new CaseTask(f.Case.Id, CaseStep.RecordResponse, "Record the response", null, f.Case.Id == 2 ? now.AddDays(1) : now.AddDays(-1), null, true)];

        var head = ListCases.Select(new ListCases.Request(Actor(43, School, StaffRole.Headteacher), OverdueOnly: true), [late, onTime], [School], now, Tasks);
        var reporter = ListCases.Select(new ListCases.Request(Actor(42, School, StaffRole.Teacher), OverdueOnly: true), [mine], [School], now, Tasks);

        var row = head.ShouldHaveSingleItem();
        (row.CaseId, row.OpenTasks, row.OverdueTasks, row.IsOverdue).ShouldBe((1L, (int?)1, (int?)1, true));
        reporter.ShouldBeEmpty();
    }

    [Fact]
    public async Task Chronology_OnlyCasesReadInFull_InTimeOrder_NotCounted_AndAuditedAsAViewOfThePerson()
    {
        await SchoolsAsync();
        var pupil = await _people.AddAsync(new Person { OrganisationId = _school, Kind = PersonKind.Pupil, GivenName = "Pat", FamilyName = "Pupil" }, None);
        var safeguarding = await ReportAsync(CaseType.SafeguardingConcern, _school, at: Reported, parties: Party(pupil, PartyRole.Subject, PartyKind.Pupil));
        var misconduct = await ReportAsync(CaseType.PupilMisconduct, _school, at: Reported.AddDays(1), parties: Party(pupil, PartyRole.AllegedPerpetrator, PartyKind.Pupil));
        await ReportAsync(CaseType.PupilMisconduct, _school, at: Reported.AddDays(2));
        await _cases.AppendEntryAsync(Entry(0, CaseStep.InitialAssessment, CaseStage.Reported, CaseStage.Triaged, at: Reported.AddDays(3), note: "assessed") with { CaseId = safeguarding }, None);
        Task<Chronology.Result?> ChronologyFor(CaseActor actor) => Chronology.HandleAsync(new Chronology.Request(actor, pupil), _cases, _people, _organisations, _audit, _clock, None);

        var dsl = (await ChronologyFor(Actor(42, _school, StaffRole.Dsl))).ShouldNotBeNull();
        var deputy = (await ChronologyFor(Actor(43, _school, StaffRole.DeputyHead))).ShouldNotBeNull();

        dsl.Cases.Select(c => c.CaseId).ShouldBe([safeguarding, misconduct]);
        dsl.Lines.Select(l => (l.CaseId, l.Entry?.Step)).ShouldBe([(safeguarding, null), (misconduct, null), (safeguarding, (CaseStep?)CaseStep.InitialAssessment)]);
        dsl.Name.ShouldBe("Pat Pupil");
        deputy.Cases.ShouldHaveSingleItem().CaseId.ShouldBe(misconduct);
        _audit.Events.Select(e => (e.SubjectKind, e.SubjectId, e.Detail)).ShouldBe([("person", pupil, Chronology.AuditDetail), ("person", pupil, Chronology.AuditDetail)]);
    }

    [Fact]
    public async Task Chronology_PersonOfAnotherSchool_IsNotFound_AndNotAudited()
    {
        await SchoolsAsync();
        var pupil = await _people.AddAsync(new Person { OrganisationId = _other, Kind = PersonKind.Pupil, GivenName = "Sam", FamilyName = "Elsewhere" }, None);

        var result = await Chronology.HandleAsync(new Chronology.Request(Actor(42, _school, StaffRole.Dsl), pupil), _cases, _people, _organisations, _audit, _clock, None);

        result.ShouldBeNull();
        _audit.Events.ShouldBeEmpty();
    }
}
