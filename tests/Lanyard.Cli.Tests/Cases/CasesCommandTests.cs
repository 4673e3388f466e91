using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lanyard.Core.People;
using Lanyard.Data;

namespace Lanyard.Cli.Tests.Cases;

/// <summary><c>lanyard cases …</c> on a real SQLite file seeded with the demo schools, staff sign-ins and pupils.</summary>
public sealed partial class CasesCommandTests : IAsyncLifetime
{
    private const string Heathcoat = "Heathcoat Primary School";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lanyard-cli-cases-");

    private string Db => Path.Combine(_folder.FullName, "lanyard.db");

    private string EvidenceFolder => Path.Combine(_folder.FullName, "evidence");

    public Task InitializeAsync() => DemoSchools.SeedAsync(new SqliteDatabase(Db));

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in _folder.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.IsReadOnly = false; // stored evidence is made read-only
        }

        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private CliRun Cases(params string[] args) => CliRun.Of(["cases", .. args, "--database", Db]);

    internal static long CaseIdOf(CliRun run)
    {
        run.ExitCode.ShouldBe(0, run.Error);
        return long.Parse(CaseLine().Match(run.Output).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private long Report(string asEmail, string school, string type, params string[] more) =>
        CaseIdOf(Cases(["report", "--as", asEmail, "--school", school, "--type", type, "--summary", "A post about the school", .. more]));

    [Fact]
    public async Task HeathcoatParentPost_ReportedSteppedLetteredAndClosed_ByScript_WithTheAuditLogIntact()
    {
        var parent = await DemoSchools.FirstAsync(new SqliteDatabase(Db), Heathcoat, PersonKind.Parent);
        const string Head = "head@heathcoat.demo";

        var report = Cases("report", "--as", Head, "--school", Heathcoat, "--type", "parent-post", "--summary", "A parent's post names a teacher",
            "--where", "https://social.example/p/9", "--when", "2025-10-06T08:30", "--party", $"person:{parent.Id}:alleged-perpetrator", "--party", "public:\"A neighbour\":witness");
        var id = CaseIdOf(report).ToString(CultureInfo.InvariantCulture);
        report.Output.ShouldContain("under heathcoat version");
        report.Output.ShouldContain("as headteacher [heathcoat.sanctioned.04]");
        report.Output.ShouldContain("Allowed now:");
        report.Output.ShouldContain("initial-assessment");

        Cases("step", id, "initial-assessment", "--as", Head).ExitCode.ShouldBe(0);

        var illegal = Cases("step", id, "legal-advice", "--as", Head);
        illegal.ExitCode.ShouldBe(1);
        illegal.Error.ShouldContain("'legal-advice' is not allowed while the case is triaged. Allowed now: ");
        illegal.Error.ShouldContain("discuss-with-parent [heathcoat.parents.08]");
        illegal.Error.ShouldContain("request-removal [heathcoat.parents.08]");

        Cases("step", id, "discuss-with-parent", "--as", Head, "--note", "Spoke to the parent by phone").ExitCode.ShouldBe(0);
        Cases("step", id, "request-removal", "--as", Head).ExitCode.ShouldBe(0);
        var refused = Cases("step", id, "record-response", "--as", Head, "--detail", "response=refused-and-continuing");
        refused.ExitCode.ShouldBe(0, refused.Error);
        refused.Output.ShouldContain("Stage: in-progress -> in-progress");
        refused.Output.ShouldContain("written-warning [heathcoat.parents.10]");
        refused.Output.ShouldContain("legal-advice [heathcoat.parents.09]");

        var incomplete = Cases("letter", id, "written-warning", "--as", Head, "--field", "recipient.name=Mr and Mrs Example");
        incomplete.ExitCode.ShouldBe(1);
        incomplete.Error.ShouldContain("--field: Fill in every placeholder before issuing the letter: signatory.name, signatory.role.");
        incomplete.Output.ShouldBeEmpty();

        var letter = Cases("letter", id, "written-warning", "--as", Head,
            "--field", "recipient.name=Mr and Mrs Example", "--field", "signatory.name=Helen Ashworth", "--field", "signatory.role=Head Teacher");
        letter.ExitCode.ShouldBe(0, letter.Error);
        letter.Output.ShouldContain("issued on case " + id + ": written-warning, heathcoat template version 0");
        letter.Output.ShouldContain("Dear Mr and Mrs Example,");
        letter.Output.ShouldContain("https://social.example/p/9");
        letter.Output.ShouldNotContain("{{");

        Cases("step", id, "written-warning", "--as", Head).ExitCode.ShouldBe(0);
        Cases("step", id, "record-outcome", "--as", Head, "--detail", "outcome=resolved").ExitCode.ShouldBe(0);
        var close = Cases("step", id, "close", "--as", Head);
        close.ExitCode.ShouldBe(0, close.Error);
        close.Output.ShouldContain("Stage: outcome-recorded -> closed");

        var show = Cases("show", id, "--as", Head);
        show.ExitCode.ShouldBe(0, show.Error);
        show.Output.ShouldContain("Stage: closed");
        show.Output.ShouldContain($"alleged-perpetrator: parent {parent.DisplayName} (person {parent.Id})");
        show.Output.ShouldContain("witness: public A neighbour");
        show.Output.ShouldContain("note: Spoke to the parent by phone");
        show.Output.ShouldContain("written-warning (in-progress) by ");
        show.Output.ShouldContain("[heathcoat.parents.10]");
        show.Output.ShouldContain("letter-id=");

        var verify = CliRun.Of("audit", "verify", "--database", Db);
        verify.ExitCode.ShouldBe(0, verify.Error);
        verify.Output.ShouldStartWith("audit log intact: ");
    }

    [Fact]
    public void Testbourne_6b_09_FlagRaisedByMistake_CorrectedWithStepCorrects_ClosesThePoliceTask_AndShowMarksTheCorrection()
    {
        const string Head = "head@testbourne.demo";
        var id = Report(Head, "Testbourne Community School", "online-abuse-of-staff", "--flag", "indecent-images-of-children").ToString(CultureInfo.InvariantCulture);
        Cases("step", id, "initial-assessment", "--as", Head).ExitCode.ShouldBe(0);
        Cases("step", id, "record-support-offered", "--as", Head).ExitCode.ShouldBe(0);
        Cases("step", id, "close", "--as", Head).Error.ShouldContain("Cannot close the case: the task 'Contact the police now' is open (testbourne.6b.09).");
        var flagged = Regex.Match(Cases("show", id, "--as", Head).Output, @"#(\d+) [^\n]*add-note[^\n]*flags=indecent-images-of-children").Groups[1].Value;
        flagged.ShouldNotBeEmpty();

        var noNote = Cases("step", id, "add-note", "--as", Head, "--corrects", flagged);
        noNote.ExitCode.ShouldBe(1);
        noNote.Error.ShouldContain($"--note: Say what was wrong with entry {flagged}: a correction needs a note.");
        Cases("step", id, "record-support-offered", "--as", Head, "--corrects", flagged, "--note", "No images.").Error
            .ShouldContain($"step: A correction re-records the step of the entry it corrects: entry {flagged} is 'add-note', not 'record-support-offered'.");

        // A correction of the note alone carries the entry's details over: the flag stays, and so does the police task.
        var noteOnly = Cases("step", id, "add-note", "--as", Head, "--corrects", flagged, "--note", "Typo in the note.");
        noteOnly.ExitCode.ShouldBe(0, noteOnly.Error);
        var first = Regex.Match(noteOnly.Output, $@"entry #{flagged} \(add-note\) corrected by entry #(\d+)").Groups[1].Value;
        first.ShouldNotBeEmpty();
        Cases("step", id, "close", "--as", Head).Error.ShouldContain("Cannot close the case: the task 'Contact the police now' is open (testbourne.6b.09).");

        // flags= (nothing after it) removes the flag.
        var corrected = Cases("step", id, "add-note", "--as", Head, "--corrects", first, "--detail", "flags=", "--note", "No indecent images: the flag was ticked by mistake.");

        corrected.ExitCode.ShouldBe(0, corrected.Error);
        var correction = Regex.Match(corrected.Output, $@"entry #{first} \(add-note\) corrected by entry #(\d+)").Groups[1].Value;
        correction.ShouldNotBeEmpty();
        corrected.Output.ShouldContain("Stage: in-progress -> in-progress");
        corrected.Output.ShouldNotContain("Contact the police now");
        Cases("step", id, "add-note", "--as", Head, "--corrects", flagged, "--note", "Again.").Error
            .ShouldContain($"--corrects: Entry {flagged} has already been corrected by entry {first}: correct entry {first} instead.");
        Cases("step", id, "close", "--as", Head).ExitCode.ShouldBe(0);
        var show = Cases("show", id, "--as", Head).Output;
        show.ShouldMatch($@"#{flagged} [^\n]*flags=indecent-images-of-children[^\n]* CORRECTED by #{first}");
        show.ShouldMatch($@"#{first} [^\n]*add-note[^\n]*flags=indecent-images-of-children[^\n]*\(corrects #{flagged}\)");
        show.ShouldMatch($@"#{correction} [^\n]*add-note[^\n]*\(corrects #{first}\)");
        show.ShouldNotMatch($@"#{correction} [^\n]*flags=");
    }

    [Fact]
    public void Cambrian_monitoring_review_03_CloseAsASignificantIncident_SaysAnEarlyReviewIsOpen()
    {
        const string Head = "head@cambrian.demo";
        var id = Report(Head, "Cambrian Valley Academy", "online-abuse-of-staff").ToString(CultureInfo.InvariantCulture);
        Cases("step", id, "initial-assessment", "--as", Head).ExitCode.ShouldBe(0);
        Cases("step", id, "record-support-offered", "--as", Head).ExitCode.ShouldBe(0);

        var close = Cases("step", id, "close", "--as", Head, "--detail", "significant-incident=yes");

        close.ExitCode.ShouldBe(0, close.Error);
        close.Output.ShouldContain("Stage: in-progress -> closed");
        close.Output.ShouldContain("The policy is reviewed early after a significant incident (cambrian.monitoring-review.03): an early review task is open for whoever reviews the policy.");
        var due = CliRun.Of("governance", "due", "--database", Db);
        due.ExitCode.ShouldBe(0, due.Error);
        due.Output.ShouldContain("Early policy review");
    }

    [Fact]
    public void EvidenceAdd_IndecentImageWithAFile_IsRefused_TheFileIsNeverRead_AndTheEvidenceFolderStaysEmpty()
    {
        var id = Report("dsl@testbourne.demo", "Testbourne Community School", "indecent-image-evidence").ToString(CultureInfo.InvariantCulture);
        var image = Path.Combine(_folder.FullName, "do-not-store.png");
        File.WriteAllBytes(image, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        string[] physical = ["--kind", "physical", "--indecent-image", "--description", "Phone handed in by a pupil", "--location", "Head's safe", "--key-holder", "Head Teacher"];

        var refused = Cases(["evidence", "add", id, "--as", "dsl@testbourne.demo", "--file", image, .. physical]);
        var missing = Cases(["evidence", "add", id, "--as", "dsl@testbourne.demo", "--file", Path.Combine(_folder.FullName, "no-such-file.png"), .. physical]);

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("--file: Indecent images of children are never uploaded");
        missing.ExitCode.ShouldBe(1, "the path is never looked at, so a missing file gets the same refusal");
        missing.Error.ShouldContain("--file: Indecent images of children are never uploaded");
        (Directory.Exists(EvidenceFolder) ? Directory.EnumerateFiles(EvidenceFolder, "*", SearchOption.AllDirectories) : []).ShouldBeEmpty();

        var recorded = Cases(["evidence", "add", id, "--as", "dsl@testbourne.demo", .. physical]);
        recorded.ExitCode.ShouldBe(0, recorded.Error);
        recorded.Output.ShouldContain("nothing stored; physical evidence recorded. Contact the police now.");
        var show = Cases("show", id, "--as", "dsl@testbourne.demo");
        show.Output.ShouldContain("indecent images of children: NOT STORED, physical only");
        show.Output.ShouldContain("contact-police");
        (Directory.Exists(EvidenceFolder) ? Directory.EnumerateFiles(EvidenceFolder, "*", SearchOption.AllDirectories) : []).ShouldBeEmpty();
    }

    [Fact]
    public void EvidenceAdd_Screenshot_IsStoredByHash_AndTheEvidencePackListsIt()
    {
        var id = Report("head@heathcoat.demo", Heathcoat, "parent-post").ToString(CultureInfo.InvariantCulture);
        var screenshot = Path.Combine(_folder.FullName, "post.png");
        File.WriteAllBytes(screenshot, [0x89, 0x50, 0x4E, 0x47, 9, 9, 9]);

        var added = Cases("evidence", "add", id, "--as", "head@heathcoat.demo", "--kind", "screenshot", "--file", screenshot, "--url", "https://social.example/p/9",
            "--captured-at", "2025-10-06T09:00", "--description", "The post as it stood");
        var pack = Cases("evidence-pack", id, "--as", "head@heathcoat.demo", "--for", "police");

        added.ExitCode.ShouldBe(0, added.Error);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(screenshot)));
        added.Output.ShouldContain($"stored post.png: 7 bytes, SHA-256 {hash}");
        File.Exists(Path.Combine(EvidenceFolder, hash[..2], hash[2..4], hash)).ShouldBeTrue();
        pack.ExitCode.ShouldBe(0, pack.Error);
        pack.Output.ShouldStartWith("#");
        pack.Output.ShouldContain(hash);
    }

    [Fact]
    public void Show_SafeguardingCaseAsATeacher_IsNotFound_ExactlyLikeAMissingCase()
    {
        var id = Report("dsl@heathcoat.demo", Heathcoat, "safeguarding-concern");

        var hidden = Cases("show", id.ToString(CultureInfo.InvariantCulture), "--as", "teacher@heathcoat.demo");
        var missing = Cases("show", (id + 1000).ToString(CultureInfo.InvariantCulture), "--as", "teacher@heathcoat.demo");
        var dsl = Cases("show", id.ToString(CultureInfo.InvariantCulture), "--as", "dsl@heathcoat.demo");

        hidden.ExitCode.ShouldBe(1);
        hidden.Output.ShouldBeEmpty();
        hidden.Error.ShouldBe(missing.Error.Replace((id + 1000).ToString(CultureInfo.InvariantCulture), id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        missing.ExitCode.ShouldBe(1);
        dsl.ExitCode.ShouldBe(0, dsl.Error);
        dsl.Output.ShouldContain("Summary: A post about the school");
        var step = Cases("step", id.ToString(CultureInfo.InvariantCulture), "initial-assessment", "--as", "teacher@heathcoat.demo");
        step.ExitCode.ShouldBe(1);
        step.Error.ShouldBe($"'initial-assessment' was not recorded on case {id}:{Environment.NewLine}  id: No case has that id.{Environment.NewLine}");
    }

    [Fact]
    public void Show_OwnReportAsTheTeacherWhoReportedIt_GivesTheStatusOnly()
    {
        var id = Report("teacher@heathcoat.demo", Heathcoat, "safeguarding-concern").ToString(CultureInfo.InvariantCulture);

        var show = Cases("show", id, "--as", "teacher@heathcoat.demo");

        show.ExitCode.ShouldBe(0, show.Error);
        show.Output.ShouldContain("Stage: reported");
        show.Output.ShouldNotContain("A post about the school");
    }

    [Fact]
    public void Show_Json_GivesTheRecord_AndEachAllowedStepWithItsClauses_OrTheGovernorsViewOnly()
    {
        var id = Report("head@heathcoat.demo", Heathcoat, "parent-post").ToString(CultureInfo.InvariantCulture);
        Cases("step", id, "initial-assessment", "--as", "head@heathcoat.demo").ExitCode.ShouldBe(0);

        var head = Cases("show", id, "--as", "head@heathcoat.demo", "--json");
        var governor = Cases("show", id, "--as", "governor@heathcoat.demo", "--json");

        head.ExitCode.ShouldBe(0, head.Error);
        using var full = JsonDocument.Parse(head.Output);
        full.RootElement.GetProperty("level").GetString().ShouldBe("full");
        full.RootElement.GetProperty("case").GetProperty("summary").GetString().ShouldBe("A post about the school");
        var discuss = full.RootElement.GetProperty("allowedNow").EnumerateArray().Single(s => s.GetProperty("step").GetString() == "discuss-with-parent");
        discuss.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()).ShouldBe(["heathcoat.parents.08"]);
        governor.ExitCode.ShouldBe(0, governor.Error);
        using var anonymised = JsonDocument.Parse(governor.Output);
        anonymised.RootElement.GetProperty("level").GetString().ShouldBe("anonymised");
        governor.Output.ShouldNotContain("A post about the school");
        governor.Output.ShouldNotContain("entries");
    }

    [Fact]
    public void List_ShowsEachCaseAtTheReadersLevel_AndFilters()
    {
        var safeguarding = Report("dsl@heathcoat.demo", Heathcoat, "safeguarding-concern");
        var parentPost = Report("head@heathcoat.demo", Heathcoat, "parent-post");

        var dsl = Cases("list", "--as", "dsl@heathcoat.demo", "--json");
        var teacher = Cases("list", "--as", "teacher@heathcoat.demo");
        var governor = Cases("list", "--as", "governor@heathcoat.demo", "--type", "safeguarding-concern");

        dsl.ExitCode.ShouldBe(0, dsl.Error);
        using var json = JsonDocument.Parse(dsl.Output);
        json.RootElement.EnumerateArray().Select(r => r.GetProperty("caseId").GetInt64()).ShouldBe([parentPost, safeguarding]);
        teacher.Output.ShouldBe($"0 cases{Environment.NewLine}");
        governor.Output.ShouldContain($"#{safeguarding}  safeguarding-concern  reported  reported ");
        governor.Output.ShouldContain("(anonymised");
        governor.Output.ShouldNotContain("A post about the school");
        governor.Output.ShouldNotContain($"#{parentPost}");
    }

    [Fact]
    public async Task Chronology_OfAPupil_ListsTheCasesTheReaderMayOpen()
    {
        var pupil = await DemoSchools.FirstAsync(new SqliteDatabase(Db), Heathcoat, PersonKind.Pupil);
        var id = Report("dsl@heathcoat.demo", Heathcoat, "safeguarding-concern", "--party", $"person:{pupil.Id}:subject");

        var dsl = Cases("chronology", pupil.Id.ToString(CultureInfo.InvariantCulture), "--as", "dsl@heathcoat.demo");
        var teacher = Cases("chronology", pupil.Id.ToString(CultureInfo.InvariantCulture), "--as", "teacher@heathcoat.demo");

        dsl.ExitCode.ShouldBe(0, dsl.Error);
        dsl.Output.ShouldContain($"Chronology of {pupil.DisplayName} (pupil, person {pupil.Id})");
        dsl.Output.ShouldContain($"#{id} safeguarding-concern, reported, reported ");
        dsl.Output.ShouldContain("; as subject");
        teacher.ExitCode.ShouldBe(0, teacher.Error);
        teacher.Output.ShouldContain("none you may read");
    }

    [Fact]
    public void GovernorsReport_ForAGovernor_IsPlainTextTables_AndRefusedToATeacher()
    {
        Report("head@heathcoat.demo", Heathcoat, "parent-post");

        var governor = Cases("governors-report", "--as", "governor@heathcoat.demo");
        var teacher = Cases("governors-report", "--as", "teacher@heathcoat.demo");

        governor.ExitCode.ShouldBe(0, governor.Error);
        governor.Output.ShouldStartWith("Cases report to governors, ");
        governor.Output.ShouldContain("Open cases: 1.");
        teacher.ExitCode.ShouldBe(1);
        teacher.Error.ShouldContain("holds none of those roles");
    }

    [Theory]
    [InlineData(new[] { "list", "--as", "nobody@heathcoat.demo" }, "--as: there is no Lanyard account with the login 'nobody@heathcoat.demo'")]
    [InlineData(new[] { "report", "--as", "head@heathcoat.demo", "--school", "Heathcoat Primary School", "--type", "rumour", "--summary", "x" }, "--type: 'rumour' is not one of: safeguarding-concern,")]
    [InlineData(new[] { "report", "--as", "head@heathcoat.demo", "--school", "Nowhere School", "--type", "parent-post", "--summary", "x" }, "--school: no school 'Nowhere School'")]
    [InlineData(new[] { "report", "--as", "head@heathcoat.demo", "--school", "Heathcoat Primary School", "--type", "parent-post", "--summary", "x", "--party", "someone" }, "--party: 'someone' is not person:ID:ROLE")]
    [InlineData(new[] { "step", "1", "dance", "--as", "head@heathcoat.demo" }, "step: 'dance' is not one of: initial-assessment,")]
    [InlineData(new[] { "step", "1", "close", "--as", "head@heathcoat.demo", "--detail", "outcome" }, "--detail: 'outcome' is not key=value.")]
    [InlineData(new[] { "evidence-pack", "1", "--as", "head@heathcoat.demo", "--for", "press" }, "--for: 'press' is not one of: platform-takedown, police, lado, professionals-online-safety-helpline.")]
    public void UsageErrors_ExitTwo_NamingTheOption_AndWriteNothing(string[] args, string message)
    {
        var run = Cases(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(message);
        run.Output.ShouldBeEmpty();
        Cases("list", "--as", "head@heathcoat.demo").Output.ShouldBe($"0 cases{Environment.NewLine}");
    }

    [Fact]
    public void Report_RefusedByTheUseCase_ExitsOne_NamingTheOptions_AndRecordsNothing()
    {
        var run = Cases("report", "--as", "head@heathcoat.demo", "--school", "Chapmanslade School", "--type", "parent-post", "--summary", " ", "--party", "person:999999:witness");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("The concern was not recorded:");
        run.Error.ShouldContain("--summary: Say what happened.");
        run.Error.ShouldContain("--party #1: Choose a person of this school's register");
        run.Error.ShouldContain("--as: You can report concerns only at your own school");
        Cases("list", "--as", "head@chapmanslade.demo").Output.ShouldBe($"0 cases{Environment.NewLine}");
    }

    [GeneratedRegex(@"^Case (\d+) \(CASE-\d+\) reported", RegexOptions.Multiline)]
    private static partial Regex CaseLine();
}
