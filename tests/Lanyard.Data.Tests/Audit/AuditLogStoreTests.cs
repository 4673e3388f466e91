using Lanyard.Core.Audit;
using Lanyard.Data.Audit;

namespace Lanyard.Data.Tests.Audit;

public sealed class AuditLogStoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 10, 6, 9, 30, 0, TimeSpan.Zero);

    internal static AuditEvent Event(long subjectId, string? detail = "reported", AuditAction action = AuditAction.Create, int minutes = 0) =>
        new(Now.AddMinutes(minutes).AddTicks(1234567), 42, "42", action, "case", subjectId, 3, detail);

    private static async Task<AuditVerification> VerifyAsync(TestDatabase db)
    {
        await using var work = db.Work();
        return await VerifyAuditLog.HandleAsync(new VerifyAuditLog.Request(PageSize: 2), new AuditLogStore(work), CancellationToken.None);
    }

    /// <summary>What an attacker with the database's owner rights could do: switch the guard off.</summary>
    internal static async Task TamperAsync(TestDatabase db, string statement)
    {
        await using var work = db.Work();
        if (work.Provider == DatabaseProvider.Postgres)
        {
            await work.ExecuteAsync("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only", null, CancellationToken.None);
        }
        else
        {
            await work.ExecuteAsync("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete", null, CancellationToken.None);
        }

        await work.ExecuteAsync(statement, null, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }

    private static async Task AppendAsync(TestDatabase db, int count)
    {
        await using var work = db.Work();
        var log = new AuditLogStore(work);
        for (var i = 1; i <= count; i++)
        {
            await log.AppendAsync(Event(i, minutes: i), CancellationToken.None);
        }

        await work.CommitAsync(CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Append_ChainsAcrossUnitsOfWork_AndReadsBackExactly(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var work = db.Work())
        {
            await new AuditLogStore(work).AppendAsync(Event(1), CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        await using (var work = db.Work())
        {
            var log = new AuditLogStore(work);
            await log.AppendAsync(Event(2, detail: null, action: AuditAction.View), CancellationToken.None);
            await log.AppendAsync(Event(1, detail: "step initial-assessment", action: AuditAction.Change) with { ActorUserId = null, Actor = "cli:dana", OrganisationId = null }, CancellationToken.None);
            await work.CommitAsync(CancellationToken.None);
        }

        await using var read = db.Work();
        var entries = await new AuditLogStore(read).ReadAsync(0, 10, CancellationToken.None);

        entries.Select(e => e.Sequence).ShouldBe([1L, 2L, 3L]);
        entries[0].PreviousHash.ShouldBe(AuditChain.GenesisHash);
        entries[1].PreviousHash.ShouldBe(entries[0].Hash);
        entries[2].PreviousHash.ShouldBe(entries[1].Hash);
        entries[2].Event.ShouldBe(new AuditEvent(AuditChain.Normalise(Event(1).At), null, "cli:dana", AuditAction.Change, "case", 1, null, "step initial-assessment"));
        AuditChain.Verify(entries).ShouldBe(new AuditVerification(true, 3, entries[2].Hash, null, null));
        (await new AuditLogStore(read).ReadAsync(1, 1, CancellationToken.None)).ShouldHaveSingleItem().Sequence.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Append_RolledBack_LeavesNoEntry_AndTheChainContinues(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await AppendAsync(db, 1);
        await using (var work = db.Work())
        {
            await new AuditLogStore(work).AppendAsync(Event(9), CancellationToken.None);
        }

        await AppendAsync(db, 1);

        (await VerifyAsync(db)).ShouldBe(new AuditVerification(true, 2, (await ReadAllAsync(db))[^1].Hash, null, null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ForSubject_ListsWhoTouchedOneRecord(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var work = db.Work();
        var log = new AuditLogStore(work);
        await log.AppendAsync(Event(5), CancellationToken.None);
        await log.AppendAsync(Event(6), CancellationToken.None);
        await log.AppendAsync(Event(5, detail: null, action: AuditAction.View) with { ActorUserId = 77, Actor = "77" }, CancellationToken.None);
        await log.AppendAsync(Event(5) with { SubjectKind = "evidence" }, CancellationToken.None);

        var viewed = await log.ForSubjectAsync("case", 5, CancellationToken.None);

        viewed.Select(e => (e.Sequence, e.Event.Action, e.Event.ActorUserId)).ShouldBe([(1L, AuditAction.Create, (long?)42), (3L, AuditAction.View, 77)]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_AlteredDetail_NamesThatEntry(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await AppendAsync(db, 5);

        await TamperAsync(db, "UPDATE audit_log SET detail = 'nothing happened' WHERE sequence = 3");

        var result = await VerifyAsync(db);
        result.Intact.ShouldBeFalse();
        result.BrokenAt.ShouldBe(3);
        result.Problem!.ShouldEndWith("is stored (altered?)");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_DeletedMiddleEntry_NamesTheGap(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await AppendAsync(db, 5);

        await TamperAsync(db, "DELETE FROM audit_log WHERE sequence = 4");

        var result = await VerifyAsync(db);
        result.BrokenAt.ShouldBe(4);
        result.Problem.ShouldBe("sequence 4 missing (deleted?): the next entry read is 5");
    }

    [Fact]
    public async Task Postgres_ConcurrentAppends_OnTwoConnections_KeepOneChain()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        const int PerWriter = 15;

        async Task WriterAsync(long writer)
        {
            for (var i = 0; i < PerWriter; i++)
            {
                await using var work = db.Work();
                var log = new AuditLogStore(work);
                await log.AppendAsync(Event(writer * 100 + i), CancellationToken.None);
                await log.AppendAsync(Event(writer * 100 + i, action: AuditAction.View), CancellationToken.None);
                await work.CommitAsync(CancellationToken.None);
            }
        }

        await Task.WhenAll(Task.Run(() => WriterAsync(1)), Task.Run(() => WriterAsync(2)));

        var result = await VerifyAsync(db);
        result.Intact.ShouldBeTrue(result.Problem);
        result.Entries.ShouldBe(4 * PerWriter);
    }

    private static async Task<IReadOnlyList<AuditEntry>> ReadAllAsync(TestDatabase db)
    {
        await using var work = db.Work();
        return await new AuditLogStore(work).ReadAsync(0, 1000, CancellationToken.None);
    }
}
