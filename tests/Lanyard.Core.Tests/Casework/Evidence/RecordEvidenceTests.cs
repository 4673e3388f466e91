using System.Security.Cryptography;
using Lanyard.Core.Audit;
using Lanyard.Core.Casework;

namespace Lanyard.Core.Tests.Casework.Evidence;

public sealed class RecordEvidenceTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4, 5];

    [Fact]
    public async Task Record_Screenshot_StoresFileByHashAndSize_AppendsEntryAndAudits()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("heathcoat");

        var result = await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("post.png", Png)));

        result.Errors.ShouldBeEmpty();
        var item = result.Item.ShouldNotBeNull();
        item.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Png)));
        item.SizeBytes.ShouldBe(Png.Length);
        item.FileName.ShouldBe("post.png");
        item.ContentType.ShouldBe("image/png");
        world.Files.Files[item.Sha256!].ShouldBe(Png);
        world.Cases.EvidenceItems.ShouldHaveSingleItem().Id.ShouldBe(item.Id);

        var entry = world.Cases.Entries[^1];
        entry.Id.ShouldBe(result.EntryId!.Value);
        entry.Step.ShouldBe(CaseStep.RecordEvidence);
        entry.From.ShouldBe(CaseStage.Triaged);
        entry.To.ShouldBe(CaseStage.Triaged);
        entry.Details[CaseDetails.EvidenceId].ShouldBe(item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        entry.Details.ContainsKey(CaseDetails.IndecentImage).ShouldBeFalse();
        entry.ByUserId.ShouldBe(world.Dsl.UserId);
    }

    [Fact]
    public async Task Record_AuditDetail_NamesNeitherTheDescriptionNorTheFileName()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("heathcoat");

        var result = await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("amy-smith-year6.png", Png)));

        var audit = world.Audit.Events.ShouldHaveSingleItem();
        audit.Action.ShouldBe(AuditAction.Create);
        audit.SubjectKind.ShouldBe("evidence");
        audit.SubjectId.ShouldBe(result.Item!.Id);
        audit.OrganisationId.ShouldBe(1);
        audit.Detail.ShouldNotBeNull().ShouldNotContain("amy", Case.Insensitive);
        audit.Detail.ShouldNotContain("post and two replies", Case.Insensitive);
    }

    [Fact]
    public async Task Testbourne_6b_07_IndecentImageWithAFile_IsRefusedAndNoBytesReachStorage()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("testbourne", CaseType.IndecentImageEvidence);
        var opened = false;
        var upload = new RecordEvidence.Upload("image.jpg", "image/jpeg", () =>
        {
            opened = true;
            return new UnreadableStream();
        });

        var result = await world.RecordAsync(new RecordEvidence.Request(
            world.Dsl, caseId, EvidenceKind.Physical, null, null, "Dana Lead", null, "Phone handed in by a pupil", true, "Head's safe", "Head teacher", upload));

        result.Succeeded.ShouldBeFalse();
        result.Errors[nameof(RecordEvidence.Request.File)].ShouldContain("never uploaded");
        result.Errors[nameof(RecordEvidence.Request.File)].ShouldContain("Nothing was stored");
        opened.ShouldBeFalse();
        world.Files.Calls.ShouldBeEmpty();
        world.Files.Files.ShouldBeEmpty();
        world.Cases.EvidenceItems.ShouldBeEmpty();
        world.Cases.Entries.ShouldNotContain(e => e.Step == CaseStep.RecordEvidence);
        world.Audit.Events.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("heathcoat")]
    [InlineData("chapmanslade")]
    [InlineData("cambrian")]
    [InlineData("st-marys-sefton")]
    public async Task IndecentImageWithAFile_IsRefusedInEveryPack_BecauseTheLawForbidsCopying(string packId)
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync(packId, CaseType.SafeguardingConcern);

        var result = await world.RecordAsync(new RecordEvidence.Request(
            world.Dsl, caseId, EvidenceKind.Screenshot, "https://social.example/x", CaseWorld.Now, "Dana Lead", null, "Image sent to a pupil", true, null, null,
            new RecordEvidence.Upload("x.jpg", "image/jpeg", () => new UnreadableStream())));

        result.Errors.Keys.ShouldBe(
            [nameof(RecordEvidence.Request.File), nameof(RecordEvidence.Request.Kind), nameof(RecordEvidence.Request.StorageLocation), nameof(RecordEvidence.Request.KeyHolder)],
            ignoreOrder: true);
        world.Files.Calls.ShouldBeEmpty();
        world.Cases.EvidenceItems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Testbourne_6b_08_IndecentImage_IsRecordedAsPhysicalWithLocationAndKeyHolderOnly()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("testbourne", CaseType.IndecentImageEvidence);

        var result = await world.RecordAsync(new RecordEvidence.Request(
            world.Dsl, caseId, EvidenceKind.Physical, null, CaseWorld.Now.AddHours(-1), "Dana Lead", "phone confiscated", "Pupil's phone", true, "Locked cupboard, head's office", "Head teacher", null));

        result.Errors.ShouldBeEmpty();
        var item = result.Item.ShouldNotBeNull();
        item.IndecentImageOfChild.ShouldBeTrue();
        item.Kind.ShouldBe(EvidenceKind.Physical);
        item.StorageLocation.ShouldBe("Locked cupboard, head's office");
        item.KeyHolder.ShouldBe("Head teacher");
        item.Sha256.ShouldBeNull();
        item.SizeBytes.ShouldBeNull();
        item.FileName.ShouldBeNull();
        world.Files.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Testbourne_6b_09_IndecentImageEntry_CarriesTheFlagTheProcedureTurnsIntoPoliceNow()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("testbourne", CaseType.IndecentImageEvidence);

        await world.RecordAsync(new RecordEvidence.Request(
            world.Dsl, caseId, EvidenceKind.Physical, null, null, "Dana Lead", null, "Pupil's phone", true, "Safe", "Head teacher", null));

        var entry = world.Cases.Entries[^1];
        entry.Step.ShouldBe(CaseStep.RecordEvidence);
        entry.Details[CaseDetails.IndecentImage].ShouldBe("yes");
        entry.Clauses.ShouldBe(["testbourne.6b.07", "testbourne.6b.08", "testbourne.6b.09"]);
    }

    [Fact]
    public async Task IndecentImage_InAPackWithoutTheModule_IsStillFlaggedButCitesNoOtherPacksClauses()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("chapmanslade", CaseType.SafeguardingConcern);

        await world.RecordAsync(new RecordEvidence.Request(
            world.Dsl, caseId, EvidenceKind.Physical, null, null, "Dana Lead", null, "Printed image", true, "Safe", "Head teacher", null));

        var entry = world.Cases.Entries[^1];
        entry.Details[CaseDetails.IndecentImage].ShouldBe("yes");
        entry.Clauses.ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_OnAClosedCase_IsRefusedAndWritesNothing()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("heathcoat", stage: CaseStage.Closed);
        var entriesBefore = world.Cases.Entries.Count;

        var result = await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("post.png", Png)));

        result.Errors[nameof(RecordEvidence.Request.CaseId)].ShouldBe("Evidence cannot be added to a closed case; reopen it first.");
        world.Files.Calls.ShouldBeEmpty();
        world.Cases.EvidenceItems.ShouldBeEmpty();
        world.Cases.Entries.Count.ShouldBe(entriesBefore);
        world.Audit.Events.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("social.example/p/1")]
    [InlineData("ftp://social.example/p/1")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public async Task Record_UrlThatIsNotAbsoluteHttp_IsRefusedByField(string url)
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("heathcoat");

        var result = await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("post.png", Png), url: url));

        result.Errors.Keys.ShouldBe([nameof(RecordEvidence.Request.Url)]);
        world.Files.Calls.ShouldBeEmpty();
        world.Cases.EvidenceItems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_WithoutDescriptionOrCapturer_IsRefusedByField()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("heathcoat");

        var result = await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("post.png", Png)) with { Description = "  ", CapturedBy = null });

        result.Errors.Keys.ShouldBe([nameof(RecordEvidence.Request.Description), nameof(RecordEvidence.Request.CapturedBy)], ignoreOrder: true);
        world.Cases.EvidenceItems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_UnknownCase_IsRefused()
    {
        var world = new CaseWorld();

        var result = await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, 404, CaseWorld.Bytes("post.png", Png)));

        result.Errors.Keys.ShouldBe([nameof(RecordEvidence.Request.CaseId)]);
        world.Files.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_PhysicalWithoutIndecentImage_NeedsALocationAndTakesNoFile()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("heathcoat");

        var result = await world.RecordAsync(new RecordEvidence.Request(
            world.Dsl, caseId, EvidenceKind.Physical, null, null, "Dana Lead", null, "Printed post", false, null, null, CaseWorld.Bytes("scan.pdf", Png, "application/pdf")));

        result.Errors.Keys.ShouldBe([nameof(RecordEvidence.Request.File), nameof(RecordEvidence.Request.StorageLocation)], ignoreOrder: true);
        world.Files.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Cambrian_cyberbullying_04_ScreenshotWithNoUrlOrTime_IsRecordedWithWarnings()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("cambrian");

        var result = await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("post.png", Png), url: null) with { CapturedAt = null });

        result.Succeeded.ShouldBeTrue();
        result.Warnings.Select(w => (w.Field, w.Clause)).ShouldBe(
            [(nameof(RecordEvidence.Request.Url), "cambrian.cyberbullying.04"), (nameof(RecordEvidence.Request.CapturedAt), "cambrian.cyberbullying.04")],
            ignoreOrder: true);
    }

    [Fact]
    public async Task St_marys_sefton_app1_04_ScreenshotWithNoTime_WarnsButAMissingUrlDoesNot()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("st-marys-sefton");

        var result = await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("post.png", Png), url: null) with { CapturedAt = null });

        result.Succeeded.ShouldBeTrue();
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Field.ShouldBe(nameof(RecordEvidence.Request.CapturedAt));
        warning.Clause.ShouldBe("st-marys-sefton.app1.04");
    }

    [Theory]
    [InlineData("heathcoat")]
    [InlineData("chapmanslade")]
    [InlineData("testbourne")]
    public async Task ScreenshotWithNoUrlOrTime_InAPackSilentOnCapture_GivesNoWarning(string packId)
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync(packId);

        var result = await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("post.png", Png), url: null) with { CapturedAt = null });

        result.Succeeded.ShouldBeTrue();
        result.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_SameBytesTwice_AreStoredOnceUnderOneHash()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("heathcoat");

        var first = await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("a.png", Png)));
        var second = await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("b.png", Png)));

        second.Item!.Sha256.ShouldBe(first.Item!.Sha256);
        world.Files.Files.Count.ShouldBe(1);
        world.Cases.EvidenceItems.Count.ShouldBe(2);
    }
}
