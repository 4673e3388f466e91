using Dapper;
using Lanyard.Data.Migrations;

namespace Lanyard.Data.Tests.Migrations;

public class SqliteMigratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Migrate_FreshDatabase_AppliesEveryScriptAndRecordsIt()
    {
        await using var temp = new TemporaryDatabase();

        var applied = await SqliteMigrator.MigrateAsync(temp.Database, new FixedClock(Now), CancellationToken.None);

        applied.ShouldBe(SqliteMigrator.Shipped.Select(m => m.Version));
        applied.ShouldContain("0001_organisations");
        await using var connection = await temp.Database.OpenAsync(CancellationToken.None);
        var recorded = (await connection.QueryAsync<(string Version, string AppliedAt)>("SELECT version, applied_at FROM schema_migrations")).ToList();
        recorded.Select(r => r.Version).ShouldBe(applied);
        recorded.ShouldAllBe(r => r.AppliedAt == "2026-11-21T09:00:00.0000000+00:00");
    }

    [Fact]
    public async Task Migrate_Twice_AppliesNothingTheSecondTime()
    {
        await using var temp = new TemporaryDatabase();
        await SqliteMigrator.MigrateAsync(temp.Database, TimeProvider.System, CancellationToken.None);

        var second = await SqliteMigrator.MigrateAsync(temp.Database, TimeProvider.System, CancellationToken.None);

        second.ShouldBeEmpty();
    }

    [Fact]
    public async Task Migrate_FailingScript_LeavesDatabaseAsItWasAndNamesTheScript()
    {
        await using var temp = new TemporaryDatabase();
        Migration[] scripts =
        [
            new("0001_good", "CREATE TABLE first_table (id INTEGER PRIMARY KEY);"),
            new("0002_broken", "CREATE TABLE second_table (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);"),
        ];

        var ex = await Should.ThrowAsync<MigrationFailedException>(() =>
            SqliteMigrator.MigrateAsync(temp.Database, scripts, TimeProvider.System, CancellationToken.None));

        ex.Script.ShouldBe("0002_broken.sql");
        ex.Message.ShouldContain("no such table: no_such_table");
        await using var connection = await temp.Database.OpenAsync(CancellationToken.None);
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'");
        tables.ShouldNotContain("first_table");
        tables.ShouldNotContain("second_table");
        tables.ShouldNotContain("schema_migrations");
    }

    [Fact]
    public async Task Open_TurnsOnForeignKeysAndWriteAheadLogging()
    {
        await using var temp = new TemporaryDatabase();

        await using var connection = await temp.Database.OpenAsync(CancellationToken.None);

        (await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys")).ShouldBe(1);
        (await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode")).ShouldBe("wal");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
