using Lanyard.Core.Audit;
using Lanyard.Core.Casework;

namespace Lanyard.Core.Tests.Casework.Evidence;

public sealed class ReadEvidenceFileTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 9, 8, 7];

    [Fact]
    public async Task Read_StoredFile_ReturnsTheBytesAndAuditsTheDownload()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("heathcoat");
        var item = (await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("post.png", Png)))).Item!;

        var result = await ReadAsync(world, caseId, item.Id, mayRead: true);

        result.Errors.ShouldBeEmpty();
        using var copy = new MemoryStream();
        await result.Content!.CopyToAsync(copy);
        copy.ToArray().ShouldBe(Png);
        result.FileName.ShouldBe("post.png");
        result.ContentType.ShouldBe("image/png");
        result.Sha256.ShouldBe(item.Sha256);
        var download = world.Audit.Events[^1];
        download.Action.ShouldBe(AuditAction.Download);
        download.SubjectKind.ShouldBe("evidence");
        download.SubjectId.ShouldBe(item.Id);
    }

    [Fact]
    public async Task Read_FileAlteredOnDisk_IsRefusedAndNotAudited()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("heathcoat");
        var item = (await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("post.png", Png)))).Item!;
        world.Files.Tamper(item.Sha256!, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0]);
        var eventsBefore = world.Audit.Events.Count;

        var result = await ReadAsync(world, caseId, item.Id, mayRead: true);

        result.Content.ShouldBeNull();
        result.Errors[nameof(ReadEvidenceFile.Request.EvidenceId)].ShouldContain("the stored file no longer matches its SHA-256", Case.Insensitive);
        world.Audit.Events.Count.ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task Read_WithoutAccess_IsRefusedAsIfTheCaseDidNotExist()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("heathcoat");
        var item = (await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, caseId, CaseWorld.Bytes("post.png", Png)))).Item!;

        var refused = await ReadAsync(world, caseId, item.Id, mayRead: false);
        var missing = await ReadAsync(world, 999, item.Id, mayRead: true);

        refused.Content.ShouldBeNull();
        refused.Errors.ShouldBe(missing.Errors);
        world.Files.Calls.ShouldNotContain("open");
    }

    [Fact]
    public async Task Testbourne_6b_07_IndecentImageItem_HasNoFileToDownload()
    {
        var world = new CaseWorld();
        var caseId = await world.CaseAsync("testbourne", CaseType.IndecentImageEvidence);
        var item = (await world.RecordAsync(new RecordEvidence.Request(
            world.Dsl, caseId, EvidenceKind.Physical, null, null, "Dana Lead", null, "Phone", true, "Safe", "Head teacher", null))).Item!;

        var result = await ReadAsync(world, caseId, item.Id, mayRead: true);

        result.Content.ShouldBeNull();
        result.Errors[nameof(ReadEvidenceFile.Request.EvidenceId)].ShouldContain("never copied");
        world.Files.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Read_ItemOfAnotherCase_IsRefused()
    {
        var world = new CaseWorld();
        var first = await world.CaseAsync("heathcoat");
        var second = await world.CaseAsync("heathcoat");
        var item = (await world.RecordAsync(CaseWorld.Screenshot(world.Dsl, first, CaseWorld.Bytes("post.png", Png)))).Item!;

        var result = await ReadAsync(world, second, item.Id, mayRead: true);

        result.Errors.Keys.ShouldBe([nameof(ReadEvidenceFile.Request.EvidenceId)]);
    }

    private static Task<ReadEvidenceFile.Result> ReadAsync(CaseWorld world, long caseId, long evidenceId, bool mayRead) =>
        ReadEvidenceFile.HandleAsync(new ReadEvidenceFile.Request(mayRead ? world.Dsl : CaseWorld.Teacher, caseId, evidenceId), world.Cases, world.Organisations, world.Files, world.Audit, world.Clock, CancellationToken.None);
}
