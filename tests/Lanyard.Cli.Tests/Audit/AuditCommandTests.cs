using System.Text.Json;
using Lanyard.Core.Audit;
using Lanyard.Data;
using Lanyard.Data.Audit;
using Lanyard.Data.Migrations;

namespace Lanyard.Cli.Tests.Audit;

/// <summary><c>lanyard audit verify</c> on a real SQLite file.</summary>
public sealed class AuditCommandTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lanyard-cli-audit-");

    private string Db => Path.Combine(_folder.FullName, "lanyard.db");

    public async Task InitializeAsync() =>
        await DatabaseMigrator.MigrateAsync(new SqliteDatabase(Db), TimeProvider.System, CancellationToken.None);

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }

    internal static async Task AppendAsync(IDatabase database, int count)
    {
        await using var work = new UnitOfWork(database);
        var log = new AuditLogStore(work);
        for (var i = 1; i <= count; i++)
        {
            await log.AppendAsync(new AuditEvent(new DateTimeOffset(2025, 10, 6, 9, i, 0, TimeSpan.Zero), 42, "42", AuditAction.View, "case", i, 3, "viewed"), CancellationToken.None);
        }

        await work.CommitAsync(CancellationToken.None);
    }

    internal static async Task<string> LastHashAsync(IDatabase database)
    {
        await using var work = new UnitOfWork(database);
        return (await new AuditLogStore(work).ReadAsync(0, 1000, CancellationToken.None))[^1].Hash;
    }

    private async Task TamperAsync(string statement)
    {
        await using var work = new UnitOfWork(new SqliteDatabase(Db));
        // An attacker with the file can drop the guard; the chain still tells.
        await work.ExecuteAsync("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + statement, null, CancellationToken.None);
        await work.CommitAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Verify_IntactLog_SaysSo_ExitsZero()
    {
        await AppendAsync(new SqliteDatabase(Db), 6);

        var run = CliRun.Of("audit", "verify", "--database", Db);

        run.ExitCode.ShouldBe(0, run.Error);
        var last = await LastHashAsync(new SqliteDatabase(Db));
        run.Output.ShouldBe($"audit log intact: 6 entries, last hash {last}{Environment.NewLine}anchor to keep outside Lanyard: 6:{last} (give it to --anchor next time){Environment.NewLine}");
    }

    [Fact]
    public async Task Verify_WithTheAnchorPrintedBefore_NewestEntriesDeleted_ExitsOne_WhereTheChainAloneSaysIntact()
    {
        await AppendAsync(new SqliteDatabase(Db), 6);
        var anchor = $"6:{await LastHashAsync(new SqliteDatabase(Db))}";
        CliRun.Of("audit", "verify", "--database", Db, "--anchor", anchor).Output.ShouldContain($"anchor {anchor} holds");
        await TamperAsync("DELETE FROM audit_log WHERE sequence >= 5");

        var chainOnly = CliRun.Of("audit", "verify", "--database", Db);
        var anchored = CliRun.Of("audit", "verify", "--database", Db, "--anchor", anchor);

        chainOnly.ExitCode.ShouldBe(0);
        anchored.ExitCode.ShouldBe(1);
        anchored.Output.ShouldStartWith($"audit log broken at entry 6: the log ends at entry 4, but entry 6 was recorded earlier (anchor {anchor}): the newest entries were deleted");
        var usage = CliRun.Of("audit", "verify", "--database", Db, "--anchor", "6");
        usage.ExitCode.ShouldBe(64);
        usage.Error.ShouldContain("--anchor: '6' is not SEQUENCE:HASH");
    }

    [Fact]
    public void Verify_EmptyLog_IsIntact()
    {
        var run = CliRun.Of("audit", "verify", "--database", Db);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith($"audit log intact: 0 entries, last hash {new string('0', 64)}");
    }

    [Fact]
    public async Task Verify_AlteredDetail_NamesThatEntry_ExitsOne()
    {
        await AppendAsync(new SqliteDatabase(Db), 6);
        await TamperAsync("UPDATE audit_log SET detail = 'nothing' WHERE sequence = 4");

        var run = CliRun.Of("audit", "verify", "--database", Db);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldStartWith("audit log broken at entry 4: its contents hash to ");
        run.Output.ShouldContain("is stored (altered?)");
    }

    [Fact]
    public async Task Verify_DeletedMiddleRow_NamesTheGap_ExitsOne()
    {
        await AppendAsync(new SqliteDatabase(Db), 6);
        await TamperAsync("DELETE FROM audit_log WHERE sequence = 3");

        var run = CliRun.Of("audit", "verify", "--database", Db);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldStartWith("audit log broken at entry 3: sequence 3 missing (deleted?): the next entry read is 4");
    }

    [Fact]
    public async Task Verify_Json_GivesTheResult()
    {
        await AppendAsync(new SqliteDatabase(Db), 2);
        await TamperAsync("DELETE FROM audit_log WHERE sequence = 1");

        var run = CliRun.Of("audit", "verify", "--database", Db, "--json");

        run.ExitCode.ShouldBe(1);
        var result = JsonSerializer.Deserialize<AuditVerification>(run.Output, WebJson)!;
        (result.Intact, result.BrokenAt).ShouldBe((false, (long?)1));
    }
}
