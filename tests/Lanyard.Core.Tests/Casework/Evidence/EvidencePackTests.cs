using Lanyard.Core.Audit;
using Lanyard.Core.Casework;
using Lanyard.Core.Organisations;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Tests.Casework.Evidence;

public sealed class EvidencePackTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 4, 4, 4];

    private static async Task<(CaseWorld World, CaseFile File)> CaseWithEvidenceAsync()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("testbourne", CaseType.SafeguardingConcern, location: "https://social.example/p/123");
        await world.Step(caseId, CaseStep.ContactPolice, CaseStage.Triaged, CaseStage.InProgress, "Rang 101, ref 55/1234; officer advised.");
        await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("amy-post.png", Png)) with { Description = "Post naming Amy in year 6" });
        await world.RecordAsync(new RecordEvidence.Request(
            world.Dsl, caseId, EvidenceKind.Physical, null, null, "Dana Lead", null, "Pupil's phone", true, "Locked cupboard, head's office", "Head teacher", null));
        return (world, (await world.Cases.GetAsync(caseId, CancellationToken.None))!);
    }

    [Fact]
    public async Task Build_ForThePolice_HasSummaryTimelineWithNotesAndEvidenceWithHashesAndWhereItIsLocked()
    {
        var (_, file) = await CaseWithEvidenceAsync();

        var pack = EvidencePack.Build(file, "Testbourne Primary", EvidencePackRecipient.Police, CaseWorld.Now, "Dana Lead");

        pack.Reference.ShouldBe(CaseReference.Of(file.Case));
        pack.CaseType.ShouldBe("safeguarding-concern");
        pack.PackId.ShouldBe("testbourne");
        pack.PackVersion.ShouldBe(file.Case.PackVersion);
        pack.Stage.ShouldBe("in-progress");
        pack.Summary.ShouldBe(file.Case.Summary);
        pack.Timeline.Select(e => e.Step).ShouldBe(["initial-assessment", "contact-police", "record-evidence", "record-evidence"]);
        pack.Timeline[1].Note.ShouldBe("Rang 101, ref 55/1234; officer advised.");
        pack.Timeline[1].By.ShouldBe("Sam Senior");
        var screenshot = pack.Evidence[0];
        screenshot.Number.ShouldBe("E1");
        screenshot.Sha256.ShouldBe(file.Evidence[0].Sha256);
        screenshot.SizeBytes.ShouldBe(Png.Length);
        screenshot.Url.ShouldBe("https://social.example/p/123");
        screenshot.Description.ShouldBe("Post naming Amy in year 6");
        var phone = pack.Evidence[1];
        phone.Held.ShouldBe(EvidencePack.NotCopied);
        phone.Sha256.ShouldBeNull();
        phone.StorageLocation.ShouldBe("Locked cupboard, head's office");
        phone.KeyHolder.ShouldBe("Head teacher");
        pack.Withheld.ShouldBeEmpty();
    }

    [Fact]
    public async Task Build_ForAPlatform_GivesOnlyContentAddressesTimesAndHashes()
    {
        var (_, file) = await CaseWithEvidenceAsync();

        var pack = EvidencePack.Build(file, "Testbourne Primary", EvidencePackRecipient.PlatformTakedown, CaseWorld.Now, "Dana Lead");

        pack.Summary.ShouldBeNull();
        pack.Timeline.ShouldBeEmpty();
        pack.Evidence[0].Url.ShouldBe("https://social.example/p/123");
        pack.Evidence[0].Sha256.ShouldNotBeNull();
        pack.Evidence[0].Description.ShouldBeNull();
        pack.Evidence[0].CapturedBy.ShouldBeNull();
        pack.Evidence[1].Held.ShouldBe("physical evidence held by the school; not copied");
        pack.Evidence[1].StorageLocation.ShouldBeNull();
        pack.Evidence[1].KeyHolder.ShouldBeNull();
        var text = EvidencePackMarkdown.Render(pack);
        text.ShouldNotContain("Rang 101");
        text.ShouldNotContain("Amy");
        text.ShouldNotContain("Mr Example");
    }

    [Fact]
    public async Task Build_ForTheHelpline_GivesStepsWithoutNotesOrNames()
    {
        var (_, file) = await CaseWithEvidenceAsync();

        var pack = EvidencePack.Build(file, "Testbourne Primary", EvidencePackRecipient.ProfessionalsOnlineSafetyHelpline, CaseWorld.Now, "Dana Lead");

        pack.Timeline.Select(e => e.Step).ShouldContain("contact-police");
        pack.Timeline.ShouldAllBe(e => e.Note == null && e.By == null);
        pack.Evidence.ShouldAllBe(e => e.Description == null && e.StorageLocation == null);
    }

    [Fact]
    public async Task Build_ForTheLado_GivesNotesButNotWherePhysicalEvidenceIsKept()
    {
        var (_, file) = await CaseWithEvidenceAsync();

        var pack = EvidencePack.Build(file, "Testbourne Primary", EvidencePackRecipient.Lado, CaseWorld.Now, "Dana Lead");

        pack.Timeline[1].Note.ShouldNotBeNull();
        pack.Evidence[1].StorageLocation.ShouldBeNull();
        pack.Withheld.ShouldHaveSingleItem().ShouldContain("physical evidence");
    }

    [Fact]
    public async Task Render_Police_PrintsTheSummaryTimelineAndHashes()
    {
        var (_, file) = await CaseWithEvidenceAsync();
        var pack = EvidencePack.Build(file, "Testbourne Primary", EvidencePackRecipient.Police, CaseWorld.Now, "Dana Lead");

        var text = EvidencePackMarkdown.Render(pack);

        text.ShouldStartWith("# Evidence pack " + pack.Reference + " for the police");
        text.ShouldContain("- **School:** Testbourne Primary");
        text.ShouldContain("2. 2025-03-11 14:30 GMT — contact-police, by Sam Senior");
        text.ShouldContain("- **SHA-256:** " + file.Evidence[0].Sha256);
        text.ShouldContain("- **Held:** physical evidence held by the school; not copied");
        text.ShouldContain("- **Locked away at:** Locked cupboard, head's office");
    }

    [Fact]
    public async Task Print_AuditsADownloadNamingTheRecipient()
    {
        var (world, file) = await CaseWithEvidenceAsync();
        var organisations = new InMemoryOrganisations(new Organisation(1, "Testbourne Primary", OrganisationLevel.School, null, "testbourne"));

        var result = await PrintEvidencePack.HandleAsync(
            new PrintEvidencePack.Request(world.Dsl, file.Case.Id, EvidencePackRecipient.PlatformTakedown), world.Cases, organisations, world.Audit, world.Clock, CancellationToken.None);

        result.Pack.ShouldNotBeNull().SchoolName.ShouldBe("Testbourne Primary");
        result.Markdown.ShouldNotBeNull().ShouldContain("for a platform takedown request");
        var audit = world.Audit.Events[^1];
        audit.Action.ShouldBe(AuditAction.Download);
        audit.SubjectKind.ShouldBe("case");
        audit.SubjectId.ShouldBe(file.Case.Id);
        audit.Detail.ShouldBe("evidence pack platform-takedown");
    }

    [Fact]
    public async Task Print_WithoutAccess_IsRefusedAndNotAudited()
    {
        var (world, file) = await CaseWithEvidenceAsync();
        var before = world.Audit.Events.Count;

        var result = await PrintEvidencePack.HandleAsync(
            new PrintEvidencePack.Request(CaseWorld.Teacher, file.Case.Id, EvidencePackRecipient.Police), world.Cases, world.Organisations, world.Audit, world.Clock, CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Keys.ShouldBe([nameof(PrintEvidencePack.Request.CaseId)]);
        world.Audit.Events.Count.ShouldBe(before);
    }

    [Theory]
    [InlineData("police", EvidencePackRecipient.Police)]
    [InlineData("platform-takedown", EvidencePackRecipient.PlatformTakedown)]
    [InlineData("LADO", EvidencePackRecipient.Lado)]
    [InlineData("professionals-online-safety-helpline", EvidencePackRecipient.ProfessionalsOnlineSafetyHelpline)]
    public void ParseRecipient_KebabName_IsRead(string text, EvidencePackRecipient expected) =>
        PrintEvidencePack.ParseRecipient(text).ShouldBe(expected);

    [Fact]
    public void ParseRecipient_UnknownName_IsNull() => PrintEvidencePack.ParseRecipient("newspaper").ShouldBeNull();

    [Fact]
    public async Task Build_CorrectionEntry_PointsAtThePositionItCorrects()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("heathcoat");
        var first = world.Cases.Entries[^1].Id;
        await world.Cases.AppendEntryAsync(
            new CaseEntry { CaseId = caseId, Step = CaseStep.AddNote, From = CaseStage.Triaged, To = CaseStage.Triaged, At = CaseWorld.Now, ByUserId = 7, ByName = "Dana Lead", Note = "Date corrected", Corrects = first },
            CancellationToken.None);
        var file = (await world.Cases.GetAsync(caseId, CancellationToken.None))!;

        var pack = EvidencePack.Build(file, "Heathcoat", EvidencePackRecipient.Police, CaseWorld.Now, "Dana Lead");

        pack.Timeline[^1].Corrects.ShouldBe(1);
    }
}
