using Dapper;
using Lanyard.Data.Migrations;

namespace Lanyard.Data.Tests.Migrations;

public class DatabaseMigratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_FreshDatabase_AppliesEveryScriptAndRecordsIt(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, migrate: false);

        var applied = await DatabaseMigrator.MigrateAsync(test.Database, new FixedClock(Now), CancellationToken.None);

        applied.ShouldBe(DatabaseMigrator.Shipped(provider).Select(m => m.Version));
        applied.ShouldContain("0001_organisations");
        await using var work = test.Work();
        var recorded = await work.QueryAsync<(string Version, DateTimeOffset AppliedAt)>("SELECT version, applied_at FROM schema_migrations ORDER BY version", null, CancellationToken.None);
        recorded.Select(r => r.Version).ShouldBe(applied);
        recorded.ShouldAllBe(r => r.AppliedAt == Now);
    }

    [Fact]
    public void EachProvider_ShipsTheSameVersions()
    {
        DatabaseMigrator.Shipped(DatabaseProvider.Postgres).Select(m => m.Version)
            .ShouldBe(DatabaseMigrator.Shipped(DatabaseProvider.Sqlite).Select(m => m.Version));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_Twice_AppliesNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var second = await DatabaseMigrator.MigrateAsync(test.Database, TimeProvider.System, CancellationToken.None);

        second.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_FailingScript_LeavesDatabaseAsItWasAndNamesTheScript(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, migrate: false);
        Migration[] scripts =
        [
            new("0001_good", "CREATE TABLE first_table (id INTEGER PRIMARY KEY);"),
            new("0002_broken", "CREATE TABLE second_table (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);"),
        ];

        var ex = await Should.ThrowAsync<MigrationFailedException>(() =>
            DatabaseMigrator.MigrateAsync(test.Database, scripts, TimeProvider.System, CancellationToken.None));

        ex.Script.ShouldBe("0002_broken.sql");
        ex.Message.ShouldContain("no_such_table");
        await using var work = test.Work();
        var tables = provider == DatabaseProvider.Sqlite
            ? await work.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'", null, CancellationToken.None)
            : await work.QueryAsync<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", null, CancellationToken.None);
        tables.ShouldNotContain("first_table");
        tables.ShouldNotContain("second_table");
        tables.ShouldNotContain("schema_migrations");
    }

    [Fact]
    public async Task Sqlite_Open_TurnsOnForeignKeysAndWriteAheadLogging()
    {
        await using var test = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);

        await using var connection = await test.Database.OpenAsync(CancellationToken.None);

        (await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys")).ShouldBe(1);
        (await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode")).ShouldBe("wal");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
